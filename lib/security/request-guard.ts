import { allowedOrigins } from './app-origins';
import { isAcceptableTarget } from './request-target';

export interface GuardRefusal {
  status: 400 | 403 | 415;
  error: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request protection and input hygiene for every API route (lib/http/respond.ts and the
 * next-auth route call it). Returns why the request is refused, or null to go on:
 *  - 400: NUL or a malformed `%`-escape in the URL;
 *  - 403: the browser says the request comes from another site (`Sec-Fetch-Site: cross-site` or
 *    `same-site`, e.g. a sibling sub-domain), or a state-changing request carries a foreign `Origin`
 *    (`null` included). Requests without either header come from no browser (curl, tests) and
 *    cannot ride on a victim's cookie; they go on to the body check;
 *  - 415: a state-changing request with a body of another type than `bodyTypes` (JSON by default):
 *    a cross-site form can only send urlencoded, multipart or text/plain bodies.
 */
export function checkRequest(req: Request, bodyTypes: readonly string[] = ['application/json']): GuardRefusal | null {
  const url = new URL(req.url);
  if (!isAcceptableTarget(url.pathname + url.search))
    return { status: 400, error: 'The address contains characters that are not allowed.' };
  const site = req.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return { status: 403, error: 'Requests from other sites are not accepted.' };
  if (SAFE_METHODS.has(req.method)) return null;
  const origin = req.headers.get('origin');
  if (origin !== null && !allowedOrigins().has(origin)) return { status: 403, error: 'Requests from other sites are not accepted.' };
  // A typed body must be of an accepted type (browsers type every body they send, forms included);
  // an untyped one is refused too. No type and no length: no body (a DELETE, a bodiless POST).
  const type = req.headers.get('content-type');
  const untypedBody = Number(req.headers.get('content-length') ?? 0) > 0 || req.headers.has('transfer-encoding');
  if (type !== null ? !bodyTypes.includes(type.split(';')[0]!.trim().toLowerCase()) : untypedBody) {
    return { status: 415, error: `Send the request body as ${bodyTypes.join(' or ')}.` };
  }
  return null;
}
