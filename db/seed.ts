import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { auditEvents, documents, memberships, negotiations, parties, users } from './schema';
import type { Role } from '@/lib/negotiations/terms';
import { hashPassword } from '@/lib/auth/password';

/** The demo negotiation (README). */
export const DEMO_NEGOTIATION_TITLE = 'Arandia Peace Talks — Security Track';

/** Every demo account uses this password (README). */
export const DEMO_PASSWORD = 'pactum-demo-2026';

export const DEMO_ACCOUNTS: ReadonlyArray<{
  email: string;
  name: string;
  role: Role;
  party?: 'GOV' | 'APM';
  convener?: boolean;
  negotiation?: 'other';
}> = [
  { email: 'mediator@pactum.test', name: 'Helena Marsh', role: 'lead_mediator', convener: true },
  { email: 'expert@pactum.test', name: 'Tomas Ferreira', role: 'mediation_expert' },
  { email: 'gov.lead@pactum.test', name: 'Daniel Okoro', role: 'lead_negotiator', party: 'GOV' },
  { email: 'gov.member@pactum.test', name: 'Ruth Abeyta', role: 'delegation_member', party: 'GOV' },
  { email: 'apm.lead@pactum.test', name: 'Samir Haddad', role: 'lead_negotiator', party: 'APM' },
  { email: 'apm.member@pactum.test', name: 'Leyla Noor', role: 'delegation_member', party: 'APM' },
  { email: 'guarantor@pactum.test', name: 'Ingrid Solberg', role: 'guarantor' },
  { email: 'observer@pactum.test', name: 'Kwame Mensah', role: 'observer' },
  { email: 'outsider@pactum.test', name: 'Priya Raman', role: 'lead_mediator', convener: true, negotiation: 'other' },
];

/** The demo sign-in lines printed after seeding (server start, `npm run db:seed`). */
export function demoAccountLines(signInUrl?: string): string[] {
  return [
    `Sign in${signInUrl ? ` at ${signInUrl}` : ''} with password "${DEMO_PASSWORD}":`,
    ...DEMO_ACCOUNTS.map(
      (a) => `  ${a.email.padEnd(26)} ${a.role}${a.party ? ` (${a.party})` : ''}${a.negotiation ? ' — other negotiation' : ''}`,
    ),
  ];
}

/** Seeds the demo negotiation once; returns false when demo data is already there. */
export async function seedDemo(db: Db): Promise<boolean> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS[0]!.email)).limit(1);
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const userRows = await tx
      .insert(users)
      .values(DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, passwordHash })))
      .returning();
    const userId = (email: string) => userRows.find((u) => u.email === email)!.id;
    const mediatorId = userId('mediator@pactum.test');

    const [talks] = await tx
      .insert(negotiations)
      .values({
        title: DEMO_NEGOTIATION_TITLE,
        description:
          'Negotiations between the Government of Arandia and the Arandian People’s Movement on the security chapter of a comprehensive agreement.',
        style: 'facilitative',
        dayZero: 'signature',
        createdBy: mediatorId,
      })
      .returning();
    const [other] = await tx
      .insert(negotiations)
      .values({
        title: 'Coastal Fisheries Dialogue',
        description: 'A separate process, used to check that negotiations stay apart.',
        createdBy: userId('outsider@pactum.test'),
      })
      .returning();
    const partyRows = await tx
      .insert(parties)
      .values([
        { negotiationId: talks!.id, name: 'Government of Arandia', shortName: 'GOV', role: 'government', color: '#1d4ed8', position: 0 },
        {
          negotiationId: talks!.id,
          name: 'Arandian People’s Movement',
          shortName: 'APM',
          role: 'armed_movement',
          color: '#b45309',
          position: 1,
        },
      ])
      .returning();
    const partyId = (short: string) => partyRows.find((p) => p.shortName === short)!.id;

    await tx.insert(memberships).values(
      DEMO_ACCOUNTS.map((a) => ({
        negotiationId: a.negotiation === 'other' ? other!.id : talks!.id,
        userId: userId(a.email),
        role: a.role,
        partyId: a.party ? partyId(a.party) : null,
        isConvener: a.convener ?? false,
      })),
    );
    await tx.insert(documents).values([
      { negotiationId: talks!.id, kind: 'shared', title: 'Chapter III – Security Arrangements', position: 0 },
      { negotiationId: talks!.id, kind: 'shared', title: 'Annex A – Ceasefire Modalities', position: 1 },
      { negotiationId: talks!.id, kind: 'caucus', partyId: partyId('GOV'), title: 'GOV caucus notes', position: 10 },
      { negotiationId: talks!.id, kind: 'caucus', partyId: partyId('APM'), title: 'APM caucus notes', position: 11 },
      { negotiationId: talks!.id, kind: 'mediator_private', title: 'Mediation team notes', position: 12 },
      { negotiationId: other!.id, kind: 'shared', title: 'Draft framework on fishing zones', position: 0 },
    ]);
    await tx.insert(auditEvents).values({
      negotiationId: talks!.id,
      actorId: mediatorId,
      action: 'negotiation.create',
      details: { seeded: true, style: 'facilitative' },
    });
  });
  return true;
}
