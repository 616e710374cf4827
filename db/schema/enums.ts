import { pgEnum } from 'drizzle-orm/pg-core';

export const ROLES = [
  'lead_negotiator',
  'delegation_member',
  'lead_mediator',
  'mediation_expert',
  'guarantor',
  'technical_expert',
  'observer',
] as const;
export type Role = (typeof ROLES)[number];

export const STYLES = ['facilitative', 'formulative', 'power_based'] as const;
export type MediationStyle = (typeof STYLES)[number];

export const DOCUMENT_KINDS = ['shared', 'caucus', 'mediator_private'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const roleEnum = pgEnum('member_role', ROLES);
export const styleEnum = pgEnum('mediation_style', STYLES);
export const documentKindEnum = pgEnum('document_kind', DOCUMENT_KINDS);
