import compile from 'icu-minify/compile';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { localizeError } from '@/lib/http/localize-error';
import { templateParts } from '@/lib/http/error-templates';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { passwordProblem } from '@/lib/auth/password-policy';

type Templates = Record<string, string>;
const CATALOGUES = { en: en.apiErrorTemplates as Templates, fr: fr.apiErrorTemplates as Templates, ar: ar.apiErrorTemplates as Templates };

describe('API error sentences that carry values', () => {
  it('keeps English byte for byte', () => {
    const messages = [
      'This clause is already parked.',
      'GOV has already confirmed this clause.',
      '‘1.1 (a)’ changed while you were reading it. Read the new wording on the board, then decide again.',
    ];
    for (const message of messages) {
      expect(localizeError(message, 'en')).toBe(message);
    }
  });

  it('fills the French and Arabic sentence, translating an enum value (a clause status)', () => {
    expect(localizeError('This clause is already parked.', 'fr')).toBe(`Cette clause a déjà le statut « ${fr.statuses.parked} ».`);
    expect(localizeError('This clause is already proposed.', 'ar')).toBe(`هذا البند في حالة «${ar.statuses.proposed}» بالفعل.`);
    expect(localizeError('APM has already agreed to this clause ad ref.', 'fr')).toBe('APM a déjà accepté cette clause ad referendum.');
    expect(localizeError('APM has no agreement on this clause to withdraw.', 'ar')).toBe('ليس لدى APM موافقة على هذا البند يمكن سحبها.');
  });

  it('translates word lists, styles and a nested reason', () => {
    const holds =
      '‘1.1 Reports’ still holds brackets and competing alternatives: text that is not agreed. ' +
      'Settle them (clean the brackets, accept or reject the suggestions, keep one alternative) before agreeing to the clause.';
    expect(localizeError(holds, 'fr')).toMatch(/^« 1\.1 Reports » contient encore des crochets et des variantes concurrentes : /);
    expect(localizeError(holds, 'ar')).toMatch(/^لا يزال «1\.1 Reports» يتضمن معقوفين و\s?صيغًا بديلة متنافسة، /);
    const style = 'Commitments are read-only under facilitative mediation; switch to power-based mediation to change them.';
    expect(localizeError(style, 'fr')).toContain(`« ${fr.styles.facilitative} »`);
    expect(localizeError('v3 cannot be restored by you: This clause is already parked.', 'fr')).toBe(
      `Vous ne pouvez pas restaurer la v3 : Cette clause a déjà le statut « ${fr.statuses.parked} ».`,
    );
  });

  it("says a clean export refused by the open package in the reader's language, the open provisions as they are", () => {
    const open = 'Security chapter: ‘3.2 Cantonment’ (missing in ar)';
    const message = `A clean text is exported only once the whole package is agreed. Still open: ${open}.`;
    expect(localizeError(message, 'en')).toBe(message);
    expect(localizeError(message, 'fr')).toBe(
      `Un texte propre n’est exporté qu’une fois l’ensemble du paquet convenu. Encore ouvert : ${open}.`,
    );
    expect(localizeError(message, 'ar')).toContain(open);
  });

  it("says why a password is weak in French and Arabic, zxcvbn's own warning included", () => {
    // Our English list is zxcvbn's, so every warning it can give has a translation.
    const warnings = Object.entries(zxcvbnEn.translations.warnings).map(([key, text]) => [key, text.replace(/\.$/, '')]);
    expect(Object.entries(en.passwordWarnings)).toEqual(warnings);
    const problem = passwordProblem('password12345');
    expect(problem).toMatch(/^\S.*\. This password would be guessed quickly\./);
    const warning = problem!.split('. ')[0]!;
    for (const [locale, messages] of [
      ['fr', fr],
      ['ar', ar],
    ] as const) {
      const localized = localizeError(problem!, locale);
      const key = Object.entries(en.passwordWarnings).find(([, text]) => text === warning)![0] as keyof typeof en.passwordWarnings;
      expect(localized).toBe(`${messages.passwordWarnings[key]}. ${messages.apiErrorTemplates.weakPassword}`);
    }
    expect(localizeError(problem!, 'en')).toBe(problem);
  });

  it('passes an unknown message through, and an enum value it does not know as given', () => {
    expect(localizeError('Release everything now.', 'fr')).toBe('Release everything now.');
    expect(localizeError('This clause is already dancing.', 'fr')).toBe('Cette clause a déjà le statut « dancing ».');
  });

  it('splices values holding braces, dollar signs and regex characters verbatim', () => {
    for (const label of ['{status}', '$& $1 (a)*', '.*+?^${}()|[]\\', '‘nested’ quotes']) {
      const message = `‘${label}’ changed while you were reading it. Read the new wording on the board, then decide again.`;
      const french = `« ${label} » a changé pendant que vous le lisiez. Lisez la nouvelle formulation sur le tableau, puis décidez à nouveau.`;
      expect(localizeError(message, 'fr')).toBe(french);
      expect(localizeError(message, 'en')).toBe(message);
    }
    expect(localizeError('Sign in as a+b@x.test to accept this invitation.', 'ar')).toBe(
      'سجّل الدخول بالعنوان a+b@x.test لقبول هذه الدعوة.',
    );
  });

  it('reads a template the same whether raw or precompiled by the build (next.config.js)', () => {
    for (const [locale, templates] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(templates)) {
        expect(templateParts(compile(text)), `${locale}.${key}`).toEqual(templateParts(text));
        const names = (t: string) =>
          templateParts(t)
            .filter((p) => typeof p !== 'string')
            .map((p) => (p as { name: string }).name)
            .sort();
        expect(names(text), `${locale}.${key}`).toEqual(names(CATALOGUES.en[key]!));
      }
    }
  });

  it('answers every English template, filled with sample values, in French and Arabic', () => {
    for (const [key, english] of Object.entries(CATALOGUES.en)) {
      const sample = templateParts(english)
        .map((p) => (typeof p === 'string' ? p : `X${p.name}`))
        .join('');
      for (const locale of ['fr', 'ar'] as const) {
        const localized = localizeError(sample, locale);
        expect(localized, `${locale}.${key}`).not.toBe(sample);
        for (const p of templateParts(english)) if (typeof p !== 'string') expect(localized, `${locale}.${key}`).toContain(`X${p.name}`);
      }
    }
  });
});
