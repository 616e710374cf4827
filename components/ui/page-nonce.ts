/**
 * This page's CSP nonce, for `<style>` elements made in the browser (the policy refuses others).
 * Next.js puts the nonce on its scripts; browsers hide the attribute but keep the property.
 */
export function pageNonce(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
}
