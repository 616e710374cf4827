import { createElement as h } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { CommentThread } from '@/components/comments/comment-thread';
import { ActivityList } from '@/components/negotiations/activity-list';
import { ClauseStatusRow } from '@/components/status/clause-status-row';
import { PackageBanner } from '@/components/status/package-banner';
import type { PackageJson } from '@/components/status/status-api';
import type { ThreadJson } from '@/components/comments/comments-api';
import { isolate } from '@/components/ui/bdi';

/** Names and titles people typed keep their own direction inside a sentence of the other script. */
const render = (locale: 'ar' | 'en', element: React.ReactElement) =>
  renderToStaticMarkup(h(NextIntlClientProvider, { locale, timeZone: 'UTC', messages: locale === 'ar' ? ar : en, children: element }));

describe('user-supplied values in translated sentences', () => {
  it('isolates a string value with FSI…PDI', () => {
    expect(isolate('Ruth Abeyta')).toBe('\u2068Ruth Abeyta\u2069');
  });

  it('wraps the author and the resolver of a thread', () => {
    const at = '2026-12-07T10:00:00Z';
    const thread = {
      id: 't1',
      body: 'Check the dates.',
      createdAt: at,
      author: { id: 'u2', name: 'Ruth Abeyta' },
      mentions: [],
      anchor: null,
      quote: null,
      resolvedAt: at,
      resolvedBy: { id: 'u2', name: 'Ruth Abeyta' },
      replies: [],
    } as unknown as ThreadJson;
    const noop = async () => null;
    const html = render(
      'ar',
      h(CommentThread, { thread, currentUserId: 'u1', canComment: false, members: [], onReply: noop, onResolve: noop }),
    );
    expect(html).toContain('<bdi>Ruth Abeyta</bdi>');
    expect(html).toMatch(/حلّها <bdi>Ruth Abeyta<\/bdi>/);
    // Accessible names are spoken, not laid out: they stay plain (tests and assistive technology match them as text).
    expect(html).toContain(`aria-label="${ar.comments.by.replace('{name}', 'Ruth Abeyta')}"`);
  });

  it('wraps the actor of an activity entry', () => {
    const html = render(
      'ar',
      h(ActivityList, { events: [{ id: 'e1', at: '2026-12-07T10:00:00Z', actorName: 'Helena Marsh', summary: 'x' } as never] }),
    );
    expect(html).toMatch(/<bdi[^>]*>Helena Marsh<\/bdi>/);
  });

  it('wraps document titles, clause labels and party names in the package banner', () => {
    const pkg = {
      provisional: true,
      agreed: 0,
      total: 1,
      documents: [],
      outOfStep: [],
      open: [
        {
          documentId: 'd1',
          documentTitle: 'Chapter III',
          clauseKey: 'c1',
          label: '1.1 Cantonment',
          status: 'proposed',
          partiesNotAgreed: ['GOV', 'APM'],
        },
      ],
    } as unknown as PackageJson;
    const html = render('ar', h(PackageBanner, { pkg }));
    expect(html).toContain('<bdi>Chapter III</bdi>');
    expect(html).toContain('<bdi>1.1 Cantonment</bdi>');
    expect(html).toContain(`${isolate('GOV')}, ${isolate('APM')}`);
  });

  it('wraps the parties whose agreement a changed clause lost, and each party on the board', () => {
    const clause = {
      clauseKey: 'c1',
      label: '1.1 Cantonment',
      status: 'changed',
      procedural: 'proposed',
      textHash: 'h',
      hasBracket: false,
      hasSuggestion: false,
      alternatives: 0,
      positions: [{ partyId: 'p1', shortName: 'GOV', position: 'ad_ref', current: false }],
      changed: { parties: ['GOV'], agreedText: null, parts: [] },
    } as never;
    const me = { partyId: null, canSetPartyPosition: false, canSetProcedural: false };
    const html = render('ar', h(ClauseStatusRow, { clause, me, busy: false, onChange: () => {} }));
    expect(html).toMatch(/وافق <bdi>GOV<\/bdi> على صيغة سابقة/);
    expect(html).toContain('<bdi>GOV</bdi>:');
  });
});
