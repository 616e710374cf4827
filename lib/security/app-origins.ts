/**
 * The origins this app is served from: NEXTAUTH_URL's plus PACTUM_ALLOWED_ORIGINS (comma-separated,
 * e.g. a second public host name). A browser request from any other origin is a forgery.
 */
export function allowedOrigins(): Set<string> {
  const list = new Set<string>();
  if (process.env.NEXTAUTH_URL) list.add(new URL(process.env.NEXTAUTH_URL).origin);
  for (const o of (process.env.PACTUM_ALLOWED_ORIGINS ?? '').split(',')) if (o.trim()) list.add(new URL(o.trim()).origin);
  return list;
}

/** The app's own origin (NEXTAUTH_URL), e.g. for redirects. */
export function appOrigin(): string {
  return new URL(process.env.NEXTAUTH_URL ?? 'http://localhost:3000').origin;
}

/** Served over HTTPS (behind a TLS proxy counts): HSTS, `__Host-` cookies. */
export function isHttpsDeployment(): boolean {
  return (process.env.NEXTAUTH_URL ?? '').startsWith('https:');
}
