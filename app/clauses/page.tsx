import type { Metadata } from 'next';
import { ClauseBrowser } from '@/components/clauses/clause-browser';
import { AppHeader } from '@/components/ui/app-header';
import { requireUserPage } from '@/lib/auth/session';
import { getClauseLibrary } from '@/lib/clauses/library';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Clause library' };

/** The clause library for signed-in users: browse, search, filter and compare variants. */
export default async function ClausesPage({ searchParams }: { searchParams: Promise<{ clause?: string | string[] }> }) {
  const user = await requireUserPage('/clauses');
  const library = getClauseLibrary();
  const requested = (await searchParams).clause;
  const initial = typeof requested === 'string' && library.byId.has(requested) ? requested : null;
  return (
    <>
      <AppHeader user={{ name: user.name, email: user.email }} wide />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[96rem] px-4 py-8 outline-none sm:px-6">
        <h1 className="text-2xl font-semibold">Clause library</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          {library.clauses.length} model provisions for the security chapter, each in a maximal, standard and fallback version. Fields in braces are
          filled in when a clause is inserted into a draft.
        </p>
        <div className="mt-6">
          <ClauseBrowser tree={library.tree} paxCodes={library.paxCodes} tags={library.tags} initialClauseId={initial} />
        </div>
      </main>
    </>
  );
}
