import { describe, expect, it } from 'vitest';
import type { DocumentRow, Negotiation } from '@/db/schema';
import type { Actor } from '@/lib/access/policy';
import type { DocumentScope } from '@/lib/access/scope';

describe('DocumentScope', () => {
  it('cannot be written by hand: only requireDocument proves that access was checked (checked by tsc)', () => {
    // @ts-expect-error a hand-made scope lacks the brand that requireDocument sets
    const forged: DocumentScope = { negotiation: {} as Negotiation, actor: {} as Actor, document: {} as DocumentRow, access: 'read' };
    expect(forged.access).toBe('read');
  });
});
