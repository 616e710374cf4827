import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDatabaseDown, RETRY_AFTER_SECONDS } from '@/db/availability';
import { CLIENT_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { isAcceptableTarget } from '@/lib/security/request-target';
import { API_CSP, staticSecurityHeaders } from '@/lib/security/security-headers';

/**
 * What server.ts does with every HTTP request before Next.js sees it. Returns true when it answered
 * the request itself:
 *  - security headers on every response (lib/security/security-headers.ts);
 *  - internal or spoofable headers replaced: `x-middleware-subrequest` removed, the client address
 *    set from the socket (or, with PACTUM_TRUSTED_PROXY_HOPS=n, the n-th X-Forwarded-For entry
 *    from the right — the one the nearest trusted proxy saw);
 *  - 400 for a NUL or a malformed `%`-escape anywhere in the path or query (pages and APIs alike);
 *  - 503 with Retry-After while the database is known to be away, instead of every request
 *    waiting for the connect or statement timeout (assets and /api/health still answer).
 */
export function gateRequest(req: IncomingMessage, res: ServerResponse): boolean {
  for (const [name, value] of Object.entries(staticSecurityHeaders())) res.setHeader(name, value);
  delete req.headers['x-middleware-subrequest'];
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req);
  const target = req.url ?? '/';
  if (!isAcceptableTarget(target)) {
    answer(res, 400, target, 'The address contains characters that are not allowed.');
    return true;
  }
  const path = target.split('?')[0]!;
  if (isDatabaseDown() && !path.startsWith('/_next/') && path !== '/api/health' && path !== '/icon.svg') {
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    answer(res, 503, target, 'Pactum cannot reach its database right now. Nothing was changed; try again in a minute.');
    return true;
  }
  return false;
}

/** Whether an upgrade request's target is acceptable (else the socket is dropped: no handler may decode it). */
export const isAcceptableUpgrade = (req: IncomingMessage) => isAcceptableTarget(req.url ?? '/');

function clientAddress(req: IncomingMessage): string {
  const hops = Number(process.env.PACTUM_TRUSTED_PROXY_HOPS ?? 0);
  if (hops > 0) {
    const chain = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const seen = chain[chain.length - hops];
    if (seen) return seen;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** A short JSON (API) or HTML (page) answer; no stack trace, no echo of the request. */
function answer(res: ServerResponse, status: number, target: string, message: string): void {
  res.statusCode = status;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', API_CSP);
  if (target.startsWith('/api/')) {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ error: message }));
    return;
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  const title = status === 503 ? 'Pactum is temporarily unavailable' : 'Bad request';
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><main><h1>${title}</h1><p>${message}</p><p><a href="/negotiations">Try again</a></p></main></html>`,
  );
}
