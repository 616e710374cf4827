import { loadOverview } from '@/app/_lib/load-overview';
import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { isCanonicalId } from '@/lib/ids/canonical-id';

/**
 * Checks membership before anything streams, so a non-member gets a real 404 status (a check
 * inside a loading boundary could only answer 200). Signed-out visitors are redirected by the
 * layouts below, which know the exact page to come back to. Pages still authorize themselves.
 */
export default async function NegotiationLayout({ children, params }: LayoutProps<'/negotiations/[id]'>) {
  const { id } = await params;
  if (!isCanonicalId(id)) notFound(); // the proxy redirects other spellings; never render under one
  const user = await getCurrentUser();
  if (user) await loadOverview(user.id, id);
  return children;
}
