#!/usr/bin/env node
// npm start: build, then launch the desktop app with the installed Electron binary. Where there is none (these
// machines cannot download it), explain how to get one and show the command line, which needs no Electron and
// opens the same library — so `npm start` is useful on a fresh machine too.
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
  const cli = join(root, 'bin', 'license-desk.js');
  console.log(
    [
      '',
      'License Desk was built (dist/), but it cannot open a window here: there is no Electron binary on this machine.',
      `  (${reason})`,
      '',
      'To run the desktop app, give this checkout an Electron binary, then run `npm start` again:',
      '  - with network access:        npm install electron   (or: node node_modules/electron/install.js)',
      '  - with an Electron you have:  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-dist npm start',
      '    (the folder that holds the `electron` executable, of the version in package.json)',
      '',
      'Meanwhile the same engine and the same library work from the command line:',
      '  npx license-desk --help',
      '  npx license-desk import ../shared/corpus/documents/<file>.md',
      '  npx license-desk analyze <file.pdf|.docx|.md|.txt> --json',
      '',
      'npx license-desk --help:',
      '',
    ].join('\n'),
  );
  const help = spawnSync(process.execPath, [cli, '--help'], { cwd: root, stdio: 'inherit' });
  return help.status ?? 1;
}

async function main() {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('npm start: the build failed (see above); nothing was launched.');
    process.exit(build.status ?? 1);
  }

  const { binary, reason } = findElectronBinary();
  if (!binary) process.exit(explainMissingElectron(reason));

  // ELECTRON_RUN_AS_NODE in the environment would make the binary a plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
