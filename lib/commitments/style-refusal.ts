import type { MediationStyle } from '@/lib/negotiations/terms';
import { canAttach } from '@/lib/access/attachment-policy';
import type { Actor } from '@/lib/access/policy';
import { STYLE_LABELS } from '@/lib/negotiations/labels';
import type { AttachmentKindName } from './kinds';

/**
 * Why this actor may not attach this kind now, in words a person can act on; null when allowed.
 * The decision itself comes from lib/access; this only explains it.
 */
export function attachRefusal(actor: Actor, style: MediationStyle, kind: AttachmentKindName): string | null {
  if (canAttach(actor, style, kind)) return null;
  if (style !== 'power_based') {
    return `Commitments can only be added under power-based mediation. This negotiation uses ${STYLE_LABELS[style].toLowerCase()} mediation, so existing commitments stay visible but read-only.`;
  }
  return kind === 'pledge'
    ? 'Only guarantors and the lead mediator can attach pledges.'
    : 'Only the lead mediator can set deadlines, incentives, guarantees and conditions.';
}
