/**
 * `npm run auth:sign-out -- --all` or `-- <email> …`: ends every session of everyone, or of these
 * people, in the configured database. Running servers close the sockets within seconds (they
 * re-check sessions every 2 s). The embedded database belongs to one process: stop the server
 * first, or use the administrator's button on the account page.
 */
import { inArray } from 'drizzle-orm';
import { closeDatabase, openDatabase } from './open';
import { describeDatabase } from './describe';
import { runMain } from './run-main';
import { users } from './schema';
import { revokeAllSessions } from '@/lib/sessions/revoke-sessions';

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0) throw new Error('Say whom to sign out: --all, or one or more email addresses.');
  const db = await openDatabase();
  try {
    if (args.includes('--all')) {
      console.log(`Signed out all ${await revokeAllSessions(db)} users of ${describeDatabase()}.`);
      return;
    }
    const emails = args.map((a) => a.trim().toLowerCase());
    const rows = await db
      .update(users)
      .set({ sessionsValidFrom: new Date() })
      .where(inArray(users.email, emails))
      .returning({ email: users.email });
    const found = new Set(rows.map((r) => r.email));
    for (const e of emails) console.log(found.has(e) ? `Signed out ${e} everywhere.` : `No account for ${e}.`);
  } finally {
    await closeDatabase();
  }
}

runMain(main);
