import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { isHttpsDeployment } from '@/lib/security/app-origins';
import { parseCookies } from '@/lib/sessions/claims';
import { normalizeEmail } from './find-user';

const MAX_AGE_S = 180 * 24 * 60 * 60;

/** `__Host-` over HTTPS: only this origin can set or read it. */
export const deviceCookieName = () => (isHttpsDeployment() ? '__Host-pactum-device' : 'pactum-device');

const mac = (id: string, email: string) =>
  createHmac('sha256', process.env.NEXTAUTH_SECRET ?? '')
    .update(`device:${id}:${normalizeEmail(email)}`)
    .digest('base64url');

/**
 * A Set-Cookie value marking this browser as one that signed in to `email` (OWASP's "device
 * cookie"): sign-in throttling then gives it a bucket of its own (lib/auth/sign-in-throttle.ts).
 * Signed with NEXTAUTH_SECRET, bound to the email; it grants no access by itself.
 */
export function deviceCookieHeader(email: string): string {
  const id = randomUUID();
  return `${deviceCookieName()}=${id}.${mac(id, email)}; Path=/; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax${isHttpsDeployment() ? '; Secure' : ''}`;
}

/** The device id in this Cookie header if its cookie was issued for `email`, else null. */
export function readDeviceId(cookieHeader: string | null, email: string): string | null {
  const value = parseCookies(cookieHeader)[deviceCookieName()];
  const [id, sig] = value?.split('.') ?? [];
  if (!id || !sig || !process.env.NEXTAUTH_SECRET) return null;
  const expected = Buffer.from(mac(id, email));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
