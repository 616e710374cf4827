/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel work trees / test runs build side by side (default `.next`).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The database driver is opened by server.ts only; keep it out of Next's bundles. Yjs too:
  // bundled, route handlers got a second copy beside server.ts's ("Yjs was already imported").
  serverExternalPackages: ['pg', 'yjs'],
  poweredByHeader: false,
  // forbidden(): pages that deny answer 403, the status they display.
  experimental: { authInterrupts: true },
};

export default nextConfig;
