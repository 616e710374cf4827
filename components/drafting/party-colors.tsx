import { pageNonce } from '@/components/ui/page-nonce';

const HEX = /^#[0-9a-f]{6}$/i;
const UUID = /^[0-9a-f-]{36}$/i;

/** Sets `--party` for every element tagged with a party id (brackets, suggestions, alternatives). */
export function PartyColors({ parties }: { parties: { id: string; color: string }[] }) {
  const css = parties
    .filter((p) => UUID.test(p.id) && HEX.test(p.color))
    .map((p) => `[data-party="${p.id}"],[data-altparty="${p.id}"]{--party:${p.color}}`)
    .join('');
  return <style nonce={pageNonce()}>{css}</style>;
}
