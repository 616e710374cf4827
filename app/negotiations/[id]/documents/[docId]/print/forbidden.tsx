import { useTranslations } from 'next-intl';
import { BackLink } from '@/components/ui/back-link';
import { ui } from '@/components/ui/styles';

/** Shown with HTTP 403 to members whose role does not include printing or exporting this document. */
export default function PrintForbidden() {
  const t = useTranslations('forbidden');
  return (
    <div role="alert" className={`${ui.card} mx-auto mt-6 max-w-lg`}>
      <h1 className="text-xl font-semibold">{t('printTitle')}</h1>
      <p className="mt-2 text-sm text-muted">{t('printBody')}</p>
      <BackLink segments={1} className={`${ui.button} mt-5`}>
        {t('backToDraft')}
      </BackLink>
    </div>
  );
}
