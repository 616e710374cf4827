import { STYLES, type MediationStyle } from '@/lib/negotiations/terms';
import { ui } from '@/components/ui/styles';
import { useTranslations } from 'next-intl';

/** The three mediation styles as radio cards, each with its one-line hint. */
export function StyleOptions({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: MediationStyle;
  onChange: (style: MediationStyle) => void;
}) {
  const t = useTranslations('styles');
  const th = useTranslations('styleHints');
  return (
    <fieldset>
      <legend className={ui.label}>{legend}</legend>
      <div className="mt-2 space-y-2">
        {STYLES.map((s) => (
          <label
            key={s}
            className="flex cursor-pointer items-start gap-2 rounded-md border border-line p-2.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
          >
            <input
              type="radio"
              name="style"
              value={s}
              checked={value === s}
              onChange={() => onChange(s)}
              className="mt-1 accent-[#0f4c81]"
            />
            <span>
              <span className="font-medium">{t(s)}</span>
              <span className="block text-xs text-muted">{th(s)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
