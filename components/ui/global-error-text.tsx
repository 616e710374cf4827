import { isLocale, languageDirection, negotiateLocale, type Locale } from '@/lib/i18n/locales';

/**
 * The last-resort error page's words. It renders when the root layout itself failed, so outside
 * next-intl's provider; a small table here keeps the catalogues out of the chunk every page loads.
 * Kept equal to messages/*.json (`global.title`, `global.body`, `common.tryAgain`) by a unit test.
 */
export const GLOBAL_ERROR_TEXT: Record<Locale, { title: string; body: string; retry: string }> = {
  en: { title: 'Pactum could not load', body: 'Please try again in a moment.', retry: 'Try again' },
  fr: { title: 'Pactum n’a pas pu se charger', body: 'Veuillez réessayer dans un instant.', retry: 'Réessayer' },
  ar: { title: 'تعذّر تحميل Pactum', body: 'يُرجى المحاولة مجددًا بعد قليل.', retry: 'أعد المحاولة' },
};

/** The page's language as the root layout set it (`<html lang>`), else the browser's preference. */
export function globalErrorLocale(htmlLang: string, browserLanguages: readonly string[]): Locale {
  return isLocale(htmlLang) ? htmlLang : negotiateLocale(browserLanguages.join(','));
}

/** Marks an `<html>` this page rendered itself, whose `lang` says nothing about the reader. */
export const FALLBACK_MARK = 'data-global-error';

/** The whole document, in one language, with its direction. */
export function GlobalErrorDocument({ locale, retry, fallback = false }: { locale: Locale; retry: () => void; fallback?: boolean }) {
  const text = GLOBAL_ERROR_TEXT[locale];
  return (
    <html lang={locale} dir={languageDirection(locale)} {...(fallback ? { [FALLBACK_MARK]: '' } : {})}>
      {/* React hoists the title into <head>. */}
      <title>{text.title}</title>
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '4rem auto', maxWidth: '32rem', padding: '0 1.5rem', color: '#1f2937' }}>
        <main>
          <h1>{text.title}</h1>
          <p>{text.body}</p>
          <button type="button" onClick={() => retry()}>
            {text.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
