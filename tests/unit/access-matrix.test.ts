import { describe, expect, it } from 'vitest';
import { ROLES, STYLES, type MediationStyle, type Role } from '@/lib/negotiations/terms';
import { ACTIONS } from '@/lib/access/matrix';
import { decide, documentAccess, type Actor, type Decision } from '@/lib/access/policy';

/**
 * The specification, written independently of lib/access/matrix.ts: one row per action, one
 * column per role; a cell is one letter for every style or fac/form/power.
 * A = allow, S = suggest only, D = deny. Every role × style × action combination is checked.
 */
const SPEC = `
action               | lead_negotiator | delegation_member | lead_mediator | mediation_expert | guarantor | technical_expert | observer
negotiation.read     | A     | A     | A     | A | A     | A | A
shared.read          | A     | A     | A     | A | A     | A | A
shared.edit          | A/S/S | A/S/S | D/A/A | S | D     | S | D
shared.suggest       | A     | A     | D/A/A | A | D     | A | D
suggestion.review    | A/D/D | D     | D/A/A | D | D     | D | D
clause.insert        | A/S/S | A/S/S | S/A/A | S | D     | S | D
bracket.place        | A     | S     | A     | D | D     | D | D
bracket.clean        | A     | D     | A     | D | D     | D | D
alternative.collapse | D     | D     | A     | D | D     | D | D
status.party         | A     | D     | D     | D | D     | D | D
status.procedural    | D     | D     | A     | D | D     | D | D
comment.create       | A     | A     | A     | A | A     | A | A
caucus.read          | A     | A     | A     | A | D     | D | D
caucus.write         | A     | A     | A     | A | D     | D | D
text.release         | D     | D     | A     | D | D     | D | D
deadline.set         | D     | D     | D/D/A | D | D     | D | D
pledge.attach        | D     | D     | D/D/A | D | D/D/A | D | D
version.create       | A     | D     | A     | A | D     | D | D
version.restore      | A/D/D | D     | D/A/A | D | D     | D | D
members.manage       | D     | D     | A     | D | D     | D | D
document.create      | D     | D     | A     | D | D     | D | D
style.change         | D     | D     | A     | D | D     | D | D
export               | A     | A     | A     | A | A     | A | D
audit.read           | A     | A     | A     | A | A     | D | D
floor.give           | D     | D     | A     | D | D     | D | D
`;

const LETTER: Record<string, Decision> = { A: 'allow', S: 'suggest', D: 'deny' };

function parseSpec() {
  const [header, ...rows] = SPEC.trim()
    .split('\n')
    .map((line) => line.split('|').map((c) => c.trim()));
  const roles = header!.slice(1) as Role[];
  const cases: { action: string; role: Role; style: MediationStyle; expected: Decision }[] = [];
  for (const row of rows) {
    const [action, ...cells] = row;
    cells.forEach((cell, i) => {
      const parts = cell.split('/');
      STYLES.forEach((style, s) =>
        cases.push({ action: action!, role: roles[i]!, style, expected: LETTER[parts.length === 1 ? parts[0]! : parts[s]!]! }),
      );
    });
  }
  return { roles, actions: rows.map((r) => r[0]), cases };
}

const spec = parseSpec();
const actor = (role: Role, partyId: string | null = null): Actor => ({ userId: 'u', role, partyId, isConvener: false });

describe('permission matrix (role × style × action)', () => {
  it('the spec covers every role and every action exactly once', () => {
    expect([...spec.roles].sort()).toEqual([...ROLES].sort());
    expect([...spec.actions].sort()).toEqual([...ACTIONS].sort());
    expect(spec.cases).toHaveLength(ROLES.length * STYLES.length * ACTIONS.length);
  });

  it.each(spec.cases)('$role under $style: $action → $expected', ({ action, role, style, expected }) => {
    expect(decide(actor(role), action as (typeof ACTIONS)[number], { style })).toBe(expected);
  });
});

describe('private documents', () => {
  const gov = 'party-gov';
  const caucus = { kind: 'caucus' as const, partyId: gov };
  const mediatorNotes = { kind: 'mediator_private' as const, partyId: null };

  it.each(STYLES)('a delegation reads and writes only its own caucus (%s)', (style) => {
    expect(documentAccess(actor('delegation_member', gov), { style, document: caucus })).toBe('write');
    expect(documentAccess(actor('lead_negotiator', 'party-apm'), { style, document: caucus })).toBe('none');
  });

  it.each(STYLES)('nobody outside the owning team sees a caucus or the mediator notes (%s)', (style) => {
    for (const role of ['lead_mediator', 'mediation_expert', 'guarantor', 'technical_expert', 'observer'] as Role[]) {
      expect(documentAccess(actor(role), { style, document: caucus })).toBe('none');
    }
    for (const role of ['lead_negotiator', 'delegation_member', 'guarantor', 'technical_expert', 'observer'] as Role[]) {
      expect(documentAccess(actor(role, gov), { style, document: mediatorNotes })).toBe('none');
    }
    expect(documentAccess(actor('mediation_expert'), { style, document: mediatorNotes })).toBe('write');
  });

  it('shared-document access follows the style', () => {
    const shared = { kind: 'shared' as const, partyId: null };
    expect(documentAccess(actor('lead_negotiator', gov), { style: 'facilitative', document: shared })).toBe('write');
    expect(documentAccess(actor('lead_negotiator', gov), { style: 'formulative', document: shared })).toBe('suggest');
    expect(documentAccess(actor('lead_mediator'), { style: 'facilitative', document: shared })).toBe('read');
    expect(documentAccess(actor('lead_mediator'), { style: 'power_based', document: shared })).toBe('write');
    expect(documentAccess(actor('observer'), { style: 'formulative', document: shared })).toBe('read');
  });

  it.each(STYLES)('restoring a version needs both direct editing and saving versions, on every kind of document (%s)', (style) => {
    const documents = [
      { kind: 'shared' as const, partyId: null },
      caucus,
      { kind: 'caucus' as const, partyId: 'party-apm' },
      mediatorNotes,
    ];
    for (const role of ROLES) {
      for (const document of documents) {
        const resource = { style, document };
        const both =
          decide(actor(role, gov), 'version.create', resource) === 'allow' && decide(actor(role, gov), 'shared.edit', resource) === 'allow';
        expect(decide(actor(role, gov), 'version.restore', resource) === 'allow', `${role} on ${document.kind} ${document.partyId}`).toBe(
          both,
        );
      }
    }
  });

  it('a convener may manage members and add documents whatever their role', () => {
    expect(decide({ ...actor('delegation_member', gov), isConvener: true }, 'members.manage', { style: 'facilitative' })).toBe('allow');
    expect(decide({ ...actor('observer'), isConvener: true }, 'document.create', { style: 'formulative' })).toBe('allow');
  });
});
