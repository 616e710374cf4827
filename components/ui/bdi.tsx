import type { ReactNode } from 'react';

/**
 * A person's, party's or document's own words inside an interface sentence keep their own
 * direction: a Latin name in an Arabic sentence (or an Arabic title in an English one) neither
 * reorders its neighbours nor takes their punctuation. Catalogue sentences mark such values
 * `<bdi>{name}</bdi>`; pass this as the `bdi` tag of next-intl's `t.rich`.
 */
export const bdi = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

/**
 * The same isolation for sentences that must stay strings (aria-label, live announcements, titles):
 * the value between Unicode FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, which browsers treat as `<bdi>`.
 */
export const isolate = (value: string) => `\u2068${value}\u2069`;
