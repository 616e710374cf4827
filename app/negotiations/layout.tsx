import { AppHeader } from '@/components/ui/app-header';
import { getCurrentUser } from '@/lib/auth/session';

/** The signed-in shell. Each page still authorizes itself (a layout is not a security boundary). */
export default async function NegotiationsLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <AppHeader user={user && { name: user.name, email: user.email }} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8 outline-none sm:px-6 sm:py-10 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
