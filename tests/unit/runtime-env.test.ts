import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareRuntimeEnv } from '@/lib/env/runtime';
import { allowedOrigins } from '@/lib/security/app-origins';

describe('prepareRuntimeEnv', () => {
  const saved = { ...process.env };
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-env-'));
    for (const k of ['NEXTAUTH_URL', 'NEXTAUTH_SECRET', 'PACTUM_ALLOWED_ORIGINS']) delete process.env[k];
    process.env.PACTUM_DATA_DIR = dir;
  });
  afterEach(() => {
    process.env = { ...saved };
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves an unconfigured local app at localhost and 127.0.0.1 alike', () => {
    prepareRuntimeEnv(3456);
    expect([...allowedOrigins()].sort()).toEqual(['http://127.0.0.1:3456', 'http://localhost:3456']);
  });

  it('adds nothing to a configured public URL', () => {
    process.env.NEXTAUTH_URL = 'https://pactum.example.org';
    process.env.PACTUM_ALLOWED_ORIGINS = 'https://talks.example.org';
    prepareRuntimeEnv(3456);
    expect([...allowedOrigins()].sort()).toEqual(['https://pactum.example.org', 'https://talks.example.org']);
  });
});
