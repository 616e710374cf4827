import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { formatDateTime } from '@/lib/i18n/format-date';
import { languageDirection, negotiateLocale } from '@/lib/i18n/locales';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)|<(\w+)>/g)].map((m) => m[1] ?? m[2]).sort();

describe('interface language', () => {
  it('takes the best supported language from Accept-Language', () => {
    expect(negotiateLocale('ar-SD,ar;q=0.9,en;q=0.8')).toBe('ar');
    expect(negotiateLocale('de-CH, fr;q=0.7, en;q=0.5')).toBe('fr');
    expect(negotiateLocale('en;q=0.2, fr-CA;q=0.9')).toBe('fr');
    expect(negotiateLocale('de, ru')).toBe('en');
    expect(negotiateLocale('fr;q=0, ar;q=0.1')).toBe('ar');
    expect(negotiateLocale(null)).toBe('en');
  });

  it('knows which languages run right to left', () => {
    expect(languageDirection('ar')).toBe('rtl');
    expect(languageDirection('ar-EG')).toBe('rtl');
    expect(languageDirection('fr')).toBe('ltr');
    expect(languageDirection('en')).toBe('ltr');
  });

  it('formats one moment in the reader’s language and zone, naming the zone', () => {
    const at = '2026-12-07T22:30:00Z';
    expect(formatDateTime(at, { locale: 'en', timeZone: 'UTC' })).toBe('7 Dec 2026, 22:30 UTC');
    expect(formatDateTime(at, { locale: 'fr', timeZone: 'Europe/Paris' })).toMatch(/7 déc\. 2026.*23:30/);
    // Khartoum is UTC+2: already the next day there, with the Arabic month name.
    expect(formatDateTime(at, { locale: 'ar', timeZone: 'Africa/Khartoum' })).toMatch(/^(8|٨) ديسمبر/);
  });
});

describe('catalogues', () => {
  const base = flatten(en as Tree);
  for (const [name, catalogue] of [
    ['fr', fr],
    ['ar', ar],
  ] as const) {
    const other = flatten(catalogue as Tree);
    it(`${name} has every English key, no extra key, and the same placeholders`, () => {
      expect([...other.keys()].filter((k) => !base.has(k))).toEqual([]);
      expect([...base.keys()].filter((k) => !other.has(k))).toEqual([]);
      for (const [k, v] of base)
        expect(
          placeholders(other.get(k)!).filter((p) => p !== 'plural'),
          k,
        ).toEqual(expect.arrayContaining(placeholders(v).filter((p) => p !== 'plural')));
    });
  }
  it('the Arabic catalogue holds no Latin-script sentence (only proper nouns and codes)', () => {
    const latinWords = /[A-Za-z]{3,}/g;
    const allowed = new Set([
      'Pactum',
      'DOCX',
      'PDF',
      'PA-X',
      'Word',
      'Ctrl',
      'Tab',
      'JSON',
      'ISO',
      'UUID',
      'NUL',
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
      'plural',
      'select',
    ]);
    for (const [k, v] of flatten(ar as Tree)) {
      const stripped = v.replace(/\{[^}]*\}/g, ' ').replace(/<\/?\w+>/g, ' ');
      const words = (stripped.match(latinWords) ?? []).filter((w) => !allowed.has(w));
      expect(words, k).toEqual([]);
    }
  });
});
