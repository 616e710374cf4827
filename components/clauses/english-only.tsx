import { useTranslations } from 'next-intl';

/** Marks a note shown in English because it has no translation in the language the clause is read in. */
export function EnglishOnly() {
  const t = useTranslations('clauses');
  return (
    <span className="me-1 rounded bg-white/70 px-1 text-[0.7rem] font-medium" data-testid="english-only">
      {t('englishOnly')}
    </span>
  );
}
