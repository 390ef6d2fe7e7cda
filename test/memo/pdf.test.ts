/**
 * The PDF memo: the print HTML printed by the machine's Chromium (as the CLI does; the app uses Electron's
 * printToPDF on the same HTML), read back with pdf.js, and rendered to PNG in test-results/memo/ for a person to
 * look at. Skipped, and says so, where no Chromium is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMemo, chromiumPdfEngine, renderMemoHtml, renderMemoPdf, type Memo } from '../../src/memo';
import { citationOf, expectedMemo } from './expected';
import { openTempLibrary, reviewLlamaAssessment, type ReviewedAssessment, type TempLibrary } from './memo-fixture';
import { chromiumOnThisMachine, pdftoppmAvailable, renderPagesToPng, saveResult } from './pdf-output';
import { containsWords, readPdf, type PdfReadBack } from './read-back';

const chromium = chromiumOnThisMachine();
const HEADER = 'Privileged & Confidential — Attorney Work Product';

describe.skipIf(!chromium)(`PDF memo printed by ${chromium ?? 'Chromium (none found: install chromium or set LICENSE_DESK_CHROMIUM)'}`, () => {
  let lib: TempLibrary;
  let review: ReviewedAssessment;
  let memo: Memo;
  let pdf: PdfReadBack;
  let pdfPath: string;
  let expected: ReturnType<typeof expectedMemo>;
  /** The body text of all pages, without the running header and footer (so a quote across a page break reads on). */
  let body: string;

  beforeAll(async () => {
    lib = openTempLibrary();
    review = await reviewLlamaAssessment(lib.ctx);
    expected = expectedMemo(lib.ctx, review.assessment.id);
    memo = buildMemo(lib.ctx.library, review.assessment.id, {}, { now: lib.ctx.now });
    saveResult('memo.html', renderMemoHtml(memo));
    const bytes = await renderMemoPdf(memo, chromiumPdfEngine(chromium!));
    pdfPath = saveResult('memo.pdf', bytes);
    pdf = await readPdf(bytes);
    body = pdf.pages
      .map((p) =>
        p
          .replace(new RegExp(HEADER.toUpperCase().replace(/[&]/g, '\\&'), 'g'), '')
          .replace(/Page \d+ of \d+/g, '')
          .replace(/Licence review: Llama 3\.1 8B Instruct · Assessment #\d+/g, ''),
      )
      .join('\n');
  }, 120_000);
  afterAll(() => lib?.close());

  it('has the privileged header and "Page N of M" on every page, and the memo title as the PDF title', () => {
    expect(pdf.pages.length).toBeGreaterThan(3);
    pdf.pages.forEach((text, i) => {
      expect(text.toUpperCase(), `page ${i + 1}`).toContain(HEADER.toUpperCase());
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
    });
    expect(pdf.info.Title).toBe('Licence review: Llama 3.1 8B Instruct');
  });

  it('opens with the heading block and the verdict table', () => {
    // Letter-spaced text (the "MEMORANDUM" kicker) comes back with spaces between letters: compare without spaces.
    const squeeze = (t: string) => t.replace(/\s+/g, '').toUpperCase();
    for (const label of ['Memorandum', 'Licence review: Llama 3.1 8B Instruct', 'Intended use', 'Ann Counsel', '28 November 2026', 'Approved with conditions', 'Executive summary']) {
      expect(squeeze(pdf.pages[0])).toContain(squeeze(label));
    }
    for (const v of expected.verdicts) {
      expect(containsWords(body, `${v.title} ${v.label}`), v.title).toBe(true);
      if (v.conditions) expect(containsWords(body, v.conditions), v.title).toBe(true);
    }
  });

  it('quotes every live finding with its section reference, and leaves the rejected one out', () => {
    const flat = body.replace(/\s+/g, ' ');
    for (const f of expected.live) {
      expect(containsWords(body, f.quote), f.quote.slice(0, 80)).toBe(true);
      const ref = citationOf(f);
      if (ref) expect(flat).toContain(`${f.documentTitle}, ${ref}`);
    }
    expect(containsWords(body, review.rejectedQuote)).toBe(false);
  });

  it('has the rationale, the annotation and its comment, conditions, open questions and the sign-off on the last page', () => {
    for (const text of [review.rationale, review.annotationComment, ...review.conditions, ...review.openQuestions]) expect(containsWords(body, text), text).toBe(true);
    const last = pdf.pages.at(-1)!;
    for (const label of ['Sign-off', 'Reviewer', 'Date', 'Decision', 'Signature', 'Approved with conditions']) expect(last).toContain(label);
  });

  it.skipIf(!pdftoppmAvailable)('renders to PNG pages in test-results/memo/ (pdftoppm -r 60)', () => {
    const pngs = renderPagesToPng(pdfPath, 'memo-page');
    expect(pngs).toHaveLength(pdf.pages.length);
  });
});
