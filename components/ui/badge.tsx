const TONES = {
  neutral: 'border-gray-300 bg-gray-50 text-gray-800',
  accent: 'border-[#b9cfe6] bg-accent-soft text-accent',
  private: 'border-amber-300 bg-amber-50 text-amber-900',
  success: 'border-emerald-300 bg-emerald-50 text-emerald-900',
} as const;

/** A small label (document kind, access, style). */
export function Badge({ tone = 'neutral', children }: { tone?: keyof typeof TONES; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>{children}</span>
  );
}

/** A party's colour as a small dot; the colour is decoration, the name beside it carries the meaning. */
export function PartySwatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-3 w-3 shrink-0 rounded-full ring-1 ring-black/10"
      style={{ backgroundColor: color }}
    />
  );
}
