import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { updateYFragment } from '@tiptap/y-tiptap';
import { and, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { DOCUMENT_FIELD, sharedExtensions } from '@/lib/editor/extensions';
import type { Db } from './client';
import { docUpdates, documents, negotiations, parties, users } from './schema';
import { DEMO_NEGOTIATION_TITLE, seedDemo } from './seed';

/** The demo document that gets text (Annex A stays empty, so the empty state is on show too). */
export const DEMO_DRAFT_TITLE = 'Chapter III – Security Arrangements';

type Json = Record<string, unknown>;
interface Party {
  id: string;
  short: string;
}
interface Cast {
  gov: Party;
  apm: Party;
  govLead: string;
  apmLead: string;
}

const text = (value: string, marks?: Json[]): Json => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const heading = (uid: string, value: string): Json => ({ type: 'heading', attrs: { level: 2, uid }, content: [text(value)] });
const para = (uid: string, content: Json[], attrs: Json = {}): Json => ({ type: 'paragraph', attrs: { uid, ...attrs }, content });
/** A paragraph whose middle passage is bracketed by `by` once that party has contested it. */
const contested = (uid: string, [before, disputed, after]: [string, string, string], by: { party: Party; userId: string } | null): Json =>
  para(uid, [
    text(before),
    text(disputed, by ? [{ type: 'bracket', attrs: { partyId: by.party.id, partyShort: by.party.short, userId: by.userId } }] : undefined),
    text(after),
  ]);

/**
 * The chapter as it stands after each delegation's turn: GOV drafts Article 1; APM contests its
 * deadline, offers an alternative for the commission and drafts Article 2; GOV then contests the
 * length of the reintegration support. Written for the demo; no sentence is taken from a source.
 */
function turns(c: Cast): { userId: string; doc: Json }[] {
  const article1 = (apmTurn: boolean) => [
    heading('demo-a1', 'Article 1 – Cessation of hostilities'),
    para('demo-a1-1', [
      text(
        '1.1 The Parties shall end all offensive military operations throughout the national territory from 00:00 on the day after signature.',
      ),
    ]),
    contested(
      'demo-a1-2',
      [
        '1.2 The forces of the Arandian People’s Movement shall reach the assembly areas listed in Annex A ',
        'within 30 days of signature',
        '.',
      ],
      apmTurn ? { party: c.apm, userId: c.apmLead } : null,
    ),
    para('demo-a1-3', [
      text(
        '1.3 A Joint Ceasefire Commission, chaired by the mediation team, shall monitor compliance and look into every reported violation.',
      ),
    ]),
    ...(apmTurn
      ? [
          para(
            'demo-a1-3-alt2',
            [
              text(
                '1.3 A Joint Ceasefire Commission with an international chair and equal seats for both Parties shall monitor compliance and look into every reported violation.',
              ),
            ],
            { altOf: 'demo-a1-3', altLabel: 'Alt 2', altParty: c.apm.id, altPartyShort: c.apm.short },
          ),
        ]
      : []),
  ];
  const article2 = (govTurn: boolean) => [
    heading('demo-a2', 'Article 2 – Disarmament, demobilisation and reintegration'),
    para('demo-a2-1', [
      text(
        '2.1 Combatants who register at an assembly area shall hand their weapons to the verification mission, which records each one and keeps them under a two-key lock.',
      ),
    ]),
    contested(
      'demo-a2-2',
      [
        '2.2 Each former combatant shall receive reintegration support for ',
        'at least 24 months',
        ', including vocational training, health care and access to land.',
      ],
      govTurn ? { party: c.gov, userId: c.govLead } : null,
    ),
  ];
  const doc = (...blocks: Json[][]): Json => ({ type: 'doc', content: blocks.flat() });
  return [
    { userId: c.govLead, doc: doc(article1(false)) },
    { userId: c.apmLead, doc: doc(article1(true), article2(false)) },
    { userId: c.govLead, doc: doc(article1(true), article2(true)) },
  ];
}

/**
 * Gives the demo chapter a few clauses, stored as the collaboration server stores edits: one
 * logged update per turn, attributed to its author, so the audit trail, statuses (bracketed) and
 * alternatives all have something to show. Only when the chapter has no text yet.
 * @returns false when the demo negotiation is missing or its chapter already has text.
 */
export async function seedDemoDraft(db: Db): Promise<boolean> {
  const [chapter] = await db
    .select({ id: documents.id, negotiationId: documents.negotiationId })
    .from(documents)
    .innerJoin(negotiations, eq(negotiations.id, documents.negotiationId))
    .where(and(eq(documents.title, DEMO_DRAFT_TITLE), eq(negotiations.title, DEMO_NEGOTIATION_TITLE)))
    .limit(1);
  if (!chapter) return false;
  const [written] = await db.select({ id: docUpdates.id }).from(docUpdates).where(eq(docUpdates.documentId, chapter.id)).limit(1);
  if (written) return false;

  const partyRows = await db.select().from(parties).where(eq(parties.negotiationId, chapter.negotiationId));
  const userRows = await db.select({ id: users.id, email: users.email }).from(users);
  const party = (short: string): Party => ({ id: partyRows.find((p) => p.shortName === short)!.id, short });
  const user = (email: string) => userRows.find((u) => u.email === email)!.id;
  const cast: Cast = { gov: party('GOV'), apm: party('APM'), govLead: user('gov.lead@pactum.test'), apmLead: user('apm.lead@pactum.test') };

  const schema = getSchema(sharedExtensions());
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment(DOCUMENT_FIELD);
  const rows: { documentId: string; update: Uint8Array; userId: string }[] = [];
  try {
    for (const turn of turns(cast)) {
      const before = Y.encodeStateVector(ydoc);
      // The same diff the editor's sync plugin makes, so the stored text is what a browser would write.
      ydoc.transact(() => updateYFragment(ydoc, fragment, PmNode.fromJSON(schema, turn.doc), { mapping: new Map(), isOMark: new Map() }));
      rows.push({ documentId: chapter.id, update: Y.encodeStateAsUpdate(ydoc, before), userId: turn.userId });
    }
  } finally {
    ydoc.destroy();
  }
  await db.insert(docUpdates).values(rows);
  return true;
}

/**
 * The demo as `npm run dev` and `npm run db:seed` create it: accounts and negotiation once, and
 * then the chapter's text unless PACTUM_DEMO_DRAFT=off. @returns false when the demo was there.
 */
export async function seedDemoWithDraft(db: Db): Promise<boolean> {
  if (!(await seedDemo(db))) return false;
  if (process.env.PACTUM_DEMO_DRAFT !== 'off') await seedDemoDraft(db);
  return true;
}
