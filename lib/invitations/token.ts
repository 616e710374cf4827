import crypto from 'node:crypto';

/** Invitation links stay valid this long. */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** A fresh invitation token (256 random bits, URL-safe); only its hash is stored. */
export const newInvitationToken = () => crypto.randomBytes(32).toString('base64url');

/** SHA-256 of a token as hex: what `invitations.token_hash` holds. */
export const hashInvitationToken = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex');

/** Tokens we issue are 43 URL-safe characters; anything else is refused before touching the database. */
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{32,64}$/.test(token);
