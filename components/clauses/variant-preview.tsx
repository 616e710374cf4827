import type { NegotiationContext } from '@/lib/clauses/negotiation-values';
import { unfilledRoles } from '@/lib/clauses/placeholders';
import { type Clause } from '@/lib/clauses/schema';
import { VARIANTS, variantText, type ClauseVariant } from '@/lib/clauses/clause-terms';
import { useLocale, useTranslations } from 'next-intl';
import { ClauseText } from './clause-text';
import { VariantNotices } from './variant-notices';

export interface VariantPreviewProps {
  clause: Clause;
  /** Placeholder values to show filled (e.g. the parties' names). */
  values?: Record<string, string>;
  /** `columns`: side by side on wide screens; `stack`: one under another (narrow panels). */
  layout?: 'columns' | 'stack';
  /** The negotiation, when previewing for a draft: roles it lacks are flagged under each variant. */
  context?: NegotiationContext;
  /** An action under each variant, e.g. an Insert button. */
  action?: (variant: ClauseVariant) => React.ReactNode;
  /** The language each variant's warning is in, and the language the clause is read in (English by default). */
  warningLangs?: Partial<Record<ClauseVariant, string>>;
  readerLang?: string;
}

/** The three variants of a clause, labelled, for comparison before inserting one. */
export function VariantPreview({
  clause,
  values,
  layout = 'columns',
  context,
  action,
  warningLangs = {},
  readerLang = 'en',
}: VariantPreviewProps) {
  const t = useTranslations('clauses');
  const locale = useLocale();
  return (
    <div className={layout === 'columns' ? 'grid gap-4 lg:grid-cols-3' : 'space-y-3'}>
      {VARIANTS.map((variant) => (
        <section
          key={variant}
          aria-labelledby={`variant-${clause.id}-${variant}`}
          data-variant={variant}
          className={`flex flex-col rounded-md border p-3 ${variant === 'standard' ? 'border-accent bg-white' : 'border-line bg-white'}`}
        >
          <h4 id={`variant-${clause.id}-${variant}`} lang={locale} className="text-sm font-semibold">
            {t(`variant_${variant}`)} <span className="font-normal text-muted">— {t(`variantHint_${variant}`)}</span>
          </h4>
          <div className="mt-2 flex-1">
            <ClauseText text={variantText(clause, variant)} values={values} />
          </div>
          <VariantNotices
            warning={clause.variants[variant].warning}
            warningLang={warningLangs[variant] ?? readerLang}
            readerLang={readerLang}
            unfilled={context ? unfilledRoles(variantText(clause, variant), context) : []}
          />
          {action && <div className="mt-3">{action(variant)}</div>}
        </section>
      ))}
    </div>
  );
}
