import { readJson, withRequest } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

const PER_MINUTE = 30;
let windowStart = 0;
let logged = 0;

/**
 * Browsers report Content-Security-Policy violations here (the policy's report-uri). Each is
 * logged as one line — directive, blocked resource, where — at most 30 a minute, so a flood of
 * reports cannot flood the log. No report content beyond those fields is kept.
 */
export const POST = withRequest(
  async (req) => {
    const body = (await readJson(req, 16 * 1024)) as { 'csp-report'?: Record<string, unknown> } | null;
    const r = body?.['csp-report'] ?? {};
    const now = Date.now();
    if (now - windowStart > 60_000) [windowStart, logged] = [now, 0];
    if (logged++ < PER_MINUTE) {
      const field = (k: string) => String(r[k] ?? '').slice(0, 200);
      console.warn(
        `[csp] violation: ${field('effective-directive') || field('violated-directive')} blocked ${field('blocked-uri') || 'inline'} in ${field('document-uri')} (${field('source-file')}:${field('line-number')})`,
      );
    }
    return new Response(null, { status: 204 });
  },
  { bodyTypes: ['application/csp-report', 'application/json'] },
);
