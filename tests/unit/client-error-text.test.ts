import { afterEach, describe, expect, it, vi } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { CLIENT_ERROR_TEXT, clientErrorText } from '@/components/ui/client-error-text';
import { fetchJson } from '@/components/ui/fetch-json';

/** Sentences the browser says itself when the server gave none (no connection, an empty error body). */
describe('client-side error fallbacks', () => {
  afterEach(() => vi.unstubAllGlobals());
  const pageIn = (lang: string) => vi.stubGlobal('document', { documentElement: { lang } });

  it('match the catalogues in every language', () => {
    for (const [locale, messages] of [
      ['en', en],
      ['fr', fr],
      ['ar', ar],
    ] as const) {
      expect(CLIENT_ERROR_TEXT[locale]).toEqual({ ...messages.clientErrors, actNotRecorded: messages.drafting.actNotRecorded });
    }
  });

  it('follow the page’s <html lang>, English otherwise', () => {
    pageIn('ar');
    expect(clientErrorText().network).toBe(ar.clientErrors.network);
    pageIn('de');
    expect(clientErrorText().generic).toBe(en.clientErrors.generic);
  });

  it('answer a failed connection in French on a French page', async () => {
    pageIn('fr');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchJson('/api/x', 'GET')).toEqual({ ok: false, status: 0, error: fr.clientErrors.network, fields: {} });
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json({}, { status: 500 })));
    expect(await fetchJson('/api/x', 'GET')).toMatchObject({ ok: false, status: 500, error: fr.clientErrors.generic });
  });
});
