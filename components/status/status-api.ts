import type { ClauseStatus } from '@/db/schema/drafting';

/** A provision of a language version out of step with its counterparts. */
export interface OutOfStepJson {
  documentId: string;
  documentTitle: string;
  language: string | null;
  clauseKey: string;
  label?: string;
  since: string;
}

export interface PackageJson {
  provisional: boolean;
  agreed: number;
  total: number;
  documents: {
    documentId: string;
    title: string;
    total: number;
    agreed: number;
    marks: { brackets: number; suggestions: number; alternatives: number };
  }[];
  open: {
    documentId: string;
    documentTitle: string;
    clauseKey: string;
    label: string;
    status: ClauseStatus;
    partiesNotAgreed: string[];
    languages?: string[];
    missingIn?: string[];
  }[];
  /** Provisions of authentic texts out of step with their counterparts (they hold the package). */
  outOfStep?: OutOfStepJson[];
  /** Provisions of working translations out of step (reported only). */
  translationsOutOfStep?: OutOfStepJson[];
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
    positions: {
      partyId: string;
      shortName: string;
      position: 'ad_ref' | 'confirmed' | null;
      changedFrom: 'ad_ref' | 'confirmed' | null;
      updatedAt: string | null;
    }[];
    changed: {
      parties: string[];
      since: string | null;
      agreedText: string | null;
      parts: { op: 'equal' | 'insert' | 'delete'; text: string }[];
    } | null;
  }[];
  counts: Record<ClauseStatus, number>;
  /** The negotiation's package (null on private notes). */
  package: PackageJson | null;
  me: { partyId: string | null; canSetPartyPosition: boolean; canSetProcedural: boolean };
  /** Language versions of the draft, and this text's provisions that are out of step (key → since). */
  languages: {
    language: string | null;
    versions: { id: string; title: string; language: string | null; authentic: boolean }[];
    outOfStep: Record<string, string>;
    canMarkAligned: boolean;
  } | null;
}

export type ClauseJson = BoardJson['clauses'][number];
export type StatusAction =
  | { clauseKey: string; action: 'ad_ref' | 'confirm' | 'withdraw'; textHash?: string }
  | { clauseKey: string; action: 'set'; status: ClauseJson['procedural'] };

export const statusUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/status`;
