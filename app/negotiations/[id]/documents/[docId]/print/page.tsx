import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { loadDocument } from '@/app/_lib/load-document';
import { StaticDoc } from '@/components/document/static-doc';
import { PrintButton } from '@/components/document/print-button';
import { getDb } from '@/db/client';
import { decide } from '@/lib/access/policy';
import { formatDateTime } from '@/lib/i18n/format-date';
import type { Locale } from '@/lib/i18n/locales';
import { requireUserPage } from '@/lib/auth/session';
import { printPageCss } from '@/lib/export/print-css';
import { getPrintView } from '@/lib/export/print-view';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('print'))('metaTitle') };
}
type Props = PageProps<'/negotiations/[id]/documents/[docId]/print'>;

/** The saved draft as a printable page (browser "Save as PDF"), brackets with a legend. */
export default async function PrintPage({ params }: Props) {
  const { id, docId } = await params;
  const user = await requireUserPage(`/negotiations/${id}/documents/${docId}/print`);
  const view = await loadDocument(user.id, docId);
  if (view.negotiation.id !== id) notFound();
  const draftHref = `/negotiations/${id}/documents/${docId}`;
  // 403 with the page forbidden.tsx shows (this segment streams nothing before deciding).
  if (decide(view.actor, 'export', { style: view.negotiation.style, document: view.document }) !== 'allow') forbidden();
  // The page's own words (label, package line) follow the reader's interface language; the document's text stays as written.
  const locale = (await getLocale()) as Locale;
  const print = await getPrintView(getDb(), user.id, docId, locale);
  const { marks, packageLine, label } = print;
  const headerLine = `${print.negotiationTitle} · ${print.documentTitle} · ${label}`;
  const t = await getTranslations('print');
  const nonce = (await headers()).get('x-nonce') ?? undefined; // the CSP takes <style> elements only with this page's nonce
  return (
    <article className="mx-auto max-w-3xl bg-white p-8 print:max-w-none print:p-0">
      {/* Every printed page carries the same header and footer as the DOCX (CSS page margin boxes). */}
      <style
        nonce={nonce}
        dangerouslySetInnerHTML={{ __html: printPageCss({ header: headerLine, packageLine, draft: print.provisional }) }}
      />
      <div className="mb-6 flex items-start justify-between gap-4 print:hidden">
        <p className="text-sm text-muted">
          {t('intro')}{' '}
          <Link href={draftHref} className="text-accent underline underline-offset-2">
            {t('back')}
          </Link>
        </p>
        <PrintButton />
      </div>
      <header className="border-b border-line pb-4">
        <p className="text-sm text-muted">
          {print.negotiationTitle} · {label}
        </p>
        <h1 dir="auto" className="text-2xl font-semibold">
          {print.documentTitle}
        </h1>
        {print.provisional && (
          <p className="mt-2 text-base font-bold text-red-800" data-testid="draft-legend">
            {t('draftLegend')}
          </p>
        )}
        <p className="mt-1 text-sm" data-testid="print-package">
          {t('nothingAgreed', { line: packageLine })}
        </p>
        <p className="mt-1 text-xs text-muted">
          {t('printed', { date: formatDateTime(new Date(), { locale, timeZone: await getTimeZone() }) })}
        </p>
      </header>
      <StaticDoc doc={print.doc} parties={print.parties} />
      {(marks.brackets > 0 || marks.suggestions > 0 || marks.alternatives > 0) && (
        <footer className="mt-8 border-t border-line pt-3 text-sm">
          <h2 className="font-semibold">{t('legend')}</h2>
          {marks.brackets > 0 && (
            <p>
              [{t('legendText')}]<sup>{t('legendParty')}</sup> {t('legendBrackets', { count: marks.brackets })}
            </p>
          )}
          {marks.suggestions > 0 && (
            <p>
              <ins>{t('legendUnderlined')}</ins>
              <sup>+{t('legendParty')}</sup> / <del>{t('legendStruck')}</del>
              <sup>−{t('legendParty')}</sup> {t('legendSuggestions')}
            </p>
          )}
          {marks.alternatives > 0 && <p>{t('legendAlternatives', { party: t('legendParty') })}</p>}
        </footer>
      )}
    </article>
  );
}
