import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { NotificationsMenu } from '@/components/notifications/notifications-menu';
import { SignOutButton } from './sign-out-button';

/**
 * The top bar: product name, the signed-in person and sign-out. `wide` matches pages whose content
 * spans up to 96rem (the clause library's three panes), so the bar lines up with the content.
 */
export function AppHeader({ user, wide = false }: { user: { name: string; email: string } | null; wide?: boolean }) {
  const t = useTranslations('header');
  return (
    <header className="border-b border-line bg-white print:hidden">
      <div
        className={`mx-auto flex ${wide ? 'max-w-[96rem]' : 'max-w-6xl'} flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6`}
      >
        <Link href="/negotiations" className="flex items-center gap-2 rounded text-ink no-underline">
          <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-md bg-accent text-sm font-bold text-white">
            P
          </span>
          <span className="text-lg font-semibold tracking-tight">Pactum</span>
        </Link>
        {user && (
          <div className="flex min-w-0 items-center gap-3">
            <p className="min-w-0 truncate text-sm text-muted">
              <span className="sr-only">{t('signedInAs')}</span>
              <bdi className="font-medium text-ink">{user.name}</bdi>
              <span className="hidden sm:inline">
                {' '}
                · <bdi>{user.email}</bdi>
              </span>
            </p>
            <NotificationsMenu />
            <Link href="/account" className="rounded-md px-2 py-1.5 text-sm font-medium text-accent underline-offset-2 hover:underline">
              {t('account')}
            </Link>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  );
}
