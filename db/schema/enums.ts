import { pgEnum } from 'drizzle-orm/pg-core';
import { DAY_ZERO_EVENTS, DOCUMENT_KINDS, ROLES, SIGNATORY_ROLES, STYLES } from '../../lib/negotiations/terms';

/** The database's enums, built from the domain's lists in lib/negotiations/terms.ts. */
export const roleEnum = pgEnum('member_role', ROLES);
export const partyRoleEnum = pgEnum('party_role', SIGNATORY_ROLES);
export const dayZeroEnum = pgEnum('day_zero', DAY_ZERO_EVENTS);
export const styleEnum = pgEnum('mediation_style', STYLES);
export const documentKindEnum = pgEnum('document_kind', DOCUMENT_KINDS);
