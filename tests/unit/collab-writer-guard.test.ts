import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkCraftOwnership } from '@/lib/collab/craft-ownership';
import { mentionsCraft } from '@/lib/collab/suggest-guard';
import type { CraftRights } from '@/lib/editor/drafting-guard';
import { docWithParagraphs } from '../support/ydoc';

const GOV = '22222222-2222-4222-8222-222222222222';
const APM = '44444444-4444-4444-8444-444444444444';
const govBracket = { partyId: GOV, partyShort: 'GOV', userId: '11111111-1111-4111-8111-111111111111' };

const rights = (r: Partial<CraftRights>): CraftRights => ({ partyId: APM, cleanBrackets: 'own', mayCollapse: false, ...r });

/** A document whose first paragraph has "30 days" bracketed by GOV, and an APM alternative after it. */
function draft(): Y.Doc {
  const doc = docWithParagraphs('Forces withdraw within 30 days.');
  const text = (doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
  text.format(23, 7, { bracket: govBracket });
  const alt = new Y.XmlElement('paragraph');
  alt.setAttribute('altOf', 'p1');
  alt.setAttribute('altLabel', 'Alt 2');
  alt.setAttribute('altParty', APM);
  alt.setAttribute('altPartyShort', 'APM');
  alt.insert(0, [new Y.XmlText('Forces withdraw within 90 days.')]);
  doc.getXmlFragment('default').push([alt]);
  return doc;
}

/** The update a replica of `server` produces for `edit`. */
function edit(server: Y.Doc, change: (fragment: Y.XmlFragment, text: Y.XmlText) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  const fragment = client.getXmlFragment('default');
  change(fragment, (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText);
  return Y.encodeStateAsUpdate(client, before);
}

/** The socket's check: the decoded update, struct by struct. */
const check = (server: Y.Doc, update: Uint8Array, r: CraftRights) => checkCraftOwnership(server, Y.decodeUpdate(update), r);

describe('direct writers and other parties’ markings', () => {
  it('lets a party type outside other parties’ brackets, and only the bracketing party (or the mediator) inside', () => {
    const server = draft();
    expect(
      check(
        server,
        edit(server, (_f, t) => t.insert(0, 'All ')),
        rights({}),
      ).ok,
    ).toBe(true);
    const inside = edit(server, (_f, t) => t.insert(26, ' calendar', { bracket: govBracket }));
    expect(check(server, inside, rights({}))).toEqual({ ok: false, reason: expect.stringContaining('GOV') });
    expect(check(server, inside, rights({ partyId: GOV, cleanBrackets: 'none' })).ok).toBe(true);
    expect(check(server, inside, rights({ partyId: null, cleanBrackets: 'any', mayCollapse: true })).ok).toBe(true);
  });

  it('refuses a same-length rewrite inside GOV’s bracket and moving the bracket', () => {
    const server = draft();
    const rewrite = edit(server, (_f, t) => {
      t.delete(23, 2);
      t.insert(23, '90', { bracket: govBracket });
    });
    const move = edit(server, (_f, t) => {
      t.format(23, 7, { bracket: null });
      t.format(7, 7, { bracket: govBracket });
    });
    expect(check(server, rewrite, rights({})).ok).toBe(false);
    expect(check(server, move, rights({})).ok).toBe(false);
    expect(check(server, rewrite, rights({ partyId: GOV })).ok).toBe(true);
  });

  it('refuses another party lifting GOV’s bracket or deleting the bracketed words; the mediator may', () => {
    const server = draft();
    const lift = edit(server, (_f, t) => t.format(23, 7, { bracket: null }));
    const cut = edit(server, (_f, t) => t.delete(23, 3));
    const verdict = check(server, lift, rights({}));
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining('GOV') });
    expect(check(server, cut, rights({})).ok).toBe(false);
    expect(check(server, lift, rights({ partyId: null, cleanBrackets: 'any', mayCollapse: true })).ok).toBe(true);
  });

  it('lets GOV’s lead clean its own bracket but not a member without bracket.clean', () => {
    const server = draft();
    const lift = edit(server, (_f, t) => t.format(23, 7, { bracket: null }));
    expect(check(server, lift, rights({ partyId: GOV })).ok).toBe(true);
    expect(check(server, lift, rights({ partyId: GOV, cleanBrackets: 'none' })).ok).toBe(false);
  });

  it('keeps an alternative unless its own party withdraws it or the mediator collapses', () => {
    const server = draft();
    const drop = edit(server, (f) => f.delete(1, 1));
    expect(check(server, drop, rights({ partyId: GOV })).ok).toBe(false);
    expect(check(server, drop, rights({ partyId: APM })).ok).toBe(true);
    expect(check(server, drop, rights({ partyId: null, cleanBrackets: 'any', mayCollapse: true })).ok).toBe(true);
  });

  it('refuses an alternative claimed in another party’s name', () => {
    const server = draft();
    const claim = edit(server, (f) => {
      const alt = new Y.XmlElement('paragraph');
      alt.setAttribute('altOf', 'p1');
      alt.setAttribute('altLabel', 'Alt 3');
      alt.setAttribute('altParty', GOV);
      f.push([alt]);
    });
    expect(check(server, claim, rights({})).ok).toBe(false);
    expect(check(server, claim, rights({ partyId: GOV })).ok).toBe(true);
  });

  it('knows which documents and updates mention markings (the room skips the check otherwise)', () => {
    const plain = docWithParagraphs('No markings here.');
    expect(mentionsCraft(Y.encodeStateAsUpdate(plain))).toBe(false);
    expect(mentionsCraft(Y.encodeStateAsUpdate(draft()))).toBe(true);
  });
});
