import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { languageDirection, type Locale } from '@/lib/i18n/locales';

const CATALOGUES = { en, fr, ar } as const;

/**
 * The words an export adds around the document (headings, package line, legend, page footer) in
 * the requester's language (`exportText` in messages/*.json). The document's own text is never
 * translated.
 */
export function exportText(locale: Locale = 'en') {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'exportText' });
}

/** Whether the export's own words run right to left (its paragraphs then carry w:bidi). */
export const isRtlLocale = (locale: Locale = 'en') => languageDirection(locale) === 'rtl';
