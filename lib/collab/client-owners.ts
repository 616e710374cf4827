/**
 * Which user first used each Yjs client id in a room (document structs or an awareness slot).
 * Client ids are chosen by clients, so without this an editor could continue another user's
 * clock under that user's id (the victim's acknowledged edit replaced, its copy diverging for
 * good) or take a departed user's presence slot. New claims are handed to `onClaim` (the room
 * stores them with its next batch, `doc_client_owners`), and a room is seeded from that table
 * when it loads and by the catch-up, so ownership holds while the owner is away, across reloads,
 * restarts and instances; a user reconnecting keeps its own ids.
 */
export class ClientOwners {
  private readonly owners = new Map<number, string>();

  constructor(private readonly onClaim?: (entries: [clientId: number, userId: string][]) => void) {}

  /** Records owners read from the database (first writer wins); never overrides a known owner. */
  seed(entries: Iterable<[clientId: number, userId: string]>): void {
    for (const [clientId, userId] of entries) if (!this.owners.has(clientId)) this.owners.set(clientId, userId);
  }

  /** Whether `userId` may write under every one of `clientIds` (unknown ids are free). */
  mayUse(clientIds: Iterable<number>, userId: string): boolean {
    for (const id of clientIds) {
      const owner = this.owners.get(id);
      if (owner !== undefined && owner !== userId) return false;
    }
    return true;
  }

  /** Claims ids for `userId` (call after mayUse; ids already owned stay with their owner); new claims go to `onClaim`. */
  claim(clientIds: Iterable<number>, userId: string): void {
    const fresh: [number, string][] = [];
    for (const id of clientIds) {
      if (this.owners.has(id)) continue;
      this.owners.set(id, userId);
      fresh.push([id, userId]);
    }
    if (fresh.length > 0) this.onClaim?.(fresh);
  }

  /** The user who first used `clientId` here, if known. */
  ownerOf(clientId: number): string | undefined {
    return this.owners.get(clientId);
  }

  get size(): number {
    return this.owners.size;
  }
}
