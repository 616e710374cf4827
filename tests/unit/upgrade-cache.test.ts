import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollabIdentity } from '@/lib/collab/authorize-upgrade';
import { createUpgradeCache } from '@/lib/collab/upgrade-cache';

const identity = (expiresAt = Date.now() + 60_000) =>
  ({ userId: 'u', documentId: 'd', session: { userId: 'u', sessionId: 's', startedAt: 0, expiresAt } }) as unknown as CollabIdentity;

describe('the upgrade cache (a burst of reconnects by one session)', () => {
  afterEach(() => vi.useRealTimers());

  it('answers for the same cookie and document until its time is up', () => {
    vi.useFakeTimers({ toFake: ['performance', 'Date'] });
    const cache = createUpgradeCache(1000);
    const who = identity();
    cache.set('cookie', 'd', who, cache.stamp());
    expect(cache.get('cookie', 'd')).toBe(who);
    expect(cache.get('cookie', 'other-doc')).toBeNull();
    expect(cache.get('another-cookie', 'd')).toBeNull();
    vi.advanceTimersByTime(1001);
    expect(cache.get('cookie', 'd')).toBeNull();
  });

  it('forgets everything on clear(), and keeps no answer read before it', () => {
    const cache = createUpgradeCache(1000);
    cache.set('a', 'd', identity(), cache.stamp());
    const before = cache.stamp(); // an authorization that read the database before the change
    cache.clear();
    expect(cache.get('a', 'd')).toBeNull();
    cache.set('b', 'd', identity(), before);
    expect(cache.get('b', 'd')).toBeNull();
  });

  it('never serves a session past its lifetime, and keeps nothing when disabled', () => {
    const cache = createUpgradeCache(1000);
    cache.set('a', 'd', identity(Date.now() - 1), cache.stamp());
    expect(cache.get('a', 'd')).toBeNull();
    const off = createUpgradeCache(0);
    off.set('a', 'd', identity(), off.stamp());
    expect(off.get('a', 'd')).toBeNull();
  });

  it('stays bounded under many sessions', () => {
    const cache = createUpgradeCache(60_000);
    for (let i = 0; i < 6000; i++) cache.set(`c${i}`, 'd', identity(), cache.stamp());
    expect(cache.size()).toBeLessThanOrEqual(5000);
    expect(cache.get('c5999', 'd')).not.toBeNull();
  });
});
