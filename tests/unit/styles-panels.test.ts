import { createElement as h } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup as renderBare } from 'react-dom/server';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { describe, expect, it } from 'vitest';
import { CommitmentsPanel } from '@/components/styles/commitments-panel';
import { formatCountdown } from '@/components/styles/countdown';
import { LedgerPanel } from '@/components/styles/ledger-panel';
import { RoleCapabilities } from '@/components/styles/role-capabilities';
import type { Actor } from '@/lib/access/policy';
import type { AttachmentView } from '@/lib/commitments/attachment-view';
import { describeCapabilities } from '@/lib/styles/describe-capabilities';

/** Components read the interface language from next-intl, as under the app's root layout (English, UTC). */
const renderToStaticMarkup = (element: React.ReactElement) =>
  renderBare(h(NextIntlClientProvider, { locale: 'en', timeZone: 'UTC', messages: en, children: element }));

const H = 3_600_000;
const shared = { kind: 'shared' as const, partyId: null };
const actor = (role: Actor['role'], partyId: string | null = null): Actor => ({ userId: 'u', role, partyId, isConvener: false });

describe('deadline countdown', () => {
  it('reads in days and hours, hours and minutes, then passed', () => {
    const now = Date.UTC(2026, 10, 23, 12);
    expect(formatCountdown(new Date(now + 3 * 24 * H + 4 * H + 5 * 60_000), now)).toBe('3 days 4 h left');
    expect(formatCountdown(new Date(now + 24 * H + 30 * 60_000).toISOString(), now)).toBe('1 day 0 h left');
    expect(formatCountdown(new Date(now + 5 * H + 12 * 60_000), now)).toBe('5 h 12 min left');
    expect(formatCountdown(new Date(now + 7 * 60_000 + 5000), now)).toBe('7 min left');
    expect(formatCountdown(new Date(now + 20_000), now)).toBe('Less than a minute left');
    expect(formatCountdown(new Date(now), now)).toBe('Deadline passed');
    expect(formatCountdown(new Date(now - H), now)).toBe('Deadline passed');
  });
});

describe('role capabilities', () => {
  it('follows decide(): the power-based mediator may set deadlines, the facilitative one only offers clauses', () => {
    const power = describeCapabilities(actor('lead_mediator'), { style: 'power_based', document: shared });
    expect(power.find((c) => c.action === 'deadline.set')?.decision).toBe('allow');
    const fac = describeCapabilities(actor('lead_mediator'), { style: 'facilitative', document: shared });
    expect(fac.find((c) => c.action === 'deadline.set')?.decision).toBe('deny');
    expect(fac.find((c) => c.action === 'clause.insert')).toMatchObject({
      decision: 'suggest',
      suggestLabel: expect.stringMatching(/offer/),
    });
    const html = renderToStaticMarkup(
      h(RoleCapabilities, {
        roleLabel: 'Lead mediator',
        style: { label: 'Facilitative', hint: 'Parties hold the pen.' },
        capabilities: fac,
      }),
    );
    expect(html).toContain('You can propose');
    expect(html).toContain('Not in your role now');
    expect(html).toContain('Edit the text directly');
  });

  it('offers release only on the mediation team’s notes and nothing about commitments in a caucus', () => {
    const notes = describeCapabilities(actor('lead_mediator'), {
      style: 'formulative',
      document: { kind: 'mediator_private', partyId: null },
    });
    expect(notes.find((c) => c.action === 'text.release')?.decision).toBe('allow');
    const caucus = describeCapabilities(actor('lead_negotiator', 'p1'), {
      style: 'power_based',
      document: { kind: 'caucus', partyId: 'p1' },
    });
    expect(caucus.map((c) => c.action)).not.toContain('deadline.set');
    expect(caucus.find((c) => c.action === 'shared.edit')?.decision).toBe('allow');
  });
});

describe('commitment and ledger panels', () => {
  const attachment: AttachmentView = {
    id: 'a1',
    documentId: 'd1',
    clauseKey: 'c1',
    clauseLabel: 'Cantonment sites',
    clauseExists: true,
    kind: 'deadline',
    text: 'Clear the brackets <b>now</b>',
    party: { id: 'p1', shortName: 'GOV', name: 'Government', color: '#1d4ed8' },
    dueAt: new Date(Date.now() + 50 * H).toISOString(),
    createdBy: { id: 'u1', name: 'Helena Marsh' },
    createdAt: new Date().toISOString(),
    withdrawnAt: null,
    canWithdraw: false,
  };

  it('shows attachments beside their clause as plain text, with the form only for allowed kinds', () => {
    const initial = {
      documentId: 'd1',
      clauses: [{ key: 'c1', label: 'Cantonment sites', excerpt: '' }],
      attachments: [attachment],
      canAdd: [],
      readOnlyReason: 'Read only here.',
      readOnly: null,
    };
    const html = renderToStaticMarkup(h(CommitmentsPanel, { documentId: 'd1', initial, parties: [] }));
    expect(html).toContain('Cantonment sites');
    expect(html).toContain('binds GOV');
    expect(html).toContain('&lt;b&gt;now&lt;/b&gt;');
    expect(html).not.toContain('Attach a commitment');
    expect(html).not.toContain('Withdraw');
    const withForm = renderToStaticMarkup(
      h(CommitmentsPanel, { documentId: 'd1', initial: { ...initial, canAdd: ['pledge'], readOnlyReason: null }, parties: [] }),
    );
    expect(withForm).toContain('Attach a commitment');
    expect(withForm).toMatch(/<option value="pledge"[^>]*>Pledge<\/option>/);
  });

  it('says why commitments are read-only in the reader’s language, not the English the API carries', () => {
    const renderIn = (locale: 'fr' | 'ar', messages: typeof fr, initial: React.ComponentProps<typeof CommitmentsPanel>['initial']) =>
      renderBare(
        h(NextIntlClientProvider, {
          locale,
          timeZone: 'UTC',
          messages,
          children: h(CommitmentsPanel, { documentId: 'd1', initial, parties: [] }),
        }),
      );
    const english =
      'Commitments can only be added under power-based mediation. ' +
      'This negotiation uses facilitative mediation, so existing commitments stay visible but read-only.';
    const readOnly = { code: 'style' as const, style: 'facilitative' as const };
    const initial = { documentId: 'd1', clauses: [], attachments: [], canAdd: [], readOnlyReason: english, readOnly };
    const inFrench = renderIn('fr', fr, initial);
    expect(inFrench).not.toContain(english);
    expect(inFrench).toContain(`« ${fr.styles.facilitative} »`);
    const role = 'The lead mediator attaches commitments, and guarantors attach pledges; you can read them here.';
    const roleOnly = { ...initial, readOnlyReason: role, readOnly: { code: 'role' as const } };
    const inArabic = renderIn('ar', ar, roleOnly);
    expect(inArabic).toContain(ar.commitmentsReadOnly.role);
    expect(inArabic).not.toMatch(/lead mediator/);
    expect(renderToStaticMarkup(h(CommitmentsPanel, { documentId: 'd1', initial: roleOnly, parties: [] }))).toContain(role);
  });

  it('lists gains and concessions per party', () => {
    const entry = {
      id: 'a1',
      kind: 'incentive' as const,
      text: 'Reintegration fund',
      documentId: 'd1',
      documentTitle: 'Chapter III',
      clauseKey: 'c1',
      clauseLabel: 'Cantonment sites',
      dueAt: null,
    };
    const ledger = {
      negotiationId: 'n1',
      parties: [{ party: { id: 'p1', name: 'Government', shortName: 'GOV', color: '#1d4ed8' }, gains: [entry], concedes: [] }],
      general: [],
    };
    const html = renderToStaticMarkup(h(LedgerPanel, { negotiationId: 'n1', initial: ledger }));
    expect(html).toContain('Reintegration fund');
    expect(html).toContain('Nothing binding it yet.');
  });
});
