// Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic
// supplements and presentation forms.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LETTER = /\p{L}/u;

/**
 * The direction of a paragraph as `dir="auto"` decides it (HTML's first-strong rule): the script of
 * its first letter, or null when it has none. Used where there is no browser to decide: DOCX.
 */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' | null {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (LETTER.test(ch)) return 'ltr';
  }
  return null;
}

/** True if the text holds right-to-left letters and no left-to-right ones (a run Word should mark rtl). */
export function isRtlRun(text: string): boolean {
  let rtl = false;
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) rtl = true;
    else if (LETTER.test(ch)) return false;
  }
  return rtl;
}
