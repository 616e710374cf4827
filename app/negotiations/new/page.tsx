import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { NewNegotiationForm } from '@/components/negotiations/new-negotiation-form';
import { requireUserPage } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('negotiations'))('new') };
}

export default async function NewNegotiationPage() {
  await requireUserPage('/negotiations/new');
  const [t, tn] = await Promise.all([getTranslations('overview'), getTranslations('negotiations')]);
  return (
    <div className="mx-auto max-w-2xl">
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href="/negotiations" className="text-accent underline underline-offset-2">
          {tn('title')}
        </Link>
        <span aria-hidden="true" className="mx-2 text-muted">
          /
        </span>
        <span aria-current="page" className="text-muted">
          {t('newCrumb')}
        </span>
      </nav>
      <h1 className="mt-3 text-2xl font-semibold tracking-tight">{tn('open')}</h1>
      <p className="mt-1 text-sm text-muted">{t('newLead')}</p>
      <NewNegotiationForm />
    </div>
  );
}
