'use client';

import { useTranslations } from 'next-intl';
import type { InsertPermission } from '@/lib/clauses/get-insert-permission';
import type { ClauseVariant } from '@/lib/clauses/clause-terms';
import { ui } from '@/components/ui/styles';

export interface InsertActionProps {
  variant: ClauseVariant;
  permission: InsertPermission | null;
  /** Whether the editor accepts edits now (read-only before sync or for read-only roles). */
  editable: boolean;
  onInsert: (variant: ClauseVariant) => void;
  onOffer: (variant: ClauseVariant) => void;
}

/**
 * The button under a variant, following the matrix decision: allow → Insert; suggest → Insert as
 * proposal (the server decides whether the edit is taken as a suggestion); a facilitative mediator
 * (suggest) cannot write the text, so offers the clause to the parties instead; deny → preview only.
 */
export function InsertAction({ variant, permission, editable, onInsert, onOffer }: InsertActionProps) {
  const t = useTranslations('clausePanel');
  if (!permission) return null;
  const name = t(`variant_${variant}`);
  const writable = editable;
  if (permission.decision === 'deny') return null;
  if (permission.decision === 'suggest' && permission.role === 'lead_mediator') {
    return (
      <>
        <button type="button" className={ui.buttonSecondary} onClick={() => onOffer(variant)}>
          {t('offer', { variant: name })}
        </button>
        <p className="mt-1 text-xs text-muted">{t('offerHint')}</p>
      </>
    );
  }
  const label = permission.decision === 'allow' ? t('insert', { variant: name }) : t('insertProposal', { variant: name });
  return (
    <>
      <button
        type="button"
        className={ui.button}
        disabled={!writable}
        onClick={() => onInsert(variant)}
        aria-describedby={writable ? undefined : `insert-hint-${variant}`}
      >
        {label}
      </button>
      {!writable && (
        <p id={`insert-hint-${variant}`} className="mt-1 text-xs text-muted">
          {t('readOnlyEditor')}
        </p>
      )}
    </>
  );
}
