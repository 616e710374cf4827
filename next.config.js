import createNextIntlPlugin from 'next-intl/plugin';

// next-intl reads the request's language and catalogue from i18n/request.ts. The catalogues are
// compiled at build time, so browsers get no ICU message parser (~11 kB gzipped on every page);
// only the small formatter of pre-parsed messages ships (tests/e2e/editor-bundle.spec.ts).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel work trees / test runs build side by side (default `.next`).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The database driver is opened by server.ts only; keep it out of Next's bundles. Yjs too:
  // bundled, route handlers got a second copy beside server.ts's ("Yjs was already imported").
  serverExternalPackages: ['pg', 'yjs'],
  poweredByHeader: false,
  // `npm run dev` opened at http://127.0.0.1:3000 (not only localhost) gets its scripts and hot reload.
  allowedDevOrigins: ['127.0.0.1'],
  // PACTUM_SOURCEMAPS=1 next build: browser source maps, to see what a chunk holds when the editor's
  // JavaScript budget (tests/e2e/editor-bundle.spec.ts) is exceeded.
  productionBrowserSourceMaps: process.env.PACTUM_SOURCEMAPS === '1',
  // Browser bundles: lib0 names Node's `Buffer` on paths that never run there; no polyfill for it.
  // lib0's logging and DOM helpers pull in its schema library: small stand-ins for what Yjs and
  // y-tiptap use of them (components/ui/lib0-*.ts; tests/unit/lib0-browser-shims.test.ts).
  turbopack: {
    resolveAlias: {
      buffer: { browser: './components/ui/no-buffer.ts' },
      'next/dist/compiled/buffer': { browser: './components/ui/no-buffer.ts' },
      'lib0/logging': { browser: './components/ui/lib0-logging.ts' },
      'lib0/dom': { browser: './components/ui/lib0-dom.ts' },
    },
  },
  experimental: {
    // forbidden(): pages that deny answer 403, the status they display.
    authInterrupts: true,
    // Declares these packages free of import side effects, so the bundler follows their index's
    // re-exports and ships only the modules used: the editor needs suggest-changes' plugin, not its
    // review commands or its edit rewriting (loaded on demand; tests/e2e/editor-bundle.spec.ts).
    optimizePackageImports: ['@handlewithcare/prosemirror-suggest-changes'],
  },
  // npm test type-checks the same tree in its first wave (`npm run typecheck`), so its build
  // (scripts/test.mjs sets this) skips Next's second pass; `npm run build` alone still checks.
  typescript: { ignoreBuildErrors: process.env.PACTUM_BUILD_SKIP_TYPECHECK === '1' },
};

export default withNextIntl(nextConfig);
