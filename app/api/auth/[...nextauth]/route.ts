import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { signInWithThrottle } from '@/lib/auth/sign-in-route';
import { withRequest } from '@/lib/http/respond';

const nextAuth = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;
type Ctx = RouteContext<'/api/auth/[...nextauth]'>;

/**
 * next-auth's routes behind the same request guard as every API route (foreign Origin → 403; only
 * its own form and JSON bodies), next-auth's CSRF token on top; password sign-in is throttled.
 */
const handler = withRequest<Ctx>(
  async (req, ctx) => {
    const [action, provider] = (await ctx.params).nextauth ?? [];
    if (req.method === 'POST' && action === 'callback' && provider === 'credentials') return signInWithThrottle(req, ctx, nextAuth);
    return nextAuth(req, ctx);
  },
  { bodyTypes: ['application/x-www-form-urlencoded', 'application/json'] },
);

export { handler as GET, handler as POST };
