import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/signin-form';
import { signInMessage } from '@/components/auth/sign-in-request';
import { appOrigin } from '@/lib/security/app-origins';
import { safeCallbackPath } from '@/lib/security/callback-url';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; csrf?: string | string[] }> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: Props) {
  const sp = await searchParams;
  // Parsed as a URL and kept only on this origin: `//x`, `/\x`, `/<tab>/x` and foreign URLs stay on-site.
  const callbackUrl = safeCallbackPath(first(sp.callbackUrl), appOrigin());
  const error = first(sp.error);
  const initialError = first(sp.csrf) === 'true' ? signInMessage('csrf') : error ? signInMessage(error) : null;
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-2xl font-semibold">Sign in to Pactum</h1>
      <p className="mt-2 text-sm text-muted">Drafts are confidential. Use the account your convener invited.</p>
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
    </main>
  );
}
