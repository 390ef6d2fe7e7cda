import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { BAD_DIR, DOCUMENTS_DIR, PROJECT_ROOT } from '../support/corpus';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-cli-'));
  db = join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { LICENSE_DESK_DB: db }, cwd: PROJECT_ROOT };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('license-desk CLI', () => {
  it('imports several files, reporting each broken one on stderr without stopping the others', async () => {
    const good = join(DOCUMENTS_DIR, 'mit-license-stability-ai-2024.txt');
    const r = await run('import', join(BAD_DIR, 'empty.md'), good, join(dir, 'missing.pdf'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/imported as document 1/);
    expect(r.stderr).toMatch(/empty\.md: error EMPTY: /);
    expect(r.stderr).toMatch(/missing\.pdf: error FILE_NOT_FOUND/);
    const again = await run('import', good, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([expect.objectContaining({ ok: true, duplicate: true })]);
  });

  it('lists, shows and searches as tables and as JSON', async () => {
    await run('import', join(DOCUMENTS_DIR, 'llama-3.1-community-license.txt'), join(DOCUMENTS_DIR, 'apache-2.0.txt'));
    const list = await run('list', '--json');
    const docs = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
    expect(docs).toHaveLength(2);
    for (const d of docs) expect(d).toEqual(expect.objectContaining({ id: expect.any(Number), title: expect.any(String), kind: expect.any(String), format: 'text', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }));
    expect((await run('list')).stdout).toMatch(/ID\s+TITLE\s+KIND/);
    const llama = docs.find((d) => String(d.sourceName).startsWith('llama'))!;
    const show = JSON.parse((await run('show', String(llama.id), '--json')).stdout);
    expect(show).toMatchObject({ id: llama.id, sha256: llama.sha256 });
    const hits = JSON.parse((await run('search', '"700 million"', '--json')).stdout) as Array<{ documentId: number; snippet: string }>;
    expect(hits.map((h) => h.documentId)).toEqual([llama.id]);
    expect(hits[0].snippet).toContain('700 million');
  });

  it('prints the analysis JSON in the stable shape, with offsets into its own text', async () => {
    const r = await run('analyze', join(DOCUMENTS_DIR, 'gemma-terms-of-use-2025-03-24.txt'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.schema).toBe('license-desk/analysis@1');
    expect(report.document).toEqual(expect.objectContaining({ format: 'text', sha256: expect.any(String), characters: report.text.length }));
    expect(report.blocks.length).toBeGreaterThan(5);
    for (const b of report.blocks) expect(report.text.slice(b.start, b.end).trim()).toBe(report.text.slice(b.start, b.end));
    // Findings quote the report's own text at their offsets, and the answers cite findings of this report.
    const findings = report.findings as Array<{ id: string; start: number; end: number; quote: string }>;
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) expect(report.text.slice(f.start, f.end), f.id).toBe(f.quote);
    const ids = new Set(findings.map((f) => f.id));
    const cited = Object.values(report.assessment.decidedBy as Record<string, string[]>).flat();
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
    // The licence it is, with its span in the same text.
    expect(report.license).toMatchObject({ id: 'gemma-2025-03-24', match: 'exact', start: 0, end: report.text.length });
  });

  it('explains a wrong command line with exit code 2', async () => {
    expect(await run('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command/) });
    expect(await run('show', 'abc')).toMatchObject({ code: 2, stderr: expect.stringMatching(/positive number/) });
    expect(await run('list', '--bogus')).toMatchObject({ code: 2 });
    expect(await run('show', '42')).toMatchObject({ code: 1, stderr: expect.stringMatching(/error NOT_FOUND/) });
  });

  it('runs as a real process through the bin entry', () => {
    const bin = join(PROJECT_ROOT, 'bin', 'license-desk.js');
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = spawnSync(process.execPath, [bin, 'import', join(BAD_DIR, 'empty.md')], { encoding: 'utf8', env: { ...process.env, LICENSE_DESK_DB: db } });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/error EMPTY/);
  });
});
