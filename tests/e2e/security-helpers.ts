import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** CSP violations seen by a page: console reports and `securitypolicyviolation` events. */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) violations.push(msg.text());
  });
  await page.exposeFunction('__reportCspViolation', (v: string) => void violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return violations;
}

/** A tiny site on another origin (127.0.0.1, the app is on localhost): serves `html` at `/`. */
export async function foreignSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Posts credentials as the sign-in form's script does (CSRF token first); returns the raw answer. */
export async function postCredentials(request: APIRequestContext, email: string, password: string, callbackUrl?: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  return request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true', ...(callbackUrl !== undefined ? { callbackUrl } : {}) },
    maxRedirects: 0,
  });
}

/** Creates an account through an invitation (as the convener), so throttling tests touch no demo account. */
export async function inviteAccount(
  mediator: APIRequestContext,
  anonymous: APIRequestContext,
  negotiationId: string,
  email: string,
  password: string,
) {
  const invited = await mediator.post(`/api/negotiations/${negotiationId}/invitations`, {
    data: { email, role: 'observer', partyId: null },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const { path } = (await invited.json()) as { path: string };
  const token = path.split('/').pop()!;
  const accepted = await anonymous.post(`/api/invitations/${token}/accept`, { data: { name: 'Throttle Target', password } });
  expect(accepted.status(), await accepted.text()).toBe(200);
}
