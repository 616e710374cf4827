import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ui } from '@/components/ui/styles';

/** A document that does not exist or is private to another team (the two look the same on purpose). */
export default function DocumentNotFound() {
  const t = useTranslations('overview');
  const tc = useTranslations('common');
  return (
    <div className={`${ui.card} mx-auto max-w-lg`}>
      <h1 className="text-xl font-semibold">{t('docUnavailableTitle')}</h1>
      <p className="mt-2 text-sm text-muted">{t('docUnavailableBody')}</p>
      <Link href="/negotiations" className={`${ui.button} mt-5`}>
        {tc('backToNegotiations')}
      </Link>
    </div>
  );
}
