import tseslint from 'typescript-eslint';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      '.next*/**',
      'node_modules/**',
      '.data/**',
      'next-env.d.ts',
      'test-results*/**',
      'playwright-report*/**',
      'bench/results/**',
      'dist/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layering: the UI never reaches the database (types may name its rows); routes and pages parse,
  // authorize and call lib/, they do not query. Client bundles are also checked as a whole by
  // scripts/check-client-imports.mjs (npm run lint).
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db/*', '**/db/*', 'drizzle-orm', 'drizzle-orm/*'],
              allowTypeImports: true,
              message: 'UI components never import db/: ask lib/ (or the API) for the data.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db/schema', '@/db/schema/*', 'drizzle-orm', 'drizzle-orm/*'],
              allowTypeImports: true,
              message: 'app/ parses, authorizes and calls lib/: put the query in a lib/ use case.',
            },
          ],
        },
      ],
    },
  },
);
