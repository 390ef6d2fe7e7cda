/**
 * `license-desk compare` on files and library ids: the JSON contract (schema license-desk/compare@1, offsets into
 * the text `analyze --json` prints), the self-contained HTML report and the Word redline read back as a reviewer's
 * tools read them, and the same exports through the handler map.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createContext } from '../../src/api';
import { runCli } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { Library } from '../../src/store';
import { corpusAvailable, DOCUMENTS_DIR, PROJECT_ROOT } from '../support/corpus';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ld-compare-cli-'));
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

const OLD = join(DOCUMENTS_DIR, 'tongyi-qianwen-license-agreement-2023-08-03-original.txt');
const NEW = join(DOCUMENTS_DIR, 'tongyi-qianwen-license-agreement.txt');

interface JsonChange {
  kind: string;
  old: { start: number; end: number } | null;
  new: { start: number; end: number } | null;
  categories: string[];
  material: boolean;
  summary: string;
}

describe.skipIf(!corpusAvailable)('license-desk compare', () => {
  it('prints the compare@1 JSON with offsets into the text analyze --json prints', async () => {
    const r = await run('compare', OLD, NEW, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { schema: string; old: Record<string, unknown>; new: Record<string, unknown>; changes: JsonChange[] };
    expect(out.schema).toBe('license-desk/compare@1');
    expect(out.old).toMatchObject({ title: 'Tongyi Qianwen LICENSE AGREEMENT', source: OLD, format: 'text' });
    expect(out.new).toMatchObject({ source: NEW });
    for (const c of out.changes) {
      expect(['modified', 'inserted', 'deleted', 'moved']).toContain(c.kind);
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['kind', 'old', 'new', 'categories', 'material', 'summary']));
      for (const span of [c.old, c.new]) if (span) expect(Object.keys(span).sort()).toEqual(['end', 'start']);
    }
    const oldText = JSON.parse((await run('analyze', OLD, '--json')).stdout).text as string;
    const newText = JSON.parse((await run('analyze', NEW, '--json')).stdout).text as string;
    const indemnity = out.changes.find((c) => c.material)!;
    expect(indemnity).toMatchObject({ kind: 'modified', categories: ['liability-warranty'], summary: 'Liability: the wording of an obligation changed: “defend” added' });
    expect(oldText.slice(indemnity.old!.start, indemnity.old!.end)).toMatch(/^d\. You will indemnify and hold armless Us/);
    expect(newText.slice(indemnity.new!.start, indemnity.new!.end)).toMatch(/^d\. You will defend, indemnify and hold harmless Us/);
  });

  it('compares library documents by id, the same way as the files', async () => {
    expect((await run('import', OLD, NEW)).code).toBe(0);
    const byId = JSON.parse((await run('compare', '1', '#2', '--json')).stdout);
    const byFile = JSON.parse((await run('compare', OLD, NEW, '--json')).stdout);
    expect(byId.old).toMatchObject({ source: 'library:1', documentId: 1 });
    expect(byId.changes.map((c: JsonChange) => [c.kind, c.old, c.new, c.material, c.summary])).toEqual(byFile.changes.map((c: JsonChange) => [c.kind, c.old, c.new, c.material, c.summary]));
    const mixed = await run('compare', '1', NEW);
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toMatch(/MATERIAL §7\.d \[liability-warranty\] Liability: the wording of an obligation changed: “defend” added/);
    expect((await run('compare', '99', NEW)).stderr).toMatch(/^error NOT_FOUND: There is no document 99/);
    expect((await run('compare', OLD)).code).toBe(2);
  });

  it('writes a self-contained HTML report with every document character escaped', async () => {
    // A later "version" carrying markup in its text: it must come out as text, never as markup.
    const hostile = readFileSync(NEW, 'utf8').replace('defend, indemnify', 'defend <script>alert("x")</script> <img src=x onerror=alert(1)>, indemnify');
    const hostilePath = join(dir, 'tongyi-hostile.txt');
    writeFileSync(hostilePath, hostile);
    const out = join(dir, 'report.html');
    const r = await run('compare', OLD, hostilePath, '--html', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote the HTML comparison report/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    // No element that could load or run anything, and no attribute pointing anywhere.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /^<(?:script|img|link|iframe|object|embed|svg|video|audio|source)\b/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /\s(?:src|on\w+)=|\shref="(?!#c\d+")/i.test(t))).toEqual([]);
    // Each change in the list links to its place in the redline.
    for (const [, id] of html.matchAll(/<a href="#(c\d+)">/g)) expect(html).toContain(`id="${id}"`);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toMatch(/<ins>[^<]*defend &lt;script&gt;/);
    expect(html).toMatch(/<del>armless <\/del><ins>harmless <\/ins>|<del>armless<\/del>/);
    expect(html).toContain('Liability: the wording of an obligation changed');
  });

  it('writes a Word redline: insertions underlined, deletions struck, the material changes listed', async () => {
    const out = join(dir, 'redline.docx');
    const json = await run('compare', join(DOCUMENTS_DIR, 'llama-3-community-license.txt'), join(DOCUMENTS_DIR, 'llama-3.1-community-license.txt'), '--docx', out, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).schema).toBe('license-desk/compare@1'); // stdout stays pure JSON
    expect(json.stderr).toMatch(/Wrote the Word redline/);
    const bytes = readFileSync(out);
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: ['u => u'] });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toContain('Attribution: the required notice changed from “Built with Meta Llama 3” to “Built with Llama”');
    expect(html).toMatch(/<s>[^<]*You will not use the Llama Materials or any output or results of the Llama Materials to improve any other large language model/);
    expect(html).toMatch(/<u>[^<]*or any outputs or results of the Llama Materials/);
    expect(html).toMatch(/Built with <s>Meta (?:Llama 3” )?<\/s>(?:<u>Llama” <\/u>)?/);
    // The changed summary answer by its name and values in words, as counsel read them, not the JSON field.
    expect(html).toMatch(/<td><p><strong>Acceptable use<\/strong><\/p><\/td><td><p>restrictions in the document<\/p><\/td><td><p>[^<]*incorporated by reference<\/p><\/td>/);
    expect(html).not.toMatch(/acceptableUse|>by-reference</);
    // A clause opening with a defined term is quoted with the term in single quotes, not ““Documentation” …”.
    expect(html).toContain('“‘Documentation’ means the specifications');
    expect(html).not.toMatch(/““|””/);
    // The report names the files, not the folders of the reviewer's machine.
    expect(html).toContain('(llama-3-community-license.txt)');
    expect(html).not.toContain(DOCUMENTS_DIR);
  });
});

describe.skipIf(!corpusAvailable)('comparison through the handler map', () => {
  it('returns the comparison and both exports for two library documents', async () => {
    const ctx = createContext(Library.open(db), 'Ann Counsel');
    try {
      const ids: number[] = [];
      for (const file of [OLD, NEW]) ids.push((await call(ctx, 'documents-import', { name: file.split('/').pop()!, bytes: new Uint8Array(readFileSync(file)) })).document.id);
      const comparison = await call(ctx, 'compare-documents', { oldId: ids[0], newId: ids[1] });
      expect(comparison.schema).toBe('license-desk/compare@1');
      expect(comparison.alignment.length).toBeGreaterThan(30);
      expect(comparison.changes.filter((c) => c.material).map((c) => c.id)).toHaveLength(1);
      const html = await call(ctx, 'compare-export', { oldId: ids[0], newId: ids[1], format: 'html' });
      expect(html).toMatchObject({ format: 'html', mimeType: 'text/html; charset=utf-8', fileName: expect.stringMatching(/^comparison-tongyi-qianwen-license-agreement-to-tongyi-qianwen-license-agreement\.html$/) });
      expect(html.content).toMatch(/^<!DOCTYPE html>/);
      const docx = await call(ctx, 'compare-export', { oldId: ids[0], newId: ids[1], format: 'docx' });
      expect(docx.content).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(docx.content as Uint8Array).subarray(0, 2).toString()).toBe('PK');
    } finally {
      ctx.library.close();
    }
  });
});
