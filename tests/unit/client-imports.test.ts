import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain JavaScript script without type declarations
import { findServerImports } from '../../scripts/check-client-imports.mjs';

describe('the client-import check (npm run lint)', () => {
  it('names each server module a client component reaches, with the chain that pulls it in', async () => {
    const problems: string[] = await findServerImports(['tests/fixtures/client-imports']);
    expect(problems).toContainEqual(expect.stringMatching(/^zod ← tests\/fixtures\/client-imports\/leaky-panel\.tsx$/));
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^db\/client\.ts ← tests\/fixtures\/client-imports\/server-helper\.ts ← tests\/fixtures\/client-imports\/leaky-panel\.tsx$/,
      ),
    );
    expect(problems.join('\n')).not.toContain('clean-panel');
  });

  it('finds nothing in the app as it is', async () => {
    expect(await findServerImports()).toEqual([]);
  });
});
