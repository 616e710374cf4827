import { useTranslations } from 'next-intl';
import { BackLink } from '@/components/ui/back-link';
import { ui } from '@/components/ui/styles';

/** Shown with HTTP 403 to members whose role lacks `audit.read`. */
export default function AuditForbidden() {
  const t = useTranslations('forbidden');
  return (
    <div role="alert" className={`${ui.card} mx-auto mt-6 max-w-lg`}>
      <h1 className="text-xl font-semibold">{t('auditTitle')}</h1>
      <p className="mt-2 text-sm text-muted">{t('auditBody')}</p>
      <BackLink segments={1} className={`${ui.button} mt-5`}>
        {t('backToNegotiation')}
      </BackLink>
    </div>
  );
}
