import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { languageDirection } from '@/lib/i18n/locales';
import './globals.css';
import './drafting.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: 'Pactum', template: '%s · Pactum' }, description: t('appDescription') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * Every page renders per request: the CSP nonce (proxy.ts) exists only then, and Next.js puts it on
 * its scripts. The page carries the interface language and its direction (the whole layout mirrors
 * in Arabic); document text carries its own `lang`/`dir` where it is shown.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const locale = await getLocale();
  const t = await getTranslations('common');
  return (
    <html lang={locale} dir={languageDirection(locale)}>
      <body className="min-h-screen font-sans antialiased">
        <NextIntlClientProvider>
          <a
            href="#main"
            className="sr-only rounded-md print:hidden bg-accent px-4 py-2 text-white focus:not-sr-only focus:absolute focus:start-4 focus:top-3 focus:z-50"
          >
            {t('skipToMain')}
          </a>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
