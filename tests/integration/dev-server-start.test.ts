import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `npm run dev` on a port another program holds: one clear line, no demo banner, no database touched. */
describe('starting the server on a taken port', () => {
  let holder: net.Server;
  let port = 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-port-'));

  beforeAll(async () => {
    holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '0.0.0.0', resolve));
    port = (holder.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => holder.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails before the demo banner and says what to do', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '0.0.0.0',
        DATABASE_URL: '',
        PGLITE_DIR: path.join(dir, 'pglite'),
        PACTUM_DATA_DIR: dir,
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Port ${port} is already in use`);
    expect(r.stderr).toContain(`PORT=${port + 1} npm run dev`);
    expect(r.stdout).not.toContain('Demo data created');
    expect(r.stdout).not.toContain('pactum-demo-2026');
    expect(fs.existsSync(path.join(dir, 'pglite'))).toBe(false); // the database was never opened
  });
});
