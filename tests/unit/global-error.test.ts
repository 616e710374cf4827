import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { GLOBAL_ERROR_TEXT, GlobalErrorDocument, globalErrorLocale } from '@/components/ui/global-error-text';

/** The last-resort page renders outside next-intl: its own small table, kept equal to the catalogues. */
describe('global error page', () => {
  it('says the catalogues’ words in each language', () => {
    for (const [locale, messages] of [
      ['en', en],
      ['fr', fr],
      ['ar', ar],
    ] as const) {
      expect(GLOBAL_ERROR_TEXT[locale]).toEqual({
        title: messages.global.title,
        body: messages.global.body,
        retry: messages.common.tryAgain,
      });
    }
  });

  it('takes the language the page was in, else the browser’s', () => {
    expect(globalErrorLocale('ar', ['en-GB'])).toBe('ar');
    expect(globalErrorLocale('fr', ['ar'])).toBe('fr');
    expect(globalErrorLocale('', ['fr-CA', 'en'])).toBe('fr');
    expect(globalErrorLocale('de', ['ar-SD'])).toBe('ar');
    expect(globalErrorLocale('', [])).toBe('en');
  });

  it('marks the page with its language and direction', () => {
    const html = renderToStaticMarkup(h(GlobalErrorDocument, { locale: 'ar', retry: () => {} }));
    expect(html).toMatch(/^<html lang="ar" dir="rtl">/);
    expect(html).toContain(ar.global.title);
    expect(html).toContain(`>${ar.common.tryAgain}</button>`);
    expect(renderToStaticMarkup(h(GlobalErrorDocument, { locale: 'fr', retry: () => {} }))).toMatch(/^<html lang="fr" dir="ltr">/);
  });
});
