/**
 * `npm start` (scripts/start.mjs) without building (--no-build, over a stand-in dist/): where no Electron binary
 * exists it explains how to get one and shows the CLI's help, exiting 0; where one exists it checks that
 * better-sqlite3 loads in it, then launches it on the app with the given arguments. The stand-in Electron is a
 * shell script that records how it was called (ELECTRON_OVERRIDE_DIST_PATH, which the electron package honours).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/corpus';

const work = mkdtempSync(join(tmpdir(), 'ld-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A checkout with the real sources and packages but its own dist/ (the real one may be mid-build by a test).
const app = join(work, 'app');
mkdirSync(join(app, 'scripts'), { recursive: true });
mkdirSync(join(app, 'dist', 'electron'), { recursive: true });
copyFileSync(join(PROJECT_ROOT, 'scripts', 'start.mjs'), join(app, 'scripts', 'start.mjs'));
writeFileSync(join(app, 'dist', 'electron', 'main.cjs'), '');
for (const shared of ['bin', 'src', 'node_modules', 'package.json', 'resources']) symlinkSync(join(PROJECT_ROOT, shared), join(app, shared));

function fakeElectron(name: string, onRunAsNode: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'electron'),
    `#!/bin/sh
if [ "$ELECTRON_RUN_AS_NODE" = "1" ]; then
${onRunAsNode}
fi
printf '%s\\n' "$@" > "${dir}/launched-with.txt"
exit 0
`,
  );
  chmodSync(join(dir, 'electron'), 0o755);
  return dir;
}

function start(args: string[], electronDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: electronDir };
  delete env.ELECTRON_RUN_AS_NODE;
  return spawnSync(process.execPath, [join(app, 'scripts', 'start.mjs'), ...args], { cwd: app, env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm start', () => {
  it('without an Electron binary: explains how to get one, shows the CLI help, exits 0', () => {
    const empty = join(work, 'no-electron');
    mkdirSync(empty, { recursive: true });
    const run = start(['--no-build'], empty);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('there is no Electron binary on this machine');
    expect(run.stdout).toContain('npm install electron');
    expect(run.stdout).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(run.stdout).toContain('npx license-desk analyze');
    // The CLI's own help, printed by running it.
    expect(run.stdout).toMatch(/Usage: license-desk <command> \[options\]/);
    expect(run.stdout).toMatch(/\n {2}import\b/);
  });

  it('with an Electron binary: launches it on the app, passing the other arguments through', () => {
    const electron = fakeElectron('electron-ok', `  exec "${process.execPath}" "$@"`);
    const run = start(['--no-build', 'contract.pdf'], electron);
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(readFileSync(join(electron, 'launched-with.txt'), 'utf8').trim().split('\n')).toEqual([app, 'contract.pdf']);
  });

  it('with an Electron whose ABI does not fit better-sqlite3: says how to rebuild and launches nothing', () => {
    const electron = fakeElectron(
      'electron-abi',
      `  echo "Error: The module 'better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140." >&2
  exit 1`,
    );
    const run = start(['--no-build'], electron);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NODE_MODULE_VERSION');
    expect(run.stderr).toContain('electron-builder install-app-deps');
    expect(existsSync(join(electron, 'launched-with.txt'))).toBe(false);
  });

  it('--no-build refuses to launch when there is nothing built', () => {
    rmSync(join(app, 'dist', 'electron', 'main.cjs'));
    try {
      const run = start(['--no-build'], join(work, 'no-electron'));
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('npm run build');
    } finally {
      writeFileSync(join(app, 'dist', 'electron', 'main.cjs'), '');
    }
  });
});
