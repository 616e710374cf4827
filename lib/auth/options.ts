import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { isDatabaseUnavailable, reportDatabaseUnavailable } from '@/db/availability';
import { DEMO_PASSWORD } from '@/db/seed';
import { isHttpsDeployment } from '@/lib/security/app-origins';
import { safeCallbackPath } from '@/lib/security/callback-url';
import { logError } from '@/lib/security/redact-error';
import { hasNul } from '@/lib/security/request-target';
import { claimsFromToken, SESSION_MAX_AGE_S, sessionCookieName } from '@/lib/sessions/claims';
import { findSessionUser } from '@/lib/sessions/find-session-user';
import { revokeSession } from '@/lib/sessions/revoke-sessions';
import { findUserByCredentials } from './find-user';
import { isDemoMode } from './password-policy';

const zCredentials = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(200) });

const SESSION_ENDED = 'SessionEnded';

/** The `error` next-auth reports when the database did not answer: the sign-in route turns it into 503. */
export const SIGN_IN_UNAVAILABLE = 'ServiceUnavailable';

const secure = isHttpsDeployment();
const cookie = (name: string) => ({ name, options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure } });

/**
 * next-auth v4 configuration: email + password; a signed JWT cookie that names a server-side
 * session (`sid`, begun at `sat`), checked on every request and socket by lib/sessions, so signing
 * out ends it everywhere at once. Over HTTPS the cookies are `__Host-` prefixed and Secure.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/signin', error: '/signin' },
  useSecureCookies: secure,
  cookies: {
    sessionToken: cookie(sessionCookieName()),
    callbackUrl: cookie(`${secure ? '__Host-' : ''}next-auth.callback-url`),
    csrfToken: cookie(`${secure ? '__Host-' : ''}next-auth.csrf-token`),
  },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = zCredentials.safeParse(raw);
        if (!parsed.success || hasNul(parsed.data.email)) return null;
        try {
          const user = await findUserByCredentials(getDb(), parsed.data.email, parsed.data.password);
          // The demo password is public (README): outside demo mode it opens nothing.
          if (!user || (!isDemoMode() && parsed.data.password === DEMO_PASSWORD)) return null;
          return { id: user.id, email: user.email, name: user.name };
        } catch (err) {
          // Never the driver's message: next-auth puts the error into a URL.
          if (isDatabaseUnavailable(err)) {
            reportDatabaseUnavailable();
            throw new Error(SIGN_IN_UNAVAILABLE);
          }
          logError('[auth] sign-in failed', err);
          throw new Error('SignInFailed');
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // A new session on each sign-in; refreshes keep its id and start time.
      if (user) return Object.assign(token, { sub: user.id, sid: randomUUID(), sat: Date.now() });
      // /api/auth/session: an ended session answers empty and its cookie is cleared (next-auth does
      // that when this throws). With the database away the token stands: that route shows only a name.
      const claims = claimsFromToken(token);
      if (!claims) throw new Error(SESSION_ENDED);
      try {
        if (!(await findSessionUser(getDb(), claims))) throw new Error(SESSION_ENDED);
      } catch (err) {
        if (!isDatabaseUnavailable(err)) throw err;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
    /** Only ever to a path of this app: `//evil`, `/\evil`, foreign absolute URLs go to the negotiations list. */
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, new URL(baseUrl).origin)}`;
    },
  },
  events: {
    async signOut({ token }) {
      const claims = claimsFromToken(token);
      if (claims) await revokeSession(getDb(), claims);
    },
  },
  logger: {
    error: (code, metadata) => {
      const err = metadata instanceof Error ? metadata : ((metadata as { error?: unknown })?.error ?? code);
      if (err instanceof Error && err.message === SESSION_ENDED) return; // a signed-out cookie, not a fault
      logError(`[next-auth] ${code}`, err);
    },
    warn: (code) => console.warn(`[next-auth] ${code}`),
    debug: () => {},
  },
};
