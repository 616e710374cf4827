import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ui } from '@/components/ui/styles';

/** A dead-end invitation state with what to do next. */
export function InvitationMessage({ title, children }: { title: string; children: React.ReactNode }) {
  const t = useTranslations('invite');
  return (
    <div className={ui.card}>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-sm text-muted">{children}</p>
      <Link href="/signin" className={`${ui.buttonSecondary} mt-5`}>
        {t('goToSignIn')}
      </Link>
    </div>
  );
}
