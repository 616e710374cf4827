/** Where the configured database lives, for messages: never prints a password. */
export function describeDatabase(env: NodeJS.ProcessEnv = process.env): string {
  if (!env.DATABASE_URL) return `the embedded database in ${env.PGLITE_DIR ?? '.data/pglite'}`;
  try {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
