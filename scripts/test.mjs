#!/usr/bin/env node
// The whole test suite, in the order that fails fastest: types and lint, unit and integration tests on real
// documents (including the evaluation against the gold labels), then the built app end to end in Chromium.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', ['npm', 'run', '--silent', 'typecheck']],
  ['typecheck (engine without DOM)', ['npx', 'tsc', '-p', 'tsconfig.engine.json', '--noEmit']],
  ['lint', ['npm', 'run', '--silent', 'lint']],
  ['unit and integration', ['npx', 'vitest', 'run']],
  // Builds the renderer, serves it on 127.0.0.1 and drives it in Debian's Chromium, bridged to the real engine.
  ['end to end (Chromium)', ['npx', 'playwright', 'test']],
  // Launches the built desktop app where an Electron binary exists; reports itself skipped, with why, where not.
  ['desktop app smoke (Electron)', ['npx', 'playwright', 'test', '-c', 'test/electron/playwright.config.ts']],
];

for (const [label, [cmd, ...args]] of steps) {
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${seconds}s)`);
}
