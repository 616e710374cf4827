import { processShared } from '@/lib/process-shared';
/**
 * A log line for an error that never carries user data. drizzle's DrizzleQueryError puts every
 * query parameter in its message and a `params` field, and PostgreSQL's messages and `detail`
 * quote values ("Key (email)=(…)", "invalid input syntax for type uuid: \"…\""), so a failing
 * write could copy caucus text or a password hash into the log. Kept: error names, the SQL text
 * (placeholders only), SQLSTATE codes, constraint/table/column names, system error codes and the
 * stack frames; dropped: messages of database errors, params, detail, where, hint.
 */
export function redactError(err: unknown, depth = 0): string {
  if (!(err instanceof Error)) return typeof err === 'string' ? redactText(err) : `non-error value (${typeof err})`;
  const e = err as Error & Record<string, unknown>;
  const parts: string[] = [];
  if (typeof e.query === 'string' && 'params' in e) {
    parts.push(`${e.name}: failed query: ${truncate(e.query, 400)}`);
  } else if (isDatabaseError(e)) {
    const fields = ['severity', 'code', 'routine', 'schema', 'table', 'column', 'constraint', 'dataType']
      .filter((k) => typeof e[k] === 'string' && e[k])
      .map((k) => `${k}=${String(e[k])}`);
    parts.push(`database error ${fields.join(' ')}`);
  } else {
    const code = typeof e.code === 'string' ? ` [${e.code}]` : '';
    parts.push(`${e.name}${code}: ${truncate(redactText(e.message), 300)}`);
  }
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 8);
  if (frames.length) parts.push(frames.join('\n'));
  if (e.cause !== undefined && depth < 4) parts.push(`caused by: ${redactError(e.cause, depth + 1)}`);
  return parts.join('\n');
}

/** pg's DatabaseError (and PGlite's): a server-reported error with a SQLSTATE. */
function isDatabaseError(e: Record<string, unknown>): boolean {
  return (
    typeof e.code === 'string' &&
    /^[0-9A-Z]{5}$/.test(e.code) &&
    ('severity' in e || 'routine' in e || e.name === 'error' || e.name === 'DatabaseError')
  );
}

/** Strips drizzle's "params: …" tail from text that already went through String(err). */
export function redactText(text: string): string {
  const i = text.indexOf('\nparams:');
  return i === -1 ? text : `${text.slice(0, i)}\nparams: [redacted]`;
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Logs an unexpected error under a tag, redacted (see redactError). */
export function logError(tag: string, err: unknown): void {
  console.error(`${tag} ${redactError(err)}`);
}

/**
 * Makes console.error / console.warn redact every Error and drizzle "params:" text they are given,
 * whoever logs it (Next's own render-error logging included). Call once at process start.
 */
export function installLogRedaction(): void {
  const shared = processShared();
  if (shared.logRedactionInstalled) return;
  shared.logRedactionInstalled = true;
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) =>
      original(...args.map((a) => (a instanceof Error ? redactError(a) : typeof a === 'string' ? redactText(a) : a)));
  }
}
