'use client';

import { z } from 'zod';

// Zod 4 probes whether it may compile parsers with `Function(...)`; under our CSP (no
// 'unsafe-eval') the probe itself is reported as a violation. Its interpreted mode is as correct.
z.config({ jitless: true });

/** Browser-wide settings that must be in place before any component runs; renders nothing. */
export function BrowserSetup() {
  return null;
}
