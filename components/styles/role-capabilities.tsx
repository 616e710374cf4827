import { useTranslations } from 'next-intl';
import type { Capability } from '@/lib/styles/describe-capabilities';

export interface RoleCapabilitiesProps {
  roleLabel: string;
  /** `key` (a mediation style) names it in the reader's language; label and hint are the English fallback. */
  style: { key?: string; label: string; hint: string };
  /** Server-computed from decide() for this person, this document and the current style. */
  capabilities: Capability[];
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const STYLE_KEYS = ['facilitative', 'formulative', 'power_based'] as const;
type StyleKey = (typeof STYLE_KEYS)[number];
const isStyleKey = (k: unknown): k is StyleKey => STYLE_KEYS.includes(k as StyleKey);

/** What the current person can, can propose, and cannot do in this style — so each view explains itself. */
export function RoleCapabilities({ roleLabel, style, capabilities }: RoleCapabilitiesProps) {
  const t = useTranslations('capabilities');
  const ts = useTranslations('styles');
  const th = useTranslations('styleHints');
  // Action ids hold dots ("shared.edit"), which next-intl reads as nesting: keys use underscores.
  const name = (c: Capability) =>
    t.has(c.action.replace('.', '_') as 'export') ? t(c.action.replace('.', '_') as 'export') : sentence(c.label);
  const proposal = (c: Capability) => {
    const key = `suggest_${c.action.replace('.', '_')}` as 'suggest_shared_edit';
    if (c.suggestLabel) return t.has(key) ? t(key) : sentence(c.suggestLabel);
    return t('proposeTo', { action: name(c).toLocaleLowerCase() });
  };
  const styleLabel = isStyleKey(style.key) ? ts(style.key) : style.label;
  const styleHint = isStyleKey(style.key) ? th(style.key) : style.hint;
  const can = capabilities.filter((c) => c.decision === 'allow');
  const propose = capabilities.filter((c) => c.decision === 'suggest');
  const cannot = capabilities.filter((c) => c.decision === 'deny');
  return (
    <section
      aria-labelledby="role-capabilities-heading"
      className="@container rounded-lg border border-line bg-white p-4 text-sm shadow-sm"
    >
      <h2 id="role-capabilities-heading" className="text-base font-semibold text-ink">
        {t('heading', { role: roleLabel })}
      </h2>
      <p className="mt-1 text-muted">
        <span className="font-medium text-ink">{t('styleLine', { style: styleLabel })}</span> {styleHint}
      </p>
      {/* Three columns only where the card is wide: in the editor's sidebar they would wrap word by word. */}
      <div className="mt-3 grid gap-3 @xl:grid-cols-3">
        <CapabilityList title={t('can')} items={can.map(name)} />
        <CapabilityList title={t('canPropose')} items={propose.map(proposal)} />
        <CapabilityList title={t('cannot')} items={cannot.map(name)} muted />
      </div>
    </section>
  );
}

function CapabilityList({ title, items, muted = false }: { title: string; items: string[]; muted?: boolean }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</h3>
      <ul className={`mt-1 list-disc space-y-0.5 ps-5 ${muted ? 'text-muted' : 'text-ink'}`}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
