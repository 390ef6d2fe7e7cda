/**
 * The bundled command line (scripts/bundle-electron.mjs bundleCli, run by `npm run build`): it must print exactly
 * what the TypeScript source prints, read PDFs with its own bundled page worker, and be chosen by the bin entry
 * only while every file it was built from is unchanged (bin/bundle-check.js).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs build script without type declarations
import { bundleCli } from '../../scripts/bundle-electron.mjs';
// @ts-expect-error -- plain .js bin helper without type declarations
import { currentCliBundle } from '../../bin/bundle-check.js';
import { BAD_DIR, DOCUMENTS_DIR, FORMATS_DIR, PROJECT_ROOT } from '../support/corpus';

// Inside the checkout, so the bundle's external packages (better-sqlite3, pdf.js) resolve from node_modules.
const outDir = join(PROJECT_ROOT, 'node_modules', '.cache', 'license-desk-test', `cli-${process.pid}`);
let built: { cli: string; workers: string[]; inputs: string[] };
beforeAll(async () => {
  built = await bundleCli({ root: PROJECT_ROOT, outDir, logLevel: 'error' });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function run(entry: string[], args: string[]) {
  const r = spawnSync(process.execPath, [...entry, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LICENSE_DESK_FROM_SOURCE: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const fromSource = (...args: string[]) => run([join(PROJECT_ROOT, 'bin', 'license-desk.js')], args);
const fromBundle = (...args: string[]) => run([built.cli], args);

describe('the bundled command line', () => {
  it('prints the same comparison as the source, byte for byte', () => {
    const args = ['compare', join(DOCUMENTS_DIR, 'llama-3-community-license.txt'), join(DOCUMENTS_DIR, 'llama-3.1-community-license.txt'), '--json'];
    const bundled = fromBundle(...args);
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    expect(JSON.parse(bundled.stdout).changes.some((c: { material: boolean }) => c.material)).toBe(true);
    expect(bundled.stdout).toBe(fromSource(...args).stdout);
  }, 60_000);

  it('reads a PDF with its own bundled page worker and finds the same clauses', () => {
    const pdf = join(FORMATS_DIR, 'cc-by-nc-4.0-legalcode.libreoffice.pdf');
    expect(built.workers.map((w) => w.split('/').pop())).toContain('page-worker.mjs');
    const bundled = fromBundle('analyze', pdf, '--json');
    expect(bundled.code).toBe(0);
    const report = JSON.parse(bundled.stdout);
    expect(report.document).toMatchObject({ format: 'pdf', pageCount: 7 });
    expect(report.findings.some((f: { category: string; stance: string }) => f.category === 'commercial-use' && f.stance === 'restricts')).toBe(true);
    expect(bundled.stdout).toBe(fromSource('analyze', pdf, '--json').stdout);
  }, 60_000);

  it('reports a broken file with the same error and exit code', () => {
    // A password-protected corpus PDF (refused by the bundled page worker) and a file that is not there.
    for (const [file, code] of [[join(BAD_DIR, 'encrypted-user-password.pdf'), 'ENCRYPTED'], [join(outDir, 'nowhere.pdf'), 'FILE_NOT_FOUND']] as const) {
      const bundled = fromBundle('analyze', file);
      expect(bundled.code, file).toBe(1);
      expect(bundled.stderr, file).toMatch(new RegExp(`error ${code}`));
      expect(bundled, file).toEqual(fromSource('analyze', file));
    }
  }, 60_000);

  it('records every project source it was built from, and npm’s record of the installed packages', () => {
    for (const file of ['src/cli/run.ts', 'src/cli/main.ts', 'src/clauses/detector.ts', 'src/ingest/pdf/page-worker.ts', 'package.json', 'node_modules/.package-lock.json']) {
      expect(built.inputs, file).toContain(file);
    }
    expect(built.inputs.filter((f) => f.startsWith('node_modules/') && f !== 'node_modules/.package-lock.json')).toEqual([]);
    expect(currentCliBundle(PROJECT_ROOT, outDir)).toBe(built.cli);
  });
});

describe('choosing the bundle (bin/bundle-check.js)', () => {
  const root = mkdtempSync(join(tmpdir(), 'ld-bundle-check-'));
  const bundleDir = join(root, 'dist', 'cli');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function record(files: string[]) {
    const inputs: Record<string, { size: number; mtimeMs: number }> = {};
    for (const f of files) {
      const s = statSync(join(root, f));
      inputs[f] = { size: s.size, mtimeMs: s.mtimeMs };
    }
    writeFileSync(join(bundleDir, 'inputs.json'), JSON.stringify({ inputs }));
  }

  beforeAll(() => {
    mkdirSync(join(root, 'src'), { recursive: true });
    mkdirSync(bundleDir, { recursive: true });
    cpSync(join(PROJECT_ROOT, 'src', 'cli', 'run.ts'), join(root, 'src', 'run.ts'));
    writeFileSync(join(root, 'src', 'rules.ts'), 'export const RULES = [];\n');
    writeFileSync(join(bundleDir, 'license-desk.mjs'), '// bundle\n');
  });

  it('runs the bundle while every input is as recorded', () => {
    record(['src/run.ts', 'src/rules.ts']);
    expect(currentCliBundle(root)).toBe(join(bundleDir, 'license-desk.mjs'));
  });

  it('runs the source once a file is edited, even to the same size, or touched', () => {
    record(['src/run.ts', 'src/rules.ts']);
    writeFileSync(join(root, 'src', 'rules.ts'), 'export const RULES = [1];\n');
    expect(currentCliBundle(root)).toBeNull();
    record(['src/run.ts', 'src/rules.ts']);
    const later = new Date(statSync(join(root, 'src', 'rules.ts')).mtimeMs + 5_000);
    writeFileSync(join(root, 'src', 'rules.ts'), 'export const RULES = [2];\n');
    utimesSync(join(root, 'src', 'rules.ts'), later, later);
    expect(currentCliBundle(root)).toBeNull();
  });

  it('runs the source when an input is gone, the record is damaged or empty, or the bundle is missing', () => {
    record(['src/run.ts', 'src/rules.ts']);
    rmSync(join(root, 'src', 'rules.ts'));
    expect(currentCliBundle(root)).toBeNull();
    writeFileSync(join(root, 'src', 'rules.ts'), 'export const RULES = [];\n');
    record(['src/run.ts', 'src/rules.ts']);
    expect(currentCliBundle(root)).not.toBeNull();
    const saved = readFileSync(join(bundleDir, 'inputs.json'), 'utf8');
    writeFileSync(join(bundleDir, 'inputs.json'), saved.slice(0, 20));
    expect(currentCliBundle(root)).toBeNull();
    writeFileSync(join(bundleDir, 'inputs.json'), JSON.stringify({ inputs: {} }));
    expect(currentCliBundle(root)).toBeNull();
    writeFileSync(join(bundleDir, 'inputs.json'), saved);
    rmSync(join(bundleDir, 'license-desk.mjs'));
    expect(currentCliBundle(root)).toBeNull();
  });
});
