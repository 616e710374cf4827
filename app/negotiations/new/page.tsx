import type { Metadata } from 'next';
import Link from 'next/link';
import { NewNegotiationForm } from '@/components/negotiations/new-negotiation-form';
import { requireUserPage } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New negotiation' };

export default async function NewNegotiationPage() {
  await requireUserPage('/negotiations/new');
  return (
    <div className="mx-auto max-w-2xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/negotiations" className="text-accent underline underline-offset-2">Your negotiations</Link>
        <span aria-hidden="true" className="mx-2 text-muted">/</span>
        <span aria-current="page" className="text-muted">New</span>
      </nav>
      <h1 className="mt-3 text-2xl font-semibold tracking-tight">Open a negotiation</h1>
      <p className="mt-1 text-sm text-muted">
        You will convene it as lead mediator. We create the shared Chapter III draft, a private caucus document for each party and notes for the mediation team.
      </p>
      <NewNegotiationForm />
    </div>
  );
}
