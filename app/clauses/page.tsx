import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClauseBrowser } from '@/components/clauses/clause-browser';
import { AppHeader } from '@/components/ui/app-header';
import { requireUserPage } from '@/lib/auth/session';
import { getClauseLibrary } from '@/lib/clauses/library';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('clauses'))('metaTitle') };
}

/** The clause library for signed-in users: browse, search, filter and compare variants. */
export default async function ClausesPage({ searchParams }: { searchParams: Promise<{ clause?: string | string[] }> }) {
  const user = await requireUserPage('/clauses');
  const library = getClauseLibrary();
  const t = await getTranslations('clauses');
  const requested = (await searchParams).clause;
  const initial = typeof requested === 'string' && library.byId.has(requested) ? requested : null;
  return (
    <>
      <AppHeader user={{ name: user.name, email: user.email }} wide />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[96rem] px-4 py-8 outline-none sm:px-6">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">{t('lead', { count: library.clauses.length })}</p>
        <div className="mt-6">
          <ClauseBrowser tree={library.tree} paxCodes={library.paxCodes} tags={library.tags} initialClauseId={initial} />
        </div>
      </main>
    </>
  );
}
