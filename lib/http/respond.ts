import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { HttpError } from '@/lib/access/errors';
import { getCurrentUser } from '@/lib/auth/session';
import type { User } from '@/db/schema';

/** A JSON error body `{ error }` with a 4xx/5xx status; never a stack trace. */
export function jsonError(status: number, error: string, extra?: Record<string, unknown>) {
  return NextResponse.json({ error, ...extra }, { status });
}

/**
 * Wraps a route handler: requires a signed-in user and turns thrown AccessError / ZodError /
 * unexpected errors into `{ error }` JSON (details only in the server log).
 */
export function withUser<Ctx>(handler: (req: Request, user: User, ctx: Ctx) => Promise<Response>) {
  return async (req: Request, ctx: Ctx): Promise<Response> => {
    try {
      const user = await getCurrentUser();
      if (!user) return jsonError(401, 'Sign in to continue.');
      return await handler(req, user, ctx);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

export function errorResponse(err: unknown): Response {
  if (err instanceof HttpError) return jsonError(err.status, err.message);
  if (err instanceof ZodError) {
    return jsonError(400, 'Some fields are not valid.', { fields: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  }
  if (err instanceof SyntaxError) return jsonError(400, 'The request body is not valid JSON.');
  console.error('[api] unexpected error', err);
  return jsonError(500, 'Something went wrong on our side. Please try again.');
}

/** Parses a JSON body with a size cap, so an oversized payload is refused before parsing. */
export async function readJson(req: Request, maxBytes = 64 * 1024): Promise<unknown> {
  const text = await req.text();
  if (text.length > maxBytes) throw new HttpError(413, 'The request is too large.');
  return JSON.parse(text);
}
