import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Fills in the environment a newcomer should not have to set: NEXTAUTH_URL from the port (and
 * 127.0.0.1 beside localhost as an allowed origin) and a NEXTAUTH_SECRET generated once and kept
 * under .data (without one every login fails).
 */
export function prepareRuntimeEnv(port: number): void {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  if (!process.env.NEXTAUTH_URL) {
    process.env.NEXTAUTH_URL = `http://localhost:${port}`;
    // Unconfigured, the app is local: http://127.0.0.1:<port> is the same machine and the same app,
    // so its forms and sockets are accepted too (next.config.js allowedDevOrigins serves it the code).
    const loopback = `http://127.0.0.1:${port}`;
    process.env.PACTUM_ALLOWED_ORIGINS = [process.env.PACTUM_ALLOWED_ORIGINS, loopback].filter(Boolean).join(',');
  }
  if (!process.env.NEXTAUTH_SECRET) {
    const file = path.resolve(process.env.PACTUM_DATA_DIR ?? '.data', 'nextauth-secret');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
    }
    process.env.NEXTAUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
  }
}
