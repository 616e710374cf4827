import { notFound } from 'next/navigation';
import { AccessError } from '@/lib/access/errors';

/** For pages: an AccessError 404 (unknown id, not a member, someone else's caucus) renders not-found. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof AccessError && err.status === 404) notFound();
    throw err;
  }
}
