/**
 * Memo export (issue 7): an assessment over 4 corpus documents with at least 60 findings, exported to DOCX
 * (target < 1 s) and to PDF (target < 3 s). Each export is timed end to end from the library: building the memo
 * model, rendering, and (PDF) printing. One warm-up run, then the median of several; the first (cold) run is shown
 * beside it. PDF is measured two ways: as the CLI prints (a headless Chromium started per memo, so its start-up
 * is in the time) and as the app prints (Page.printToPDF in a browser already running — Electron's printToPDF is
 * that call in the app's own Chromium), the latter through Playwright, a devDependency.
 */
import { call } from '../../src/api';
import type { AssessmentRole } from '../../src/assess/topics';
import { buildMemo, chromiumPdfEngine, findChromium, renderMemoDocx, renderMemoHtml, renderMemoPdf, type Memo } from '../../src/memo';
import { importWithGoldFindings, openTempLibrary } from '../../test/memo/memo-fixture';
import type { BenchModule, BenchRow } from './types';

const DOCUMENTS: Array<{ file: string; role: AssessmentRole }> = [
  { file: 'llama-3.1-community-license.txt', role: 'weights-license' },
  { file: 'creativeml-openrail-m-stable-diffusion-v1.txt', role: 'code-license' },
  { file: 'chatgpt-acceptable-use-policy-current.md', role: 'acceptable-use-policy' },
  { file: 'llama-api-terms-of-service-2026-08-22.md', role: 'service-terms' },
];

async function timed(runs: number, fn: () => Promise<unknown>): Promise<{ cold: number; median: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push((performance.now() - start) / 1000);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return { cold: times[0], median: warm[Math.floor(warm.length / 2)] };
}

const seconds = (s: number) => `${s.toFixed(2)} s`;

/** PDF printed by a Chromium that is already running, as Electron's printToPDF prints in the app. */
async function runningBrowserRow(executablePath: string, memoOf: () => Memo, what: string): Promise<BenchRow> {
  const name = `memo → PDF, app: printToPDF in a running Chromium (${what})`;
  let playwright: typeof import('@playwright/test');
  try {
    playwright = await import('@playwright/test');
  } catch {
    return { name, measured: 'skipped: Playwright not installed', reference: '—', ratio: null, target: '< 3 s', pass: false };
  }
  const browser = await playwright.chromium.launch({ executablePath, args: ['--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND'] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const pdf = await timed(4, async () => {
      await page.setContent(renderMemoHtml(memoOf()));
      return page.pdf({ preferCSSPageSize: true, printBackground: true });
    });
    return { name, measured: `${seconds(pdf.median)} median (cold ${seconds(pdf.cold)})`, reference: '—', ratio: null, target: '< 3 s', pass: pdf.median < 3 };
  } finally {
    await browser.close();
  }
}

const bench: BenchModule = {
  title: 'memo',
  async run() {
    const lib = openTempLibrary();
    try {
      const ids: number[] = [];
      for (const d of DOCUMENTS) ids.push((await importWithGoldFindings(lib.ctx, d.file)).id);
      const assessment = await call(lib.ctx, 'assessments-create', {
        modelName: 'Benchmark model',
        intendedUse: 'Memo export benchmark',
        documents: DOCUMENTS.map((d, i) => ({ documentId: ids[i], role: d.role })),
      });
      const findings = ids.reduce((n, id) => n + lib.ctx.library.findings.listForDocument(id).length, 0);
      if (findings < 60) throw new Error(`the benchmark assessment has only ${findings} findings (needs ≥ 60)`);
      const what = `${DOCUMENTS.length} documents, ${findings} findings`;
      const memoOf = () => buildMemo(lib.ctx.library, assessment.id, {}, { now: lib.ctx.now });

      const rows: BenchRow[] = [];
      const docx = await timed(6, () => renderMemoDocx(memoOf()));
      rows.push({ name: `memo → DOCX (${what})`, measured: `${seconds(docx.median)} median (cold ${seconds(docx.cold)})`, reference: '—', ratio: null, target: '< 1 s', pass: docx.median < 1 });

      const chromium = findChromium();
      if (!chromium) {
        rows.push({ name: `memo → PDF (${what})`, measured: 'skipped: no Chromium (set LICENSE_DESK_CHROMIUM)', reference: '—', ratio: null, target: '< 3 s', pass: false });
      } else {
        const engine = chromiumPdfEngine(chromium);
        // The floor of this path: the same browser started to print a one-line page.
        const empty = await timed(3, () => engine.printToPdf('<!DOCTYPE html><title>x</title><p>x</p>'));
        const pdf = await timed(4, () => renderMemoPdf(memoOf(), engine));
        rows.push({
          name: `memo → PDF, CLI: headless ${chromium} per memo (${what})`,
          measured: `${seconds(pdf.median)} median (cold ${seconds(pdf.cold)})`,
          reference: `same browser, one-line page: ${seconds(empty.median)}`,
          ratio: pdf.median / empty.median,
          target: '< 3 s',
          pass: pdf.median < 3,
        });
        rows.push(await runningBrowserRow(chromium, memoOf, what));
      }
      return rows;
    } finally {
      lib.close();
    }
  },
};

export default bench;
