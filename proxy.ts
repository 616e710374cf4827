import { NextResponse, type NextRequest } from 'next/server';
import { canonicalPath } from '@/lib/ids/canonical-id';
import { API_CSP, pageCsp } from '@/lib/security/security-headers';

/**
 * A fresh CSP nonce per request (Next.js reads it from the request's Content-Security-Policy header
 * and puts it on its scripts), the page policy on pages and a deny-all policy on API answers.
 * Pages under a non-canonical id spelling redirect to the canonical address. Authorization is not
 * done here: every page and route handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  // A page address with an id spelled another way (upper case, braces…) moves to the one canonical
  // address (lib/ids/canonical-id.ts); API routes answer 400 themselves (lib/http/respond.ts).
  const canonical = isApi ? null : canonicalPath(request.nextUrl.pathname);
  if (canonical !== null) {
    const url = request.nextUrl.clone();
    url.pathname = canonical;
    return NextResponse.redirect(url, 308);
  }
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = isApi ? API_CSP : pageCsp(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  headers.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but build assets (scripts and styles carry no policy of their own).
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico).*)'],
};
