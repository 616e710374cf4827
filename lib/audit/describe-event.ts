import type { MediationStyle, Role } from '@/lib/negotiations/terms';
import { ROLE_LABELS, STYLE_LABELS } from '@/lib/negotiations/labels';
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
}

const STATUS_NAMES: Record<string, string> = { proposed: 'proposed', bracketed: 'bracketed', parked: 'parked' };

const KIND_WORDS: Record<string, string> = { deadline: 'a deadline', incentive: 'an incentive', guarantee: 'a guarantee', condition: 'a condition', pledge: 'a pledge' };

/** “Title” of the document an event concerns, or a neutral phrase. */
const docName = (ctx: DescribeContext, id: unknown, fallback: unknown) => {
  const title = ctx.documentTitle?.(typeof id === 'string' ? id : null) ?? (typeof fallback === 'string' ? fallback : null);
  return title ? `“${title}”` : 'a document';
};

const roleWithParty = (ctx: DescribeContext, role: unknown, partyId: unknown) => {
  const label = ROLE_LABELS[role as Role] ?? 'a member';
  const party = ctx.partyName(partyId as string | null);
  return party ? `${label} (${party})` : label;
};

/** Quoted text from an event, shortened for a one-line sentence. */
const quoted = (text: unknown) => {
  const t = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  return t ? `“${t.length > 80 ? `${t.slice(0, 79)}…` : t}”` : 'a passage';
};
const forParty = (ctx: DescribeContext, partyId: unknown) => {
  const party = ctx.partyName(partyId as string | null);
  return party ? ` for ${party}` : '';
};

/**
 * A plain-language sentence (without the actor) for one audit event, e.g. "changed the style to Formulative".
 * Stored rows are plain text; an action outside AUDIT_ACTIONS (an older name) is spelled out as words.
 */
export function describeEvent(action: AuditAction | (string & {}), targetId: string | null, details: Record<string, unknown>, ctx: DescribeContext): string {
  const known = action as AuditAction;
  switch (known) {
    case 'negotiation.create': {
      // Events from before the style was chosen at creation carry no style.
      const style = STYLE_LABELS[details.style as MediationStyle];
      return style ? `opened the negotiation in the ${style.toLowerCase()} style` : 'opened the negotiation';
    }
    case 'style.change':
      return `changed the mediation style from ${STYLE_LABELS[details.from as MediationStyle] ?? '—'} to ${STYLE_LABELS[details.to as MediationStyle] ?? '—'}`;
    case 'document.create':
      return details.kind === 'shared' ? `added the shared document “${String(details.title)}”` : 'added a private document';
    case 'member.invite':
      return `invited ${ctx.showEmails ? String(details.email) : 'someone'} as ${roleWithParty(ctx, details.role, details.partyId)}`;
    case 'member.join':
      return `joined as ${roleWithParty(ctx, details.role, details.partyId)}`;
    case 'member.role_change':
      return `changed ${ctx.userName(targetId)}’s role from ${roleWithParty(ctx, details.from, details.fromPartyId)} to ${roleWithParty(ctx, details.to, details.toPartyId)}`;
    case 'member.remove':
      return `removed ${ctx.userName(targetId)} from the negotiation`;
    case 'status.ad_ref':
      return `agreed ad ref to ‘${String(details.label)}’ in ${docName(ctx, details.documentId, details.documentTitle)} for ${String(details.partyShortName)}`;
    case 'status.confirm':
      return `confirmed ‘${String(details.label)}’ in ${docName(ctx, details.documentId, details.documentTitle)} for ${String(details.partyShortName)}`;
    case 'status.withdraw':
      return `withdrew ${String(details.partyShortName)}’s agreement to ‘${String(details.label)}’ in ${docName(ctx, details.documentId, details.documentTitle)}`;
    case 'status.changed_after_agreement': {
      const who = Array.isArray(details.parties) ? (details.parties as { shortName?: string }[]).map((p) => p.shortName ?? '?').join(' and ') : 'the parties';
      const what = details.removed ? 'removed' : 'changed';
      return `${what} ‘${String(details.label)}’ in ${docName(ctx, details.documentId, details.documentTitle)} after ${who} had agreed to it; that agreement no longer counts`;
    }
    case 'status.set':
      return `set ‘${String(details.label)}’ in ${docName(ctx, details.documentId, details.documentTitle)} to ${STATUS_NAMES[String(details.to)] ?? String(details.to)}`;
    case 'comment.create':
      return `${details.reply ? 'replied to a comment' : 'commented'} on ${docName(ctx, details.documentId, details.documentTitle)}`;
    case 'comment.resolve':
      return `resolved a comment thread on ${docName(ctx, details.documentId, details.documentTitle)}`;
    case 'comment.reopen':
      return `reopened a comment thread on ${docName(ctx, details.documentId, details.documentTitle)}`;
    case 'version.create':
      return `saved version ${String(details.number)} “${String(details.name)}” of ${docName(ctx, targetId, null)}`;
    case 'clause.offer':
      return `offered the library clause “${String(details.title ?? details.clauseId)}” (${String(details.variant ?? 'standard')}) on ${docName(ctx, targetId, details.documentTitle)}`;
    case 'bracket.place':
      return `bracketed ${quoted(details.text)} in ${docName(ctx, targetId, null)}${forParty(ctx, details.partyId)}${details.asSuggestion ? ' (as a suggestion)' : ''}`;
    case 'bracket.clean':
      return `removed the brackets from ${quoted(details.text)} in ${docName(ctx, targetId, null)}`;
    case 'alternative.propose':
      return `proposed an alternative wording ${quoted(details.text)} in ${docName(ctx, targetId, null)}${forParty(ctx, details.partyId)}`;
    case 'alternative.collapse':
      return `collapsed the alternatives in ${docName(ctx, targetId, null)}, keeping ${String(details.label ?? 'one')}${details.text ? `: ${quoted(details.text)}` : ''}`;
    case 'suggestion.accept':
    case 'suggestion.reject': {
      const n = Number(details.count ?? 1);
      const verb = known === 'suggestion.accept' ? 'accepted' : 'rejected';
      const party = ctx.partyName(details.partyId as string | null);
      return `${verb} ${n === 1 ? 'a suggestion' : `${n} suggestions`}${party ? ` by ${party}` : ''} in ${docName(ctx, targetId, null)}`;
    }
    case 'version.restore':
      return `restored version ${String(details.restoredFrom)} “${String(details.name)}” of ${docName(ctx, targetId, null)} as version ${String(details.newVersion)}`;
    case 'attachment.add':
      return `attached ${KIND_WORDS[String(details.kind)] ?? 'a commitment'} to a clause of ${docName(ctx, details.documentId, null)}`;
    case 'attachment.withdraw':
      return `withdrew ${KIND_WORDS[String(details.kind)] ?? 'a commitment'} from a clause of ${docName(ctx, details.documentId, null)}`;
    case 'floor.give':
      return `gave the floor to ${details.holder === 'mediation' ? 'the mediation team' : (ctx.partyName(details.partyId as string | null) ?? String(details.partyShortName ?? 'a delegation'))} on ${docName(ctx, details.documentId, details.documentTitle)}`;
    case 'floor.take_back':
      return `took the floor back on ${docName(ctx, details.documentId, null)}`;
    case 'text.release':
      return `released the mediation team’s text into ${docName(ctx, targetId, null)} as “${String(details.name ?? 'Mediator’s text')}”`;
    case 'document.edit': {
      const n = Number(details.changes ?? 0);
      return `edited ${docName(ctx, targetId, null)} (${n} ${n === 1 ? 'change' : 'changes'})`;
    }
    case 'document.export':
      return `downloaded ${docName(ctx, targetId, null)} as a Word document${details.clean ? ' (clean text)' : ''}${details.format === 'docx-bilingual' ? ' (two languages side by side)' : ''}`;
    case 'document.quarantined':
      return `set aside ${Number(details.parts ?? 1) === 1 ? 'a stored edit' : `${Number(details.parts)} stored edits`} of ${docName(ctx, details.documentId, details.documentTitle)} that could not be loaded`;
    case 'language.align':
      return `marked a provision of ${docName(ctx, targetId, null)} aligned with its other language versions`;
    default: {
      // Every AuditAction has its case above (checked here by the compiler); older names fall through.
      const older: never = known;
      return String(older).replace(/[._]/g, ' ');
    }
  }
}
