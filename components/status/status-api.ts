import type { ClauseStatus } from '@/db/schema/drafting';

/** The status board as the browser receives it (GET /api/documents/[id]/status). */
export interface BoardJson {
  documentId: string;
  enabled: boolean;
  parties: { id: string; name: string; shortName: string; color: string }[];
  clauses: {
    clauseKey: string;
    label: string;
    hasBracket: boolean;
    procedural: 'proposed' | 'bracketed' | 'parked';
    status: ClauseStatus;
    positions: { partyId: string; shortName: string; position: 'ad_ref' | 'confirmed' | null; updatedAt: string | null }[];
  }[];
  counts: Record<ClauseStatus, number>;
  package: {
    provisional: boolean;
    agreed: number;
    total: number;
    holding: { clauseKey: string; label: string; status: ClauseStatus; partiesNotAgreed: string[] }[];
  };
  me: { partyId: string | null; canSetPartyPosition: boolean; canSetProcedural: boolean };
}

export type ClauseJson = BoardJson['clauses'][number];
export type StatusAction = { clauseKey: string; action: 'ad_ref' | 'confirm' | 'withdraw' } | { clauseKey: string; action: 'set'; status: ClauseJson['procedural'] };

export const statusUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/status`;
