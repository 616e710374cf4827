import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StaticDoc } from '@/components/document/static-doc';
import { AddLanguageVersion } from '@/components/languages/add-language-version';
import { LocalTime } from '@/components/ui/local-time';
import { ui } from '@/components/ui/styles';
import { getDb } from '@/db/client';
import { can } from '@/lib/access/policy';
import { requireDocument } from '@/lib/access/scope';
import { requireUserPage } from '@/lib/auth/session';
import { stateToJson } from '@/lib/editor/to-json';
import { LOCALE_NAMES, isLocale } from '@/lib/i18n/locales';
import { checkAlignment } from '@/lib/languages/check-alignment';
import { languageGroup } from '@/lib/languages/language-group';
import { listOutOfStep } from '@/lib/languages/list-out-of-step';
import { readClauseBlocks, readClauseNodes } from '@/lib/status/clause-blocks';
import { listParties } from '@/lib/status/list-clause-statuses';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';

export const dynamic = 'force-dynamic';
type Props = PageProps<'/negotiations/[id]/documents/[docId]/languages'>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('languages'))('metaTitle') };
}

const nameOf = (lang: string | null) => (lang && isLocale(lang) ? LOCALE_NAMES[lang] : (lang ?? '—'));

/** The language versions of a shared draft side by side, provision by provision, with what is out of step. */
export default async function LanguagesPage({ params }: Props) {
  const { id, docId } = await params;
  const user = await requireUserPage(`/negotiations/${id}/documents/${docId}/languages`);
  const db = getDb();
  const { document, negotiation, actor } = await requireDocument(db, user.id, docId).catch(() => notFound());
  if (negotiation.id !== id || document.kind !== 'shared') notFound();
  const t = await getTranslations('languages');
  const group = await languageGroup(db, document);
  if (group.length > 1) await checkAlignment(db, document);
  // Each provision as written (lists, brackets, Alt 2 …), every block taking its direction from its own words.
  const texts = await Promise.all(
    group.map(async (d) => {
      const json = stateToJson(await unsafeLoadStoredState(db, d.id));
      const nodes = readClauseNodes(json);
      return { doc: d, blocks: new Map(readClauseBlocks(json).map((b) => [b.key, nodes.get(b.key) ?? []])) };
    }),
  );
  const parties = await listParties(db, negotiation.id);
  const outOfStep = new Map((await listOutOfStep(db, { documentIds: group.map((d) => d.id) })).map((o) => [`${o.documentId}|${o.clauseKey}`, o.since]));
  const keys = [...new Set(texts.flatMap((x) => [...x.blocks.keys()]))];
  const original = group[0]!;
  return (
    <>
      <p className="text-sm"><Link href={`/negotiations/${id}/documents/${docId}`} className={ui.link}>{t('back')}</Link></p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p dir="auto" className="mt-1 text-sm text-muted">{original.title}</p>
      {can(actor, 'document.create', { style: negotiation.style, document }) && <AddLanguageVersion documentId={original.id} />}
      {group.length > 1 && (
        <ul className="mt-4 flex flex-wrap gap-3 text-sm">
          {group.slice(1).map((v) => (
            <li key={v.id}>
              <a className={ui.link} href={`/api/documents/${original.id}/export?with=${v.id}`} download>{t('exportBilingual', { a: nameOf(original.language), b: nameOf(v.language) })}</a>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="language-table">
          <thead>
            <tr>
              {group.map((d) => (
                <th key={d.id} scope="col" className="border-b border-line p-2 text-start align-bottom">
                  <Link href={`/negotiations/${id}/documents/${d.id}`} className={ui.link} lang={d.language && isLocale(d.language) ? d.language : undefined}>{nameOf(d.language)}</Link>
                  <span className="ms-2 text-xs font-normal text-muted">{d.authentic || d.versionOf === null ? t('authentic') : t('working')}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keys.map((key, i) => (
              <tr key={key} data-clause-key={key} className="align-top">
                {texts.map(({ doc, blocks }) => {
                  const block = blocks.get(key);
                  const since = outOfStep.get(`${doc.id}|${key}`);
                  return (
                    <td key={doc.id} className="border-b border-line p-2">
                      <span className="text-xs text-muted">{t('provision', { n: i + 1 })}</span>
                      {block ? (
                        <div lang={doc.language ?? undefined} data-testid="provision-text">
                          <StaticDoc doc={{ type: 'doc', content: block }} parties={parties} />
                        </div>
                      ) : (
                        <p className="mt-1 text-muted">{t('missing')}</p>
                      )}
                      {since && <p className="mt-1 rounded border border-orange-300 bg-orange-50 px-2 py-1 text-xs text-orange-950" data-testid="out-of-step">{t.rich('outOfStepShort', { date: () => <LocalTime value={since} /> })}</p>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
