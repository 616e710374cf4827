import { clientErrorText } from './client-error-text';

/** What a JSON API call came back with: data, or an error message plus per-field messages. */
export type JsonResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; fields: Record<string, string> };

/** Calls one of our JSON APIs from the browser; never throws (network failures become an error). */
export async function fetchJson<T>(url: string, method: string, body?: unknown): Promise<JsonResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = res.status === 204 ? {} : await res.json().catch(() => ({}));
    if (res.ok) return { ok: true, data: json as T };
    const fields: Record<string, string> = {};
    for (const f of (json.fields ?? []) as { path: string; message: string }[]) fields[f.path] ??= f.message;
    return { ok: false, status: res.status, error: json.error ?? clientErrorText().generic, fields };
  } catch {
    return { ok: false, status: 0, error: clientErrorText().network, fields: {} };
  }
}
