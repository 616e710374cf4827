import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { NegotiationCard } from '@/components/negotiations/negotiation-card';
import { ui } from '@/components/ui/styles';
import { requireUserPage } from '@/lib/auth/session';
import { listMyNegotiations } from '@/lib/negotiations/list-my-negotiations';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your negotiations' };

export default async function NegotiationsPage() {
  const user = await requireUserPage('/negotiations');
  const rows = await listMyNegotiations(getDb(), user.id);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Your negotiations</h1>
          <p className="mt-1 text-sm text-muted">Processes you take part in, and your role in each.</p>
        </div>
        <Link href="/negotiations/new" className={ui.button}>New negotiation</Link>
      </div>
      {rows.length === 0 ? (
        <section aria-labelledby="empty-title" className={`${ui.card} mt-8 text-center`}>
          <h2 id="empty-title" className={ui.h2}>No negotiations yet</h2>
          <p className="mx-auto mt-2 max-w-md text-sm text-muted">
            When a convener invites you, the negotiation appears here. If you are convening a process yourself, open a new negotiation.
          </p>
          <Link href="/negotiations/new" className={`${ui.button} mt-5`}>Open a negotiation</Link>
        </section>
      ) : (
        <ul className="mt-8 grid gap-4 md:grid-cols-2" aria-label="Negotiations">
          {rows.map((row) => (
            <li key={row.id}><NegotiationCard row={row} /></li>
          ))}
        </ul>
      )}
    </>
  );
}
