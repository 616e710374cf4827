import { AppHeader } from '@/components/ui/app-header';
import { getCurrentUser } from '@/lib/auth/session';

/** The signed-in shell for account settings (the page itself requires a session). */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <AppHeader user={user && { name: user.name, email: user.email }} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-2xl px-4 py-8 outline-none sm:px-6 sm:py-10">
        {children}
      </main>
    </>
  );
}
