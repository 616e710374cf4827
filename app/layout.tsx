import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { BrowserSetup } from '@/components/ui/browser-setup';
import './globals.css';
import './drafting.css';

export const metadata: Metadata = {
  title: { default: 'Pactum', template: '%s · Pactum' },
  description: 'Co-drafting the security chapter of a peace agreement.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** Every page renders per request: the CSP nonce (proxy.ts) exists only then, and Next.js puts it on its scripts. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <BrowserSetup />
        <a
          href="#main"
          className="sr-only rounded-md print:hidden bg-accent px-4 py-2 text-white focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50"
        >
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
