import { requireUserPage } from '@/lib/auth/session';

/** Redirects signed-out visitors before the loading skeleton streams (a real 307, back to this page after sign-in). */
export default async function OverviewLayout({ children, params }: LayoutProps<'/negotiations/[id]'>) {
  const { id } = await params;
  await requireUserPage(`/negotiations/${id}`);
  return children;
}
