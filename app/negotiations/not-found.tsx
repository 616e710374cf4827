import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { ui } from '@/components/ui/styles';

/** A negotiation that does not exist or that the reader is not a member of (the two look the same on purpose). */
export default function NegotiationNotFound() {
  const t = useTranslations();
  return (
    <div className={`${ui.card} mx-auto max-w-lg`}>
      <h1 className="text-xl font-semibold">{t('errors.negotiationUnavailableTitle')}</h1>
      <p className="mt-2 text-sm text-muted">{t('errors.negotiationUnavailableBody')}</p>
      <Link href="/negotiations" className={`${ui.button} mt-5`}>
        {t('common.backToNegotiations')}
      </Link>
    </div>
  );
}
