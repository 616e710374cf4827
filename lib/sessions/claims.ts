import { decode, type JWT } from 'next-auth/jwt';
import { isHttpsDeployment } from '@/lib/security/app-origins';

/** A session lasts at most this long from sign-in, however often its cookie is refreshed. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** What the signed session cookie says: who, which session, since when, until when (ms). */
export interface SessionClaims {
  userId: string;
  sessionId: string;
  startedAt: number;
  expiresAt: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The session cookie's name. Over HTTPS it is `__Host-` prefixed: the browser then insists on
 * Secure, Path=/ and no Domain, so a sibling sub-domain cannot plant or overwrite it.
 */
export function sessionCookieName(): string {
  return isHttpsDeployment() ? '__Host-next-auth.session-token' : 'next-auth.session-token';
}

/**
 * The claims of a decoded token, or null unless it names a user, a session id (`sid`) and a start
 * time (`sat`), and has not passed the absolute lifetime. Tokens from before server-side sessions
 * (no `sid`) are refused.
 */
export function claimsFromToken(token: JWT | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { sub, sid, sat } = token as { sub?: unknown; sid?: unknown; sat?: unknown };
  if (typeof sub !== 'string' || !UUID.test(sub) || typeof sid !== 'string' || !UUID.test(sid) || typeof sat !== 'number') return null;
  const expiresAt = sat + SESSION_MAX_AGE_S * 1000;
  if (expiresAt <= Date.now()) return null;
  return { userId: sub, sessionId: sid, startedAt: sat, expiresAt };
}

/** Parses a Cookie header into a name → value map (first occurrence wins). */
export function parseCookies(header: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 1) continue;
    const name = part.slice(0, i).trim();
    if (name in out) continue;
    const raw = part.slice(i + 1).trim();
    try {
      out[name] = decodeURIComponent(raw);
    } catch {
      out[name] = raw;
    }
  }
  return out;
}

/** The session claims in a Cookie header (signature and lifetime checked; not yet revocation). */
export async function readSessionClaims(cookieHeader: string | null | undefined): Promise<SessionClaims | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  const raw = parseCookies(cookieHeader)[sessionCookieName()];
  if (!secret || !raw) return null;
  const token = await decode({ token: raw, secret }).catch(() => null);
  return claimsFromToken(token);
}
