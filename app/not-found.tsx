import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { ui } from '@/components/ui/styles';

/** Unknown addresses. */
export default function NotFound() {
  const t = useTranslations();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-lg px-6 py-20 outline-none">
      <div className={ui.card}>
        <h1 className="text-xl font-semibold">{t('errors.notFoundTitle')}</h1>
        <p className="mt-2 text-sm text-muted">{t('errors.notFoundBody')}</p>
        <Link href="/negotiations" className={`${ui.button} mt-5`}>
          {t('common.goToNegotiations')}
        </Link>
      </div>
    </main>
  );
}
