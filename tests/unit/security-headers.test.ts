import { afterEach, describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/security/callback-url';
import { checkRequest } from '@/lib/security/request-guard';
import { isAcceptableTarget } from '@/lib/security/request-target';
import { pageCsp, staticSecurityHeaders } from '@/lib/security/security-headers';
import { sessionCookieName } from '@/lib/sessions/claims';
import { deviceCookieHeader } from '@/lib/auth/device-cookie';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('security headers and cookies follow the deployment scheme', () => {
  it('over HTTPS: HSTS, __Host- cookies with Secure, upgrade-insecure-requests', () => {
    process.env.NEXTAUTH_URL = 'https://talks.example.org';
    process.env.NEXTAUTH_SECRET = 's';
    expect(staticSecurityHeaders()['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(sessionCookieName()).toBe('__Host-next-auth.session-token');
    expect(deviceCookieHeader('a@b.c')).toMatch(/^__Host-pactum-device=.*; Path=\/;.*HttpOnly; SameSite=Lax; Secure$/);
    const csp = pageCsp('abc', false);
    expect(csp).toContain('upgrade-insecure-requests');
    expect(csp).toContain('wss://talks.example.org');
  });

  it('over plain HTTP (development, tests): no HSTS, unprefixed cookies', () => {
    process.env.NEXTAUTH_URL = 'http://localhost:3000';
    expect(staticSecurityHeaders()['Strict-Transport-Security']).toBeUndefined();
    expect(sessionCookieName()).toBe('next-auth.session-token');
  });

  it("the page CSP never allows inline or eval'd scripts in production", () => {
    process.env.NEXTAUTH_URL = 'http://localhost:3000';
    const scriptSrc = pageCsp('n0nce', false)
      .split('; ')
      .find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(pageCsp('n0nce', false)).toContain("frame-ancestors 'none'");
  });
});

describe('request targets, origins, callback URLs', () => {
  it('refuses NUL and malformed escapes, accepts ordinary UTF-8', () => {
    for (const bad of ['/a%00', '/a\0', '/a?b=%', '/a?b=%zz', '/%E0%A4%A', '/%C0%AF', '/%ED%A0%80'])
      expect(isAcceptableTarget(bad), bad).toBe(false);
    for (const good of ['/', '/negotiations?q=caf%C3%A9', '/a%20b', '/api/clauses?q=%25'])
      expect(isAcceptableTarget(good), good).toBe(true);
  });

  it('lets safe methods through, refuses foreign origins and non-JSON bodies on the others', () => {
    process.env.NEXTAUTH_URL = 'http://app.test';
    const req = (method: string, headers: Record<string, string>, body?: string) =>
      new Request('http://app.test/api/x', { method, headers, body });
    expect(checkRequest(req('GET', { origin: 'http://evil.test' }))).toBeNull();
    expect(checkRequest(req('GET', { 'sec-fetch-site': 'cross-site' }))?.status).toBe(403);
    expect(checkRequest(req('DELETE', { origin: 'http://evil.test' }))?.status).toBe(403);
    expect(checkRequest(req('POST', { origin: 'http://app.test', 'content-type': 'text/plain' }, 'x'))?.status).toBe(415);
    expect(checkRequest(req('POST', { origin: 'http://app.test', 'content-type': 'application/json' }, '{}'))).toBeNull();
    expect(checkRequest(req('POST', { origin: 'http://app.test' }))).toBeNull(); // no body
    expect(checkRequest(req('DELETE', { origin: 'http://app.test', 'content-length': '0' }))).toBeNull();
    expect(checkRequest(req('POST', { origin: 'http://app.test', 'content-length': '5' }))?.status).toBe(415);
    process.env.PACTUM_ALLOWED_ORIGINS = 'https://second.example';
    expect(checkRequest(req('PATCH', { origin: 'https://second.example', 'content-type': 'application/json' }, '{}'))).toBeNull();
  });

  it('keeps callback paths on the origin', () => {
    const o = 'http://app.test';
    expect(safeCallbackPath('/negotiations/x?y=1#z', o)).toBe('/negotiations/x?y=1#z');
    for (const evil of [
      '//evil.test',
      '/\\evil.test',
      '/\t/evil.test',
      '/.//evil.test',
      '/..//evil.test',
      'https://evil.test',
      'javascript:alert(1)',
      'data:text/html,x',
      '',
      undefined,
    ]) {
      expect(safeCallbackPath(evil, o), String(evil)).toBe('/negotiations');
    }
  });
});
