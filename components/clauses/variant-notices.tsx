import { useTranslations } from 'next-intl';
import type { UnfilledRole } from '@/lib/clauses/placeholders';
import type { VariantWarning } from '@/lib/clauses/schema';
import { languageDirection } from '@/lib/i18n/locales';
import { EnglishOnly } from './english-only';

const SEVERITY_STYLE: Record<VariantWarning['severity'], { box: string; label: 'severity_blocking' | 'weakens' }> = {
  blocking: { box: 'border-red-700 bg-red-50 text-red-900', label: 'severity_blocking' },
  warning: { box: 'border-amber-400 bg-amber-50 text-amber-950', label: 'weakens' },
};

export interface VariantNoticesProps {
  warning?: VariantWarning;
  unfilled?: readonly UnfilledRole[];
  /** The language the warning's message is in (English when it has no translation). */
  warningLang?: string;
  /** The language the clause is read in: an English warning in a translated clause is marked as such. */
  readerLang?: string;
}

/**
 * What a drafter must know before choosing a variant: what it gives up (its warning) and which
 * roles it binds that no party at this table holds.
 */
export function VariantNotices({ warning, unfilled = [], warningLang = 'en', readerLang = 'en' }: VariantNoticesProps) {
  const t = useTranslations('completeness');
  if (!warning && unfilled.length === 0) return null;
  return (
    <div className="mt-2 space-y-2 text-xs">
      {warning && (
        <p className={`rounded border-s-4 px-2 py-1.5 ${SEVERITY_STYLE[warning.severity].box}`} data-testid="variant-warning">
          <span className="font-semibold">{t(SEVERITY_STYLE[warning.severity].label)}: </span>
          {warningLang !== readerLang && <EnglishOnly />}
          <span lang={warningLang} dir={languageDirection(warningLang)}>
            {warning.message}
          </span>
        </p>
      )}
      {unfilled.map((u) => (
        <p key={u.name} className="rounded border-s-4 border-sky-600 bg-sky-50 px-2 py-1.5 text-sky-950" data-testid="role-prompt">
          {u.message}
        </p>
      ))}
    </div>
  );
}
