import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { z } from 'zod';
import { DEMO_PASSWORD } from '@/db/seed';
import { MIN_PASSWORD_LENGTH } from './password-length';

/** zxcvbn's scale: 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
const MIN_SCORE = 3;
/** Words every Pactum user might reach for; a password built on them is guessed first. */
const PRODUCT_WORDS = ['pactum', 'negotiation', 'mediation', 'mediator', 'ceasefire', 'peace', 'agreement', 'security', 'delegation'];

let factory: ZxcvbnFactory | undefined;
/** zxcvbn-ts with its common-password and English dictionaries (lists of leaked and frequent passwords, names, words). */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return factory;
}

/** Demo mode: the demo data is seeded (PACTUM_SEED not `off`), so the published demo password works. */
export const isDemoMode = () => process.env.PACTUM_SEED !== 'off';

/**
 * Why `password` may not become someone's password, or null when it may: at least
 * MIN_PASSWORD_LENGTH characters and not only spaces, not the published demo password, and not
 * guessable — zxcvbn scores it against the shipped lists of common and breached passwords,
 * keyboard patterns, dates and the person's own name and email.
 */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 200) return 'Use at most 200 characters.';
  if (!password.trim()) return 'A password cannot be only spaces.';
  if (password === DEMO_PASSWORD) return 'That is the published demo password; choose your own.';
  const inputs = [
    ...PRODUCT_WORDS,
    ...(person.email ? [person.email, ...person.email.split(/[@.]/)] : []),
    ...(person.name ? person.name.split(/\s+/) : []),
  ].filter((w) => w.length > 2);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_SCORE) return null;
  const hint = result.feedback.warning ? `${result.feedback.warning.replace(/\.$/, '')}. ` : '';
  return `${hint}This password would be guessed quickly. Try a longer phrase of unrelated words.`;
}

/** @throws ZodError on `password` (field errors, as the forms show them) when passwordProblem finds one. */
export function requireAcceptablePassword(password: string, person: { email?: string; name?: string }, path: string = 'password'): void {
  const problem = passwordProblem(password, person);
  if (problem) throw new z.ZodError([{ code: 'custom', path: [path], message: problem, input: undefined }]);
}
