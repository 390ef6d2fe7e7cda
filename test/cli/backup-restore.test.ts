import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { SCHEMA_VERSION } from '../../src/store';
import { DOCUMENTS_DIR } from '../support/corpus';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-cli-backup-'));
  db = join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs from `dir`, so relative paths on the command line are relative to it. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { LICENSE_DESK_DB: db }, cwd: dir };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const sourceNames = async () => (JSON.parse((await run('list', '--json')).stdout) as Array<{ sourceName: string }>).map((d) => d.sourceName).sort();

describe('license-desk backup and restore', () => {
  it('backs up to a file named relative to where it runs, and restores from it', async () => {
    await run('import', join(DOCUMENTS_DIR, 'bsd-3-clause.txt'));
    const backup = await run('backup', 'before.sqlite');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`backed up to ${join(dir, 'before.sqlite').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ pages\\)`));

    await run('import', join(DOCUMENTS_DIR, 'apache-2.0.txt'));
    expect(await sourceNames()).toEqual(['apache-2.0.txt', 'bsd-3-clause.txt']);

    const restored = await run('restore', 'before.sqlite', '--json');
    expect(restored.code).toBe(0);
    const result = JSON.parse(restored.stdout) as { documents: number; previous: string; source: string };
    expect(result).toMatchObject({ documents: 1, source: join(dir, 'before.sqlite') });
    expect(await sourceNames()).toEqual(['bsd-3-clause.txt']);

    // The replaced content is a library of its own, and can be restored in turn.
    const undo = await run('restore', result.previous);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toMatch(/^Restored 2 documents from .*\nThe library as it was before is kept at .*before-restore-.*\.sqlite\.\n$/);
    expect(await sourceNames()).toEqual(['apache-2.0.txt', 'bsd-3-clause.txt']);
  });

  it('refuses a backup from a newer version with its code and leaves the library as it was', async () => {
    await run('import', join(DOCUMENTS_DIR, 'bsd-3-clause.txt'));
    await run('backup', 'newer.sqlite');
    const file = new Database(join(dir, 'newer.sqlite'));
    file.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    file.close();
    await run('import', join(DOCUMENTS_DIR, 'apache-2.0.txt'));

    const r = await run('restore', 'newer.sqlite');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error NEWER_SCHEMA: This backup was written by a newer version of License Desk/);
    expect(await sourceNames()).toEqual(['apache-2.0.txt', 'bsd-3-clause.txt']);
  });

  it('needs exactly one file', async () => {
    expect((await run('backup')).code).toBe(2);
    expect((await run('restore', 'a.sqlite', 'b.sqlite')).stderr).toMatch(/^error USAGE: restore needs exactly one file/);
    expect((await run('restore', 'missing.sqlite')).stderr).toMatch(/^error NOT_FOUND: There is no backup at/);
  });
});
