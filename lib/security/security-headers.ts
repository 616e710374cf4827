import { allowedOrigins, isHttpsDeployment } from './app-origins';

/** Where browsers report CSP violations (app/api/csp-report/route.ts logs them). */
export const CSP_REPORT_PATH = '/api/csp-report';

/**
 * Headers every response carries, set by server.ts before Next answers (pages, APIs, assets and
 * server.ts's own 400/503): no MIME sniffing, no framing (also frame-ancestors in the CSP), the
 * referrer only to this origin, powerful browser features off, and HSTS when served over HTTPS.
 */
export function staticSecurityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=(), display-capture=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (isHttpsDeployment()) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  return headers;
}

/**
 * The Content-Security-Policy of a page: scripts only with this response's nonce (Next.js puts it on
 * its own scripts, 'strict-dynamic' lets them load the page's chunks; no 'unsafe-inline'), `<style>`
 * elements only with the nonce too (Tiptap and the party colours pass it), style attributes allowed
 * (React and ProseMirror set them), no plugins, no framing, forms and sockets only to this app.
 * Development adds 'unsafe-eval' (React's dev tooling) and inline styles (Next's error overlay).
 */
export function pageCsp(nonce: string, dev: boolean): string {
  const sockets = [...allowedOrigins()].map((o) => o.replace(/^http/, 'ws')).join(' ');
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    dev ? `style-src 'self' 'unsafe-inline'` : `style-src 'self' 'nonce-${nonce}'`,
    `style-src-attr 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self' ${sockets}`.trim(),
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(isHttpsDeployment() ? ['upgrade-insecure-requests'] : []),
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}

/** API answers are data, never documents to render: nothing may load, nothing may frame them. */
export const API_CSP = `default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
