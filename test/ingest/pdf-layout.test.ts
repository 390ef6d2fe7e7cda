/**
 * The PDF reader's layout rules one by one: how text runs become lines, which margin lines are running headers,
 * when a line-end hyphen stays, and how pages are shared between threads (same lines whichever thread reads).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/ingest/pdf/extract-pages';
import { estimatePageCount, planExtraction } from '../../src/ingest/pdf/extraction-plan';
import { breaksWordsBetweenSyllables, hyphenatedTail, keepsHyphen, WordEvidence } from '../../src/ingest/pdf/hyphenation';
import { PagePool } from '../../src/ingest/pdf/page-pool';
import { buildPageLines, type TextRun } from '../../src/ingest/pdf/page-lines';
import type { PdfLine, PdfPageText } from '../../src/ingest/pdf/page-text';
import { openPdf } from '../../src/ingest/pdf/pdfjs';
import { removeRunningLines } from '../../src/ingest/pdf/running-lines';
import { looksLikeTitle } from '../../src/ingest/pdf/title';
import { BAD_DIR, FORMATS_DIR, PERF_PDF, corpusAvailable, readCorpusFile } from '../support/corpus';

/** US Letter, as pdf.js's viewport transform at scale 1 maps it: y flipped so it grows downwards. */
const LETTER = [1, 0, 0, -1, 0, 792];
const FONTS = { body: { ascent: 0.9, descent: -0.2, fontFamily: 'serif' }, small: { ascent: 0.9, descent: -0.2, fontFamily: 'sans-serif' } };
const run = (str: string, x: number, baseline: number, width: number, size = 11, fontName = 'body'): TextRun => ({
  str,
  transform: [size, 0, 0, size, x, 792 - baseline],
  width,
  fontName,
});

describe('lines from text runs', () => {
  it('orders runs by position, not by drawing order, and joins ligature pieces without a space', () => {
    const { lines } = buildPageLines(
      [
        run('Page 1 of 3', 290, 775, 34, 6, 'small'),
        run('and modi', 72, 100, 51.76),
        run('fi', 123.76, 100, 7.33),
        run('cation of the Llama Materials', 131.09, 100, 160),
        run('Header', 72, 20, 30, 6, 'small'),
      ],
      FONTS,
      LETTER,
    );
    expect(lines.map((l) => l.text)).toEqual(['Header', 'and modification of the Llama Materials', 'Page 1 of 3']);
    expect(lines[1].x).toBe(72);
    expect(lines[1].right).toBeCloseTo(291.09, 2);
    expect(lines[1].top).toBeCloseTo(100 - 0.9 * 11, 5);
    expect(lines[1].bottom).toBeCloseTo(100 + 0.2 * 11, 5);
  });

  it('puts a space where justified words sit apart, and reads a raised footnote mark on its line (and leaves it out)', () => {
    const { lines } = buildPageLines(
      [run('them,', 72, 107.25, 31.92), run('you', 111.69, 107.25, 19.91), run('shall', 139.37, 107.25, 26.31), run('1', 166, 103, 3, 7)],
      FONTS,
      LETTER,
    );
    expect(lines).toHaveLength(1);
    // The mark is a note reference after a word: left out, as the Word reader leaves it out (pdf-footnotes.test.ts).
    expect(lines[0].text).toBe('them, you shall');
    expect(lines[0].size).toBe(11);
    expect(lines[0].baseline).toBe(107.25);
  });

  it('leaves out rotated text (a diagonal watermark) and counts it', () => {
    const watermark: TextRun = { str: 'DRAFT', transform: [30, 30, -30, 30, 200, 400], width: 100, fontName: 'body' };
    const { lines, rotatedCharacters } = buildPageLines([run('Body text', 72, 100, 50), watermark], FONTS, LETTER);
    expect(lines.map((l) => l.text)).toEqual(['Body text']);
    expect(rotatedCharacters).toBe(5);
  });

  it("reads Word's Symbol-font bullet as a bullet", () => {
    const { lines } = buildPageLines([run('\uF0B7', 72, 100, 4), run('Harassment of others', 90, 100, 100)], FONTS, LETTER);
    expect(lines[0].text).toBe('• Harassment of others');
  });

  it('names the typeface of a line set in one, and none for a line that mixes them (a bold term in a sentence)', () => {
    const bold = { ascent: 0.95, descent: -0.2, fontFamily: 'serif' };
    const { lines } = buildPageLines(
      [run('Organization of Information Security.', 72, 100, 200, 11, 'bold'), run('Meta has personnel responsible for', 275, 100, 180), run('Data Security Terms', 72, 130, 110, 11, 'bold')],
      { ...FONTS, bold },
      LETTER,
    );
    expect(lines.map((l) => l.font)).toEqual(['', 'serif 0.95 -0.2']);
  });

  it("writes a link's target after its text, at a word boundary, once for a link broken over two lines", () => {
    const link = (url: string, x0: number, x1: number, baseline: number) => ({ url, x0, x1, top: baseline - 10, bottom: baseline + 3 });
    const { lines } = buildPageLines(
      [run('Download PDFView terms', 72, 100, 130), run('see https://a.example/usage-', 72, 120, 150), run('policies. Done', 72, 135, 70)],
      FONTS,
      LETTER,
      [link('https://a.example/x.pdf', 72, 140, 100), link('https://a.example/usage-policies', 92, 222, 120), link('https://a.example/usage-policies', 72, 112, 135)],
    );
    expect(lines.map((l) => l.text)).toEqual(['Download PDF (https://a.example/x.pdf)View terms', 'see https://a.example/usage-', 'policies. Done']);
  });

  it('drops a fake-bold double strike', () => {
    const { lines } = buildPageLines([run('Definitions', 72, 100, 60), run('Definitions', 72.3, 100, 60)], FONTS, LETTER);
    expect(lines[0].text).toBe('Definitions');
  });
});

function line(text: string, top: number, size = 11): PdfLine {
  return { text, x: 72, right: 72 + text.length * 5, top, bottom: top + size * 1.1, baseline: top + size * 0.9, size, font: 'serif' };
}

function page(n: number, lines: PdfLine[]): PdfPageText {
  return { page: n, width: 612, height: 792, lines, rotatedCharacters: 0 };
}

describe('running headers and footers', () => {
  const words = ['one', 'two', 'three', 'four', 'five', 'six'];
  const body = (n: number) => [line(`Clause ${words[n - 1]} continues from the page before.`, 80), line(`More of clause ${words[n - 1]}.`, 95)];

  it('removes margin lines that recur on most pages, whatever their numbers, and bare page numbers', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [line('Acme Licence — CONFIDENTIAL', 20, 6), line('11/28/26, 1:07 PM', 30, 6), ...body(n), line(`Page ${n} of 4`, 770, 6)]),
    );
    const { pages: kept, removed } = removeRunningLines(pages);
    expect(removed).toBe(12);
    expect(kept.map((p) => p.lines.map((l) => l.text))).toEqual([1, 2, 3, 4].map((n) => body(n).map((l) => l.text)));
  });

  it('keeps body lines that repeat away from the margins, numbered lines whose numbers do not follow the pages, and rare margin lines', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) =>
      page(n, [line(n === 1 ? 'Draft for discussion' : `Section ${10 + n * 2}`, 20), ...body(n), line('Definitions', 400)]),
    );
    const { removed } = removeRunningLines(pages);
    expect(removed).toBe(0);
  });

  it('removes a lone page number at the foot of a one-page document', () => {
    const { pages: kept } = removeRunningLines([page(1, [...body(1), line('1', 770, 9)])]);
    expect(kept[0].lines.map((l) => l.text)).toEqual(body(1).map((l) => l.text));
  });
});

describe('hyphens at line ends', () => {
  const evidence = new WordEvidence(() => [
    'The international licence is granted by the Licensor for non-commercial use only; the agreement',
    'covers machine learning, royalty payments and free use. It is a herein defined term. Licensee herein',
  ]);

  const decide = (line: string, next: string) => {
    const tail = hyphenatedTail(line)!;
    return keepsHyphen(tail.token, tail.word, next, evidence, tail.soft) ? 'keep' : 'join';
  };

  it('joins a word broken between syllables, in capitals too, and always at a soft hyphen', () => {
    expect(decide('FITNESS FOR A PARTI‐', 'CULAR PURPOSE')).toBe('join');
    expect(decide('any commun\u00AD', 'ication sent')).toBe('join');
    expect(decide('an inter-', 'national organisation')).toBe('join');
    expect(decide('this agree-', 'ment binds')).toBe('join');
    expect(decide('distri-', 'bution of')).toBe('join');
  });

  it('follows the document where it writes the word elsewhere', () => {
    expect(decide('defined here-', 'in and')).toBe('join');
    expect(decide('for non-', 'commercial purposes')).toBe('keep');
  });

  it('keeps the hyphen before a capital, a number, in addresses, after prefixes, and between two words', () => {
    expect(decide('Third-', 'Party Services')).toBe('keep');
    expect(decide('NON-', 'INFRINGEMENT')).toBe('keep');
    expect(decide('e.g. API-', 'based or web access')).toBe('keep');
    expect(decide('https://stability.ai/use-', 'policy, as')).toBe('keep');
    expect(decide('contact ar-', 'enterprise@openai.com within')).toBe('keep');
    expect(decide('a non-', 'exclusive licence')).toBe('keep');
    expect(decide('to re-', 'export the')).toBe('keep');
    expect(decide('the royalty-', 'free licence')).toBe('keep');
    expect(decide('all machine-', 'learning code')).toBe('keep');
  });

  it('keeps a break after a compound already hyphenated, which no typesetter splits between syllables', () => {
    expect(decide('all text-to-', 'speech models')).toBe('keep');
    expect(decide('a state-of-the-', 'art system')).toBe('keep');
  });

  it('keeps an unexplained hyphen where the typesetter does not break words, and joins it where it does', () => {
    const breakOf = (line: string, after: string) => {
      const tail = hyphenatedTail(line)!;
      return { token: tail.token, before: tail.word, after, soft: tail.soft };
    };
    const decideIn = (breaks: ReturnType<typeof breakOf>[], line: string, next: string) => {
      const tail = hyphenatedTail(line)!;
      return keepsHyphen(tail.token, tail.word, next, evidence, tail.soft, breaksWordsBetweenSyllables(breaks, evidence)) ? 'keep' : 'join';
    };
    // Only real compounds broken at their hyphens, one of them with halves printed nowhere else.
    const compounds = [breakOf('a non-', 'exclusive licence'), breakOf('the royalty-', 'free licence'), breakOf('with mouse-', 'clicks or')];
    expect(breaksWordsBetweenSyllables(compounds, evidence)).toBe(false);
    expect(decideIn(compounds, 'with mouse-', 'clicks or')).toBe('keep');
    // Words broken between syllables all over the document.
    const syllables = [breakOf('an inter-', 'national body'), breakOf('distri-', 'bution of'), breakOf('the royalty-', 'free licence'), breakOf('with mouse-', 'clicks or')];
    expect(breaksWordsBetweenSyllables(syllables, evidence)).toBe(true);
    expect(decideIn(syllables, 'distri-', 'bution of')).toBe('join');
  });

  it('only treats a hyphen right after a word as a break', () => {
    expect(hyphenatedTail('Licensed Material -')).toBeNull();
    expect(hyphenatedTail('pre-')).toEqual({ word: 'pre', token: 'pre', soft: false });
  });
});

describe('titles from metadata', () => {
  it('rejects file names and slugs, accepts titles', () => {
    expect(looksLikeTitle('bigdev4.html')).toBe(false);
    expect(looksLikeTitle('cc-by-nc-4.0-legalcode')).toBe(false);
    expect(looksLikeTitle('Microsoft Word - Licence.docx')).toBe(false);
    expect(looksLikeTitle('Untitled')).toBe(false);
    expect(looksLikeTitle('Llama 3.1 Community License Agreement')).toBe(true);
  });
});

describe('which threads read the pages', () => {
  it('reads small documents in one worker and large ones in one per core (at most three), never on the calling thread', () => {
    expect(planExtraction(3, 2)).toEqual({ inProcess: false, workers: 1 });
    expect(planExtraction(192, 2)).toEqual({ inProcess: false, workers: 2 });
    expect(planExtraction(192, 8)).toEqual({ inProcess: false, workers: 3 });
  });

  it.skipIf(!corpusAvailable)('estimates the page count from the page objects a PDF writes in the clear', () => {
    expect(estimatePageCount(new Uint8Array(readFileSync(PERF_PDF)))).toBe(192);
    expect(estimatePageCount(readCorpusFile(FORMATS_DIR, 'llama-3.1-community-license.chromium.pdf'))).toBe(3);
  });

  it.skipIf(!corpusAvailable)('gives the same lines whether pages are read by workers or on this thread', async () => {
    const bytes = readCorpusFile(FORMATS_DIR, 'chatgpt-commercial-terms-2026-08-22.chromium.pdf');
    const pool = new PagePool(bytes, 'chatgpt.pdf', 2);
    let fromWorkers;
    try {
      const opened = await pool.opened;
      expect(opened.pageCount).toBe(18);
      expect(opened.title).toBe('chatgpt-commercial-terms-2026-08-22');
      fromWorkers = await pool.extract(null, opened.pageCount);
    } finally {
      await pool.close();
    }
    expect(fromWorkers.pagesReadByWorkers).toBe(18);
    expect(fromWorkers.workerFailures).toEqual([]);

    const doc = await openPdf(bytes.slice(), 'chatgpt.pdf');
    try {
      for (let n = 1; n <= 18; n++) expect(fromWorkers.results[n - 1], `page ${n}`).toEqual(await extractPage(doc, n));
    } finally {
      await doc.destroy();
    }
  });

  it.skipIf(!corpusAvailable)('hands the pages of a worker that dies to the others, page by page', async () => {
    const pool = new PagePool(readCorpusFile(FORMATS_DIR, 'chatgpt-commercial-terms-2026-08-22.chromium.pdf'), 'chatgpt.pdf', 2);
    try {
      const opened = await pool.opened;
      // Failure injection: the first worker to take a chunk is killed while reading it.
      const workers = (pool as unknown as { workers: Array<{ worker: import('node:worker_threads').Worker; inFlight?: unknown }> }).workers;
      const extraction = pool.extract(null, opened.pageCount);
      const victim = workers.find((w) => w.inFlight) ?? workers[0];
      await victim.worker.terminate();
      const outcome = await extraction;
      expect(outcome.results.map((r) => r.ok)).toEqual(Array(18).fill(true));
      expect(outcome.workerFailures).toEqual([expect.stringMatching(/exited/)]);
    } finally {
      await pool.close();
    }
  });

  it.skipIf(!corpusAvailable)('reports an encrypted file from the workers with its code, and stops them', async () => {
    const pool = new PagePool(readCorpusFile(BAD_DIR, 'encrypted-user-password.pdf'), 'enc.pdf', 2);
    try {
      await expect(pool.opened).rejects.toMatchObject({ code: 'ENCRYPTED' });
    } finally {
      await pool.close();
    }
  });
});
