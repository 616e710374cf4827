import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { orNotFound } from '@/app/_lib/or-not-found';
import { StaticDoc } from '@/components/document/static-doc';
import { AddLanguageVersion } from '@/components/languages/add-language-version';
import { LocalTime } from '@/components/ui/local-time';
import { ui } from '@/components/ui/styles';
import { getDb } from '@/db/client';
import { requireUserPage } from '@/lib/auth/session';
import { LOCALE_NAMES, isLocale } from '@/lib/i18n/locales';
import { getLanguageVersions } from '@/lib/languages/get-language-versions';

export const dynamic = 'force-dynamic';
type Props = PageProps<'/negotiations/[id]/documents/[docId]/languages'>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('languages'))('metaTitle') };
}

const nameOf = (lang: string | null) => (lang && isLocale(lang) ? LOCALE_NAMES[lang] : (lang ?? '—'));
const notice = 'mt-1 rounded border border-orange-300 bg-orange-50 px-2 py-1 text-xs text-orange-950';
/** A language's name in the reader's language ("Arabic", « arabe »); the code when Intl does not know it. */
function nameIn(locale: string, lang: string | null): string {
  if (!lang) return '—';
  try {
    return new Intl.DisplayNames(locale, { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** The language versions of a shared draft side by side, provision by provision, with what is out of step or missing. */
export default async function LanguagesPage({ params }: Props) {
  const { id, docId } = await params;
  const user = await requireUserPage(`/negotiations/${id}/documents/${docId}/languages`);
  const view = await orNotFound(getLanguageVersions(getDb(), user.id, docId));
  if (view.negotiationId !== id) notFound();
  const t = await getTranslations('languages');
  const locale = await getLocale();
  const { original, columns, rows, parties } = view;
  return (
    <>
      <p className="text-sm">
        <Link href={`/negotiations/${id}/documents/${docId}`} className={ui.link}>
          {t('back')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p dir="auto" className="mt-1 text-sm text-muted">
        {original.title}
      </p>
      {view.canAddVersion && <AddLanguageVersion documentId={original.id} />}
      {columns.length > 1 && (
        <ul className="mt-4 flex flex-wrap gap-3 text-sm">
          {columns.slice(1).map((v) => (
            <li key={v.id}>
              <a className={ui.link} href={`/api/documents/${original.id}/export?with=${v.id}`} download>
                {t('exportBilingual', { a: nameOf(original.language), b: nameOf(v.language) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="language-table">
          <thead>
            <tr>
              {columns.map((d) => (
                <th key={d.id} scope="col" className="border-b border-line p-2 text-start align-bottom">
                  <Link
                    href={`/negotiations/${id}/documents/${d.id}`}
                    className={ui.link}
                    lang={d.language && isLocale(d.language) ? d.language : undefined}
                  >
                    {nameOf(d.language)}
                  </Link>
                  <span className="ms-2 text-xs font-normal text-muted">{d.authentic ? t('authentic') : t('working')}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.key} data-clause-key={row.key} className="align-top">
                {row.cells.map((cell, c) => {
                  const column = columns[c]!;
                  return (
                    <td key={column.id} className="border-b border-line p-2">
                      <span className="text-xs text-muted">{t('provision', { n: i + 1 })}</span>
                      {cell.nodes ? (
                        // Each provision as written (lists, brackets, Alt 2 …), every block taking its direction from its own words.
                        <div lang={column.language ?? undefined} data-testid="provision-text">
                          <StaticDoc doc={{ type: 'doc', content: cell.nodes }} parties={parties} />
                        </div>
                      ) : (
                        <p className={notice} data-testid="provision-missing">
                          {t('missingIn', { language: nameIn(locale, column.language) })}
                          {column.authentic ? ` ${t('missingHolds')}` : ''}
                        </p>
                      )}
                      {cell.outOfStepSince && (
                        <p className={notice} data-testid="out-of-step">
                          {t.rich('outOfStepShort', { date: () => <LocalTime value={cell.outOfStepSince!} /> })}
                        </p>
                      )}
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
