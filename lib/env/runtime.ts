import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Fills in the environment a newcomer should not have to set: NEXTAUTH_URL from the port and a
 * NEXTAUTH_SECRET generated once and kept under .data (without one every login fails).
 */
export function prepareRuntimeEnv(port: number): void {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!process.env.NEXTAUTH_SECRET) {
    const file = path.resolve(process.env.PACTUM_DATA_DIR ?? '.data', 'nextauth-secret');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
    }
    process.env.NEXTAUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
  }
}
