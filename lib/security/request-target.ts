/**
 * Whether a raw request target (path and query, still percent-encoded) is one we will route:
 * no NUL byte (raw or `%00`), no malformed or non-UTF-8 `%`-escape. Postgres cannot store NUL in
 * text and a bad escape makes URL decoding throw, so both are refused up front with 400.
 */
export function isAcceptableTarget(target: string): boolean {
  if (target.includes('\0') || /%00/i.test(target)) return false;
  try {
    decodeURIComponent(target);
    return true;
  } catch {
    return false;
  }
}

/** Whether a decoded value (JSON string, form field) contains a NUL character. */
export const hasNul = (value: string) => value.includes('\0');
