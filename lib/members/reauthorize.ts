import { reauthorizeNegotiation } from '@/lib/collab/registry';

/**
 * Tells live editing sessions of a negotiation that roles, memberships or the style changed, so
 * open websockets are re-checked against lib/access at once. Never throws: the change itself is
 * already committed, and every later request is authorized from the database anyway.
 */
export async function reauthorizeMembers(negotiationId: string): Promise<void> {
  await reauthorizeNegotiation(negotiationId).catch((err: unknown) => console.warn('[members] could not re-check live sessions', err));
}
