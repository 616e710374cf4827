import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { ATTACHMENT_KIND_NAMES } from '@/lib/commitments/kinds';
import type { Locale } from '@/lib/i18n/locales';
import { ROLES, STYLES } from '@/lib/negotiations/terms';
import type { AuditAction } from './audit-actions';

export interface DescribeContext {
  /** user id → name, for members named in events. */
  userName: (id: string | null | undefined) => string;
  /** party id → short name. */
  partyName: (id: string | null | undefined) => string | null;
  /** Whether the reader may see invited email addresses. */
  showEmails: boolean;
  /** document id → title, for documents the reader may see (null otherwise). */
  documentTitle?: (id: string | null | undefined) => string | null;
  /** The reader's interface language (English when not given). */
  locale?: Locale;
}

const CATALOGUES = { en, fr, ar } as const;
const translators = new Map<Locale, ReturnType<typeof makeTranslators>>();
function makeTranslators(locale: Locale) {
  const messages = CATALOGUES[locale];
  return {
    t: createTranslator({ locale, messages, namespace: 'events' }),
    role: createTranslator({ locale, messages, namespace: 'roles' }),
    style: createTranslator({ locale, messages, namespace: 'styles' }),
    status: createTranslator({ locale, messages, namespace: 'statuses' }),
    variant: createTranslator({ locale, messages, namespace: 'clausePanel' }),
  };
}
/** The event sentences of one language (made once per language: a translator caches its formats). */
function translatorsFor(locale: Locale = 'en') {
  let found = translators.get(locale);
  if (!found) translators.set(locale, (found = makeTranslators(locale)));
  return found;
}

type Tr = ReturnType<typeof makeTranslators>;
const KINDS = ATTACHMENT_KIND_NAMES;
const PROCEDURAL = ['proposed', 'bracketed', 'parked'] as const;
const VARIANTS = ['maximal', 'standard', 'fallback'] as const;
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null => (list.includes(value as T) ? (value as T) : null);

/** “Title” of the document an event concerns, or a neutral phrase. */
const docName = (tr: Tr, ctx: DescribeContext, id: unknown, fallback: unknown) => {
  const title = ctx.documentTitle?.(typeof id === 'string' ? id : null) ?? (typeof fallback === 'string' ? fallback : null);
  return title ? tr.t('docTitle', { title }) : tr.t('aDocument');
};

const roleWithParty = (tr: Tr, ctx: DescribeContext, role: unknown, partyId: unknown) => {
  const known = oneOf(ROLES, role);
  const label = known ? tr.role(known) : tr.t('aMember');
  const party = ctx.partyName(partyId as string | null);
  return party ? tr.t('roleWithParty', { role: label, party }) : label;
};

/** Quoted text from an event, shortened for a one-line sentence. */
const quoted = (tr: Tr, text: unknown) => {
  const t = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  return t ? tr.t('quoted', { text: t.length > 80 ? `${t.slice(0, 79)}…` : t }) : tr.t('aPassage');
};
const forParty = (tr: Tr, ctx: DescribeContext, partyId: unknown) => {
  const party = ctx.partyName(partyId as string | null);
  return party ? tr.t('forParty', { party }) : '';
};
const styleName = (tr: Tr, style: unknown) => {
  const known = oneOf(STYLES, style);
  return known ? tr.style(known) : '—';
};

/**
 * A plain-language sentence (without the actor) for one audit event in the reader's language
 * (ctx.locale), e.g. "changed the style to Formulative". Sentences live in messages/*.json (`events`).
 * Stored rows are plain text; an action outside AUDIT_ACTIONS (an older name) is spelled out as words.
 */
export function describeEvent(
  action: AuditAction | (string & {}),
  targetId: string | null,
  details: Record<string, unknown>,
  ctx: DescribeContext,
): string {
  const tr = translatorsFor(ctx.locale);
  const { t } = tr;
  const doc = (id: unknown, fallback: unknown = null) => docName(tr, ctx, id, fallback);
  const label = String(details.label);
  const known = action as AuditAction;
  switch (known) {
    case 'negotiation.create': {
      // Events from before the style was chosen at creation carry no style.
      const style = oneOf(STYLES, details.style);
      return style ? t('openedInStyle', { style: tr.style(style).toLocaleLowerCase(ctx.locale ?? 'en') }) : t('opened');
    }
    case 'style.change':
      return t('styleChange', { from: styleName(tr, details.from), to: styleName(tr, details.to) });
    case 'document.create':
      return details.kind === 'shared' ? t('docShared', { title: String(details.title) }) : t('docPrivate');
    case 'member.invite':
      return t('invite', {
        who: ctx.showEmails ? String(details.email) : t('someone'),
        role: roleWithParty(tr, ctx, details.role, details.partyId),
      });
    case 'member.join':
      return t('join', { role: roleWithParty(tr, ctx, details.role, details.partyId) });
    case 'member.role_change':
      return t('roleChange', {
        name: ctx.userName(targetId),
        from: roleWithParty(tr, ctx, details.from, details.fromPartyId),
        to: roleWithParty(tr, ctx, details.to, details.toPartyId),
      });
    case 'member.remove':
      return t('remove', { name: ctx.userName(targetId) });
    case 'status.ad_ref':
      return t('adRef', { label, doc: doc(details.documentId, details.documentTitle), party: String(details.partyShortName) });
    case 'status.confirm':
      return t('confirm', { label, doc: doc(details.documentId, details.documentTitle), party: String(details.partyShortName) });
    case 'status.withdraw':
      return t('withdraw', { party: String(details.partyShortName), label, doc: doc(details.documentId, details.documentTitle) });
    case 'status.changed_after_agreement': {
      const who = Array.isArray(details.parties)
        ? (details.parties as { shortName?: string }[]).map((p) => p.shortName ?? '?').join(t('and'))
        : t('theParties');
      return t(details.removed ? 'removedAfter' : 'changedAfter', { label, doc: doc(details.documentId, details.documentTitle), who });
    }
    case 'status.set': {
      const status = oneOf(PROCEDURAL, details.to);
      return t('statusSet', {
        label,
        doc: doc(details.documentId, details.documentTitle),
        status: status ? tr.status(status).toLocaleLowerCase(ctx.locale ?? 'en') : String(details.to),
      });
    }
    case 'comment.create':
      return t(details.reply ? 'replied' : 'commented', { doc: doc(details.documentId, details.documentTitle) });
    case 'comment.resolve':
      return t('resolved', { doc: doc(details.documentId, details.documentTitle) });
    case 'comment.reopen':
      return t('reopened', { doc: doc(details.documentId, details.documentTitle) });
    case 'version.create':
      return t('versionCreate', { number: String(details.number), name: String(details.name), doc: doc(targetId) });
    case 'clause.offer': {
      const variant = oneOf(VARIANTS, details.variant ?? 'standard');
      return t('clauseOffer', {
        title: String(details.title ?? details.clauseId),
        variant: variant ? tr.variant(`variant_${variant}`) : String(details.variant),
        doc: doc(targetId, details.documentTitle),
      });
    }
    case 'bracket.place':
      return (
        t('bracketPlace', { text: quoted(tr, details.text), doc: doc(targetId) }) +
        forParty(tr, ctx, details.partyId) +
        (details.asSuggestion ? t('asSuggestion') : '')
      );
    case 'bracket.clean':
      return t('bracketClean', { text: quoted(tr, details.text), doc: doc(targetId) });
    case 'alternative.propose':
      return t('altPropose', { text: quoted(tr, details.text), doc: doc(targetId) }) + forParty(tr, ctx, details.partyId);
    case 'alternative.collapse':
      return (
        t('altCollapse', { doc: doc(targetId), label: details.label ? String(details.label) : t('one') }) +
        (details.text ? t('altCollapseText', { text: quoted(tr, details.text) }) : '')
      );
    case 'suggestion.accept':
    case 'suggestion.reject': {
      const n = Number(details.count ?? 1);
      const party = ctx.partyName(details.partyId as string | null);
      const what = (n === 1 ? t('aSuggestion') : t('nSuggestions', { count: n })) + (party ? t('byParty', { party }) : '');
      return t(known === 'suggestion.accept' ? 'accepted' : 'rejected', { what, doc: doc(targetId) });
    }
    case 'version.restore':
      return t('versionRestore', {
        from: String(details.restoredFrom),
        name: String(details.name),
        doc: doc(targetId),
        to: String(details.newVersion),
      });
    case 'attachment.add':
    case 'attachment.withdraw': {
      const kind = oneOf(KINDS, details.kind);
      return t(known === 'attachment.add' ? 'attachAdd' : 'attachWithdraw', {
        kind: t(kind ? `kind_${kind}` : 'kind_other'),
        doc: doc(details.documentId),
      });
    }
    case 'floor.give': {
      const who =
        details.holder === 'mediation'
          ? t('mediationTeam')
          : (ctx.partyName(details.partyId as string | null) ??
            (details.partyShortName ? String(details.partyShortName) : t('aDelegation')));
      return t('floorGive', { who, doc: doc(details.documentId, details.documentTitle) });
    }
    case 'floor.take_back':
      return t('floorTake', { doc: doc(details.documentId) });
    case 'text.release':
      return t('release', { doc: doc(targetId), name: details.name ? String(details.name) : t('mediatorsText') });
    case 'document.edit':
      return t('edited', { doc: doc(targetId), count: Number(details.changes ?? 0) });
    case 'document.export':
      return (
        t('exported', { doc: doc(targetId) }) +
        (details.clean ? t('exportedClean') : '') +
        (details.format === 'docx-bilingual' ? t('exportedBilingual') : '')
      );
    case 'document.quarantined': {
      const parts = Number(details.parts ?? 1);
      const where = doc(details.documentId, details.documentTitle);
      return parts === 1 ? t('quarantinedOne', { doc: where }) : t('quarantinedMany', { count: parts, doc: where });
    }
    case 'language.align':
      return t('aligned', { doc: doc(targetId) });
    default: {
      // Every AuditAction has its case above (checked here by the compiler); older names fall through.
      const older: never = known;
      return String(older).replace(/[._]/g, ' ');
    }
  }
}
