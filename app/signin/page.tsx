import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/signin-form';
import { signInMessage } from '@/components/auth/sign-in-request';
import { appOrigin } from '@/lib/security/app-origins';
import { safeCallbackPath } from '@/lib/security/callback-url';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signin'))('metaTitle') };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; csrf?: string | string[] }> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: Props) {
  const sp = await searchParams;
  const t = await getTranslations('signin');
  // Parsed as a URL and kept only on this origin: `//x`, `/\x`, `/<tab>/x` and foreign URLs stay on-site.
  const callbackUrl = safeCallbackPath(first(sp.callbackUrl), appOrigin());
  const error = first(sp.error);
  const initialError = first(sp.csrf) === 'true' ? signInMessage(t, 'csrf') : error ? signInMessage(t, error) : null;
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-sm text-muted">{t('lead')}</p>
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
    </main>
  );
}
