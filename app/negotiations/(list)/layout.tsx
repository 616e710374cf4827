import { requireUserPage } from '@/lib/auth/session';

/** Redirects signed-out visitors before the loading skeleton streams (so they get a real redirect). */
export default async function ListLayout({ children }: { children: React.ReactNode }) {
  await requireUserPage('/negotiations');
  return children;
}
