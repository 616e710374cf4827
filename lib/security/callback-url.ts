/**
 * Where to go after signing in: `raw` parsed as a URL against the app's origin and kept only if it
 * stays on that origin, returned as a path (`/x?y#z`). `//evil`, `/\evil`, tabs or newlines inside
 * (`/\t/evil`), `/.//evil` (normalised to `//evil`), absolute and scheme-relative foreign URLs,
 * `javascript:` and anything unparsable all give `fallback`.
 */
export function safeCallbackPath(raw: string | null | undefined, origin: string, fallback = '/negotiations'): string {
  if (!raw) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that starts with two slashes (or a slash and a backslash) is read as another host.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  return path;
}
