/**
 * Ids of documents, negotiations, versions and every other row are lower-case UUIDs, and that is
 * their only spelling: PostgreSQL would also read upper case, braces, `urn:uuid:` or missing
 * hyphens as the same id, so a second spelling could open a second collaboration room or a page
 * whose editor then cannot connect. The websocket (4400), the API (400) and pages (a redirect to
 * the canonical address) all decide with this one parser. No Next imports: the collaboration
 * server uses it too.
 */
const CANONICAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `value` is a UUID spelled the one accepted way (lower case, hyphenated, nothing around it). */
export function isCanonicalId(value: string): boolean {
  return CANONICAL.test(value);
}

/**
 * The canonical spelling of `value` when it is some other spelling of a UUID (case, surrounding
 * whitespace, braces or parentheses, `urn:uuid:`, hyphens missing or misplaced, percent-encoded);
 * null when it is canonical already or no UUID at all (e.g. a clause id or an invitation token).
 */
export function canonicalSpellingOf(value: string): string | null {
  if (isCanonicalId(value)) return null;
  let v = value;
  try {
    v = decodeURIComponent(value);
  } catch {
    // not percent-encoded: read as it is
  }
  const hex = v
    .trim()
    .replace(/^urn:uuid:/i, '')
    .replace(/^[{(]\s*|\s*[})]$/g, '')
    .replace(/[-\s]/g, '')
    .toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Path segments that spell a UUID non-canonically, rewritten; null when the path needs no change. */
export function canonicalPath(pathname: string): string | null {
  let changed = false;
  const out = pathname.split('/').map((segment) => {
    const canonical = canonicalSpellingOf(segment);
    if (canonical === null) return segment;
    changed = true;
    return canonical;
  });
  return changed ? out.join('/') : null;
}
