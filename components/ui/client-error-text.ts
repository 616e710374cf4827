import { isLocale, type Locale } from '@/lib/i18n/locales';

/**
 * What the browser says when the server said nothing usable (no connection, an error without a
 * body). Plain functions like fetchJson run outside React and next-intl, so a small table chosen by
 * the page's `<html lang>` (the reader's language, set by the root layout) keeps the catalogues out
 * of their chunks. Kept equal to messages/*.json (`clientErrors`, `drafting.actNotRecorded`) by a unit test.
 */
export const CLIENT_ERROR_TEXT: Record<Locale, { generic: string; network: string; actNotRecorded: string }> = {
  en: {
    generic: 'Something went wrong. Please try again.',
    network: 'We could not reach Pactum. Check your connection and try again.',
    actNotRecorded: 'The action could not be recorded.',
  },
  fr: {
    generic: 'Un problème est survenu. Veuillez réessayer.',
    network: 'Impossible de joindre Pactum. Vérifiez votre connexion et réessayez.',
    actNotRecorded: 'L’action n’a pas pu être enregistrée.',
  },
  ar: {
    generic: 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
    network: 'تعذّر الوصول إلى Pactum. تحقّق من اتصالك وأعد المحاولة.',
    actNotRecorded: 'تعذّر تسجيل الإجراء.',
  },
};

/** The fallback sentences in the page's language. */
export function clientErrorText() {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return CLIENT_ERROR_TEXT[isLocale(lang) ? lang : 'en'];
}
