import { useLocale, useTranslations } from 'next-intl';
import { useFormatDate } from '@/components/ui/format';
import type { PackageJson } from '@/components/status/status-api';

type Entry = NonNullable<PackageJson['outOfStep']>[number];

/** A language's name in the reader's language ("Arabic", « arabe », «العربية»); the code when unknown. */
function useLanguageName(): (code: string | null) => string {
  const locale = useLocale();
  return (code) => {
    if (!code) return '?';
    try {
      return new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/**
 * Which language version is out of step, provision by provision: the authentic ones that hold the
 * package, provisions an authentic text lacks (they hold it too), then the working translations
 * that are only behind.
 */
export function OutOfStepList({ pkg }: { pkg: PackageJson }) {
  const t = useTranslations('languages');
  const formatDate = useFormatDate();
  const languageName = useLanguageName();
  const authentic = pkg.outOfStep ?? [];
  const working = pkg.translationsOutOfStep ?? [];
  const missing = pkg.open.filter((o) => o.missingIn?.length);
  if (authentic.length === 0 && working.length === 0 && missing.length === 0) return null;
  const item = (o: Entry) => (
    <li key={`${o.documentId}|${o.clauseKey}`} lang={o.language ?? undefined} dir="auto">
      {t('outOfStepItem', { language: languageName(o.language), label: o.label ?? o.clauseKey, date: formatDate(o.since) })}
    </li>
  );
  return (
    <div className="mt-1" data-testid="package-out-of-step">
      {authentic.length > 0 && (
        <>
          <p className="font-medium">{t('packageOutOfStep', { count: authentic.length })}</p>
          <ul className="list-disc ps-5" data-testid="out-of-step-authentic">
            {authentic.map(item)}
          </ul>
        </>
      )}
      {missing.length > 0 && (
        <>
          <p className="font-medium">{t('packageMissing', { count: missing.length })}</p>
          <ul className="list-disc ps-5" data-testid="missing-authentic">
            {missing.flatMap((o) =>
              o.missingIn!.map((language) => (
                <li key={`${o.documentId}|${o.clauseKey}|${language}`} dir="auto">
                  {t('missingItem', { language: languageName(language), label: o.label })}
                </li>
              )),
            )}
          </ul>
        </>
      )}
      {working.length > 0 && (
        <>
          <p>{t('translationsOutOfStep', { count: working.length })}</p>
          <ul className="list-disc ps-5" data-testid="out-of-step-working">
            {working.map(item)}
          </ul>
        </>
      )}
    </div>
  );
}
