import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { NegotiationCard } from '@/components/negotiations/negotiation-card';
import { ui } from '@/components/ui/styles';
import { requireUserPage } from '@/lib/auth/session';
import { listMyNegotiations } from '@/lib/negotiations/list-my-negotiations';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('negotiations'))('metaTitle') };
}

export default async function NegotiationsPage() {
  const user = await requireUserPage('/negotiations');
  const rows = await listMyNegotiations(getDb(), user.id);
  const t = await getTranslations('negotiations');
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
          <p className="mt-1 text-sm text-muted">{t('lead')}</p>
        </div>
        <Link href="/negotiations/new" className={ui.button}>
          {t('new')}
        </Link>
      </div>
      {rows.length === 0 ? (
        <section aria-labelledby="empty-title" className={`${ui.card} mt-8 text-center`}>
          <h2 id="empty-title" className={ui.h2}>
            {t('emptyTitle')}
          </h2>
          <p className="mx-auto mt-2 max-w-md text-sm text-muted">{t('emptyBody')}</p>
          <Link href="/negotiations/new" className={`${ui.button} mt-5`}>
            {t('open')}
          </Link>
        </section>
      ) : (
        <ul className="mt-8 grid gap-4 md:grid-cols-2" aria-label={t('listLabel')}>
          {rows.map((row) => (
            <li key={row.id}>
              <NegotiationCard row={row} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
