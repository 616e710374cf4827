import type { Capability } from '@/lib/styles/describe-capabilities';

export interface RoleCapabilitiesProps {
  roleLabel: string;
  style: { label: string; hint: string };
  /** Server-computed from decide() for this person, this document and the current style. */
  capabilities: Capability[];
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What the current person can, can propose, and cannot do in this style — so each view explains itself. */
export function RoleCapabilities({ roleLabel, style, capabilities }: RoleCapabilitiesProps) {
  const can = capabilities.filter((c) => c.decision === 'allow');
  const propose = capabilities.filter((c) => c.decision === 'suggest');
  const cannot = capabilities.filter((c) => c.decision === 'deny');
  return (
    <section aria-labelledby="role-capabilities-heading" className="@container rounded-lg border border-line bg-white p-4 text-sm shadow-sm">
      <h2 id="role-capabilities-heading" className="text-base font-semibold text-ink">
        Your role here: {roleLabel}
      </h2>
      <p className="mt-1 text-muted">
        <span className="font-medium text-ink">{style.label} mediation.</span> {style.hint}
      </p>
      {/* Three columns only where the card is wide: in the editor's sidebar they would wrap word by word. */}
      <div className="mt-3 grid gap-3 @xl:grid-cols-3">
        <CapabilityList title="You can" items={can.map((c) => sentence(c.label))} />
        <CapabilityList title="You can propose" items={propose.map((c) => sentence(c.suggestLabel ?? `propose to ${c.label}`))} />
        <CapabilityList title="Not in your role now" items={cannot.map((c) => sentence(c.label))} muted />
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
