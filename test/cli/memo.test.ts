/**
 * Memos in batch from the command line: import real documents, `assess create` (verdicts pre-filled exactly as
 * the app's assessments-create does, from the stored analyses), `assess show/list`, and `memo` in each format.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createContext } from '../../src/api';
import { VERDICT_LABELS } from '../../src/assess/topics';
import type { CliIO } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { Library } from '../../src/store';
import type { Assessment } from '../../src/store/assessments';
import { chromiumOnThisMachine } from '../memo/pdf-output';
import { containsWords, htmlTables, htmlText, mdFind, mdTables, mdText, parseMarkdown, readDocx, readPdf } from '../memo/read-back';
import { DOCUMENTS_DIR } from '../support/corpus';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-cli-memo-'));
  db = join(dir, 'library.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { LICENSE_DESK_DB: db, LICENSE_DESK_REVIEWER: 'Ann Counsel', ...env }, cwd: dir };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const FILES = ['llama-3.1-community-license.txt', 'llama-3.1-acceptable-use-policy.md', 'llama-api-terms-of-service-2026-08-22.md', 'apache-2.0.txt'];
const ROLES = ['weights-license', 'acceptable-use-policy', 'service-terms', 'code-license'];

describe('license-desk assess and memo', () => {
  let id: string;
  let ids: number[];

  it('creates an assessment from ID:ROLE pairs, printing only its id, with the verdicts the app would pre-fill', async () => {
    const imported = await run(['import', ...FILES.map((f) => join(DOCUMENTS_DIR, f)), '--json']);
    expect(imported.code).toBe(0);
    ids = (JSON.parse(imported.stdout) as Array<{ document: { id: number } }>).map((r) => r.document.id);
    const created = await run(['assess', 'create', '--model', 'Llama 3.1 8B', '--use', 'Support chatbot', ...ids.flatMap((d, i) => ['--doc', `${d}:${ROLES[i]}`]), '--reviewer', 'Ben Reviewer']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(/^\d+\n$/);
    id = created.stdout.trim();

    const shown = JSON.parse((await run(['assess', 'show', id, '--json'])).stdout) as Assessment;
    expect(shown).toMatchObject({ id: Number(id), modelName: 'Llama 3.1 8B', intendedUse: 'Support chatbot', reviewer: 'Ben Reviewer', status: 'draft' });
    expect(shown.documents).toEqual(ids.map((d, i) => ({ documentId: d, role: ROLES[i] })));

    // The same documents through the handler the app calls give the same pre-filled verdicts.
    const ctx = createContext(Library.open(db), 'App User');
    try {
      const viaApp = await call(ctx, 'assessments-create', { modelName: 'Llama 3.1 8B', intendedUse: 'Support chatbot', documents: shown.documents });
      const strip = (a: Assessment) => a.verdicts.map(({ editedAt: _a, editedBy: _b, ...v }) => v);
      expect(strip(shown)).toEqual(strip(viaApp));
      expect(shown.verdicts.every((v) => v.prefill !== null && v.editedBy === null)).toBe(true);
      await call(ctx, 'assessments-delete', { id: viaApp.id });
    } finally {
      ctx.library.close();
    }

    const table = await run(['assess', 'show', id]);
    expect(table.stdout).toMatch(/TOPIC\s+VERDICT\s+DECIDED BY\s+CONDITIONS/);
    expect(table.stdout).toMatch(/Commercial use\s+\S/);
    const list = await run(['assess', 'list', '--json']);
    expect((JSON.parse(list.stdout) as Assessment[]).map((a) => a.id)).toEqual([Number(id)]);
    expect((await run(['assess', 'list'])).stdout).toMatch(/Llama 3\.1 8B\s+Support chatbot\s+Ben Reviewer\s+draft/);
  });

  it('writes the memo as Markdown and DOCX with the verdicts the assessment holds', async () => {
    const assessment = JSON.parse((await run(['assess', 'show', id, '--json'])).stdout) as Assessment;
    const md = await run(['memo', id, '--format', 'md', '--out', 'memo.md', '--exclude', 'documents,annotations']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/Wrote the MD memo of assessment \d+ \(“Licence review: Llama 3\.1 8B”\) to .*memo\.md/);
    const root = parseMarkdown(readFileSync(join(dir, 'memo.md'), 'utf8'));
    const headings = mdFind(root, 'heading').map(mdText);
    expect(headings).toContain('1. Executive summary');
    expect(headings).not.toContain('2. Documents reviewed');
    // The verdict table holds each topic's verdict as the assessment records it (labelled as the app labels it).
    const expectedRows = assessment.verdicts.map((v) => [v.title, VERDICT_LABELS[v.verdict ?? ''] ?? v.verdict]);
    expect(expectedRows.length).toBeGreaterThanOrEqual(4);
    const mdVerdicts = mdTables(root).find((t) => t[0].join('|') === 'Topic|Verdict|Conditions|Deciding document');
    expect(mdVerdicts, 'the Markdown verdict table').toBeDefined();
    expect(mdVerdicts!.slice(1).map((r) => [r[0], r[1]])).toEqual(expectedRows);

    const docx = await run(['memo', id, '--out', 'memo.docx', '--header', 'Confidential draft']);
    expect(docx.code).toBe(0);
    const back = await readDocx(new Uint8Array(readFileSync(join(dir, 'memo.docx'))));
    expect(htmlText(back.html)).toContain('Executive summary');
    expect(Object.entries(back.parts).some(([p, xml]) => /^word\/header\d*\.xml$/.test(p) && xml.includes('Confidential draft'))).toBe(true);
    const docxVerdicts = htmlTables(back.html).find((t) => t[0].join('|') === 'Topic|Verdict|Conditions|Deciding document');
    expect(docxVerdicts, 'the DOCX verdict table').toBeDefined();
    expect(docxVerdicts!.slice(1).map((r) => [r[0], r[1]])).toEqual(expectedRows);
    // Deciding clauses the analysis found (the licence's 700 million MAU term decides commercial use) are quoted.
    const clauses = assessment.verdicts.flatMap((v) => v.decidingClauses);
    expect(clauses.some((c) => /700 million monthly active users/.test(c.quote))).toBe(true);
    for (const clause of clauses) expect(containsWords(htmlText(back.html), clause.quote.slice(0, 200).replace(/\s\S*$/, '')), clause.quote.slice(0, 60)).toBe(true);
  });

  it.skipIf(!chromiumOnThisMachine())('writes the memo as PDF through the machine’s Chromium', async () => {
    const pdf = await run(['memo', id, '--format', 'pdf', '--out', 'memo.pdf', '--page-size', 'letter']);
    expect(pdf).toMatchObject({ code: 0, stderr: '' });
    const back = await readPdf(new Uint8Array(readFileSync(join(dir, 'memo.pdf'))));
    expect(back.pages[0]).toMatch(/Page 1 of \d+/);
    expect(back.pages.join(' ')).toContain('Executive summary');
  });

  it('explains what is wrong: usage errors exit 2, failures exit 1 with a code, and no file is left behind', async () => {
    expect(await run(['assess'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error USAGE: assess needs one of create, show, list/) });
    expect(await run(['assess', 'create', '--model', 'X', '--use', 'Y', '--doc', `${ids[0]}:weights`])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown role "weights".*roles: weights-license/) });
    expect(await run(['assess', 'create', '--model', 'X', '--use', 'Y', '--doc', 'one'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--doc takes ID:ROLE/) });
    expect(await run(['assess', 'create', '--use', 'Y', '--doc', `${ids[0]}:weights-license`])).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs --model/) });
    expect(await run(['assess', 'create', '--model', 'X', '--use', 'Y', '--doc', '999:weights-license'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error NOT_FOUND: /) });
    expect(await run(['assess', 'show', '999'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error NOT_FOUND: There is no assessment 999/) });
    expect(await run(['memo', id])).toMatchObject({ code: 2, stderr: expect.stringMatching(/memo needs --out/) });
    expect(await run(['memo', id, '--out', 'memo.txt'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/say which format with --format/) });
    expect(await run(['memo', id, '--out', 'x.md', '--include', 'summary,appendix'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no memo section “appendix”/) });
    expect(await run(['memo', id, '--out', '-', '--format', 'docx'])).toMatchObject({ code: 2 });
    expect(await run(['memo', id, '--out', 'nowhere/memo.md'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/does not exist/) });
    expect(await run(['memo', '999', '--out', 'gone.md'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error NOT_FOUND: /) });
    expect(existsSync(join(dir, 'gone.md'))).toBe(false);
    const noEngine = await run(['memo', id, '--out', 'memo2.pdf'], { LICENSE_DESK_CHROMIUM: join(dir, 'no-such-chrome') });
    expect(noEngine).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error PDF_ENGINE_UNAVAILABLE: .*--format docx or --format md/) });
    expect(existsSync(join(dir, 'memo2.pdf'))).toBe(false);
  });

  it('prints Markdown to stdout with --out -', async () => {
    const r = await run(['memo', id, '--out', '-', '--format', 'md', '--include', 'summary']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\*\*Privileged & Confidential — Attorney Work Product\*\*\n\n# Licence review: Llama 3\.1 8B\n/);
  });
});
