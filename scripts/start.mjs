#!/usr/bin/env node
// npm start: build, then launch the desktop app with the installed Electron binary. Where there is none (these
// machines cannot download it), explain how to get one and show the command line, which needs no Electron and
// opens the same library — so `npm start` is useful on a fresh machine too.
//
//   npm start                 build, then launch
//   npm start -- --no-build   launch what dist/ holds
// Any other arguments are passed to the app (e.g. documents to import).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

/** The Electron executable, or why there is none. require('electron') returns its path, or throws without dist/. */
export function findElectronBinary() {
  let binary;
  try {
    binary = require('electron');
  } catch (error) {
    return { binary: null, reason: error instanceof Error ? error.message : String(error) };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    return { binary: null, reason: `require('electron') named ${JSON.stringify(binary)}, which does not exist.` };
  }
  return { binary, reason: null };
}

function explainMissingElectron(reason) {
  console.log(
    [
      '',
      'License Desk is built (dist/), but it cannot open a window here: there is no Electron binary on this machine.',
      `  (${reason.split('\n')[0]})`,
      '',
      'To run the desktop app, give this checkout an Electron binary, then run `npm start` again:',
      '  - with network access:        npm install electron   (or: node node_modules/electron/install.js)',
      '  - with an Electron you have:  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start',
      '    (the folder holding the `electron` executable, of the version in package.json)',
      '',
      'Meanwhile the same engine and the same library work from the command line:',
      '  npx license-desk --help',
      '  npx license-desk import <file.pdf|.docx|.md|.txt> …',
      '  npx license-desk analyze <file> --json',
      '',
      '$ npx license-desk --help',
      '',
    ].join('\n'),
  );
  const help = spawnSync(process.execPath, [join(root, 'bin', 'license-desk.js'), '--help'], { cwd: root, stdio: 'inherit' });
  return help.status ?? 1;
}

/**
 * better-sqlite3 is a native module: the copy npm built for Node (the CLI and tests use it) does not load in
 * Electron, which has its own ABI. Checked before opening a window, so the fix is printed instead of a crash.
 */
function checkNativeModules(binary, env) {
  const probe = spawnSync(binary, ['-e', "require('better-sqlite3')(':memory:').close()"], {
    cwd: root,
    env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  if (probe.status === 0) return true;
  const detail = `${probe.stderr ?? ''}${probe.error?.message ?? ''}`.trim().split('\n').find((line) => /NODE_MODULE_VERSION|Error/.test(line));
  console.error(
    [
      'npm start: better-sqlite3 is built for Node, not for this Electron, so the app could not open its library.',
      detail ? `  (${detail.trim()})` : '',
      'Rebuild it for Electron (needs Electron’s headers, from the network or a local mirror):',
      '  npx electron-builder install-app-deps',
      'and back for Node before running the CLI or the tests again:',
      '  npm rebuild better-sqlite3',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return false;
}

async function main(argv) {
  const build = !argv.includes('--no-build');
  const appArgs = argv.filter((a) => a !== '--no-build');
  if (build) {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error('npm start: the build failed (see above); nothing was launched.');
      return result.status ?? 1;
    }
  } else if (!existsSync(join(root, 'dist', 'electron', 'main.cjs'))) {
    console.error('npm start: --no-build, but dist/electron/main.cjs does not exist: run `npm run build` first.');
    return 1;
  }

  const { binary, reason } = findElectronBinary();
  if (!binary) return explainMissingElectron(reason);

  // ELECTRON_RUN_AS_NODE in the environment would make the binary a plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  if (!checkNativeModules(binary, env)) return 1;
  const child = spawn(binary, [root, ...appArgs], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 0))));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main(process.argv.slice(2));
