import type { ClauseStatus } from '@/db/schema/drafting';

export interface PackageJson {
  provisional: boolean;
  agreed: number;
  total: number;
  documents: { documentId: string; title: string; total: number; agreed: number; marks: { brackets: number; suggestions: number; alternatives: number } }[];
  open: { documentId: string; documentTitle: string; clauseKey: string; label: string; status: ClauseStatus; partiesNotAgreed: string[] }[];
}

/** The status board as the browser receives it (GET /api/documents/[id]/status). */
export interface BoardJson {
  documentId: string;
  enabled: boolean;
  parties: { id: string; name: string; shortName: string; color: string }[];
  clauses: {
    clauseKey: string;
    label: string;
    text: string;
    textHash: string;
    hasBracket: boolean;
    hasSuggestion: boolean;
    alternatives: number;
    procedural: 'proposed' | 'bracketed' | 'parked';
    status: ClauseStatus;
    positions: { partyId: string; shortName: string; position: 'ad_ref' | 'confirmed' | null; changedFrom: 'ad_ref' | 'confirmed' | null; updatedAt: string | null }[];
    changed: { parties: string[]; since: string | null; agreedText: string | null; parts: { op: 'equal' | 'insert' | 'delete'; text: string }[] } | null;
  }[];
  counts: Record<ClauseStatus, number>;
  /** The negotiation's package (null on private notes). */
  package: PackageJson | null;
  me: { partyId: string | null; canSetPartyPosition: boolean; canSetProcedural: boolean };
}

export type ClauseJson = BoardJson['clauses'][number];
export type StatusAction = { clauseKey: string; action: 'ad_ref' | 'confirm' | 'withdraw'; textHash?: string } | { clauseKey: string; action: 'set'; status: ClauseJson['procedural'] };

export const statusUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/status`;
