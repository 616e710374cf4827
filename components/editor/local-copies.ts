/**
 * The browser's own copies of documents: y-indexeddb keeps each open document in an IndexedDB
 * database named `pactum:<userId>:<documentId>` so edits survive going offline. Signing out
 * deletes them all, so the next person at this computer finds no draft or caucus text in it.
 */
const PREFIX = 'pactum:';
const REGISTRY_KEY = 'pactum:local-documents';
/** Dispatched on window before the copies are deleted: open editors close their databases. */
export const SIGNING_OUT_EVENT = 'pactum:signing-out';

/** The database name for a user's copy of a document, recorded so sign-out can find it without `indexedDB.databases()`. */
export function localDocumentName(userId: string, documentId: string): string {
  const name = `${PREFIX}${userId}:${documentId}`;
  try {
    const known = new Set(readRegistry());
    if (!known.has(name)) localStorage.setItem(REGISTRY_KEY, JSON.stringify([...known, name]));
  } catch {
    // Storage disabled: indexedDB.databases() still finds it.
  }
  return name;
}

function readRegistry(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(REGISTRY_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && n.startsWith(PREFIX)) : [];
  } catch {
    return [];
  }
}

/** Deletes every local document copy of this browser profile; resolves when done (or after 3 s at most). */
export async function clearLocalDocuments(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  window.dispatchEvent(new Event(SIGNING_OUT_EVENT));
  await new Promise((r) => setTimeout(r, 0));
  const names = new Set(readRegistry());
  const listed = await indexedDB.databases?.().catch(() => []);
  for (const db of listed ?? []) if (db.name?.startsWith(PREFIX)) names.add(db.name);
  await Promise.all([...names].map(deleteDatabase));
  try {
    localStorage.removeItem(REGISTRY_KEY);
  } catch {
    // nothing recorded
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 3000); // still held open by another tab: that tab closes it when it sees the session end
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}
