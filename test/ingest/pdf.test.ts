/**
 * PDF import on the real files of the shared corpus: the text a reviewer reads (gold passages present, running
 * headers and footers gone, hyphenated compounds intact), the structure (section numbers, headings, lists),
 * positions (boxes on their page, inside their block), and the errors each broken file must give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument, ImportError } from '../../src/ingest';
import { extractPage } from '../../src/ingest/pdf/extract-pages';
import { openPdf } from '../../src/ingest/pdf/pdfjs';
import {
  BAD_DIR,
  DOCUMENTS_DIR,
  FORMATS_DIR,
  PERF_PDF,
  PROJECT_ROOT,
  corpusAvailable,
  loadLabels,
  loadVariants,
  locatePassage,
  readCorpusFile,
  wordRuns,
} from '../support/corpus';

const pdfVariants = corpusAvailable ? loadVariants().filter((v) => v.variant.endsWith('.pdf')) : [];
const models = new Map<string, DocumentModel>();
const model = (variant: string) => models.get(variant)!;

/** The raw lines pdf.js gives for one page, before running lines are removed: what the page really prints. */
async function printedLines(variant: string, page: number): Promise<string[]> {
  const doc = await openPdf(readCorpusFile(FORMATS_DIR, variant), variant);
  try {
    const result = await extractPage(doc, page);
    if (!result.ok) throw new Error(result.failure.message);
    return result.text.lines.map((line) => line.text);
  } finally {
    await doc.destroy();
  }
}

async function importError(dir: string, file: string, options = {}): Promise<ImportError> {
  const error = await importDocument(readCorpusFile(dir, file), file, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `${file} should not import`).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe.skipIf(!corpusAvailable)('PDF import (corpus formats/)', () => {
  beforeAll(async () => {
    for (const { variant } of pdfVariants) models.set(variant, await importDocument(readCorpusFile(FORMATS_DIR, variant), variant));
  }, 120_000);

  it('covers every PDF variant of the corpus', () => {
    expect(pdfVariants.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pdfVariants)("finds the gold passages of $source in $variant's text", ({ variant, source }) => {
    const label = loadLabels().find((l) => l.file === source)!;
    const text = model(variant).text;
    const runs = wordRuns(text);
    const passages = Object.values(label.quotes).flat();
    // Gold passages quote the Markdown source, links as "[label](url)": the PDF text must carry link targets too.
    const missing = passages.filter((p) => !locatePassage(text, p, runs));
    expect(passages.length).toBeGreaterThan(0);
    expect(missing, `not found in ${variant}`).toEqual([]);
  });

  it.each(pdfVariants)('$variant: every page has its size, blocks their page and boxes inside the page and the block', ({ variant }) => {
    const m = model(variant);
    expect(m.format).toBe('pdf');
    expect(m.pages).toHaveLength(m.pageCount!);
    expect(m.pages.map((p) => p.number)).toEqual(Array.from({ length: m.pageCount! }, (_, i) => i + 1));
    let boxes = 0;
    for (const block of m.blocks) {
      expect(block.page).toBeGreaterThanOrEqual(1);
      expect(block.boxes?.length, `block ${block.id} has boxes`).toBeGreaterThan(0);
      expect(block.boxes![0].page).toBe(block.page);
      for (const box of block.boxes!) {
        const page = m.pages[box.page - 1];
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.width).toBeGreaterThan(0);
        expect(box.height).toBeGreaterThan(0);
        expect(box.x + box.width).toBeLessThanOrEqual(page.width + 0.01);
        expect(box.y + box.height).toBeLessThanOrEqual(page.height + 0.01);
        expect(box.start).toBeGreaterThanOrEqual(block.start);
        expect(box.end).toBeLessThanOrEqual(block.end);
        expect(box.end).toBeGreaterThan(box.start);
        boxes++;
      }
      // Lines follow each other: the boxes tile the block's text in order.
      for (let i = 1; i < block.boxes!.length; i++) expect(block.boxes![i].start).toBeGreaterThanOrEqual(block.boxes![i - 1].end);
      expect(block.boxes![0].start).toBe(block.start);
      expect(block.boxes![block.boxes!.length - 1].end).toBe(block.end);
    }
    expect(boxes).toBeGreaterThan(m.blocks.length);
  });

  it('puts a line box where the line is printed: the first heading of the Llama licence sits at the top left of page 1', () => {
    const m = model('llama-3.1-community-license.chromium.pdf');
    const heading = m.blocks[0];
    expect(m.text.slice(heading.start, heading.end)).toBe('LLAMA 3.1 COMMUNITY LICENSE AGREEMENT');
    const box = heading.boxes![0];
    // Chromium prints with one-inch margins on US Letter (612 x 792 pt): the body starts 72 pt from the left.
    expect(box.page).toBe(1);
    expect(box.x).toBeCloseTo(72, 0);
    expect(box.y).toBeGreaterThan(72);
    expect(box.y).toBeLessThan(100);
  });

  it('removes the running headers and page-number footers Chromium printed on every page', async () => {
    for (const variant of pdfVariants.map((v) => v.variant).filter((v) => v.includes('.chromium.'))) {
      const m = model(variant);
      // The page really prints them (so the test is not vacuous) …
      const printed = await printedLines(variant, 1);
      const header = printed.find((line) => line.endsWith('— CONFIDENTIAL'))!;
      expect(header, `${variant} page 1 prints a running header`).toBeDefined();
      expect(printed).toContain(`Page 1 of ${m.pageCount}`);
      // … and the text has none of them, nor a page number between paragraphs.
      expect(m.text).not.toContain(header);
      expect(m.text).not.toMatch(/Page \d+ of \d+/);
      for (const block of m.blocks) expect(m.text.slice(block.start, block.end)).not.toMatch(/^\d{1,3}$/);
    }
  });

  it('joins paragraphs across page breaks where the sentence carries on', () => {
    const m = model('llama-3.1-community-license.chromium.pdf');
    // Page 1 ends "… If you use the" and page 2 starts "Llama Materials or any outputs …".
    const block = m.blocks.find((b) => m.text.slice(b.start, b.end).includes('If you use the Llama Materials or any outputs'))!;
    expect(block).toBeDefined();
    expect(new Set(block.boxes!.map((b) => b.page))).toEqual(new Set([1, 2]));
  });

  it('keeps the hyphen of compounds broken at a line end (non-exclusive, third-party, ar-enterprise@…)', async () => {
    // Chromium and LibreOffice do not hyphenate words: every word these files break at a line end is a real
    // compound (or an address). Collect them from the printed lines; each must come out whole, hyphen kept.
    const compounds: string[] = [];
    for (const { variant } of pdfVariants) {
      const m = model(variant);
      for (let page = 1; page <= m.pageCount!; page++) {
        const lines = await printedLines(variant, page);
        for (let i = 0; i + 1 < lines.length; i++) {
          const tail = /(?:^|\s)([a-z]+)-$/i.exec(lines[i]);
          const head = /^([a-z]+)/i.exec(lines[i + 1]);
          if (tail && head) {
            compounds.push(`${tail[1]}-${head[1]}`);
            expect(m.text, `${variant} page ${page}`).toContain(`${tail[1]}-${head[1]}`);
          }
        }
      }
    }
    expect(compounds).toEqual(expect.arrayContaining(['non-exclusive', 'NON-INFRINGEMENT', 'Third-Party', 'then-current', 're-export', 'API-based', 'ar-enterprise']));
  });

  it('reads the section numbers of the Llama licence as printed', () => {
    const m = model('llama-3.1-community-license.chromium.pdf');
    const numbers = m.blocks.filter((b) => b.number).map((b) => b.number);
    expect(numbers).toEqual(['1.', 'b.', 'i.', 'ii.', 'iii.', 'iv.', '2.', '3.', '4.', '5.', 'a.', 'b.', 'c.', '6.', '7.']);
    for (const block of m.blocks.filter((b) => b.number)) expect(m.text.slice(block.start, block.end).startsWith(`${block.number} `)).toBe(true);
    const levelOf = (n: string) => m.blocks.find((b) => b.number === n)!.level;
    // Clauses "1."–"7." are siblings; lettered items sit under them and "i."–"iv." under the letters.
    expect(['2.', '3.', '4.', '6.', '7.'].map(levelOf)).toEqual(Array(5).fill(levelOf('1.')));
    expect(levelOf('a.')).toBeGreaterThan(levelOf('1.'));
    expect(levelOf('i.')).toBeGreaterThan(levelOf('a.'));
    expect(['ii.', 'iii.', 'iv.'].map(levelOf)).toEqual(Array(3).fill(levelOf('i.')));
  });

  it('reads the Gemma sections ("Section 3: …") and their lettered definitions', () => {
    const m = model('gemma-terms-of-use-2025-03-24.chromium.pdf');
    const numbers = m.blocks.filter((b) => b.number).map((b) => b.number);
    expect(numbers).toEqual(expect.arrayContaining(['Section 1', 'Section 2', 'Section 3', '(a)', '(b)', '(c)', '(d)', '(e)', '(f)']));
    const section3 = m.blocks.find((b) => b.number === 'Section 3')!;
    expect(section3.kind).toBe('heading');
    expect(m.text.slice(section3.start, section3.end)).toBe('Section 3: DISTRIBUTION AND RESTRICTIONS 3.1 Distribution and Redistribution');
    expect(m.blocks.find((b) => b.number === '(d)')!.kind).toBe('list-item');
  });

  it('reads the roman-numbered parts of the Stability licence as headings', () => {
    const m = model('stability-ai-community-license-2024-07-05.libreoffice.pdf');
    const headings = m.blocks.filter((b) => b.kind === 'heading').map((b) => [b.number, m.text.slice(b.start, b.end)]);
    expect(headings).toEqual([
      ['I.', 'I. INTRODUCTION'],
      ['II.', 'II. RESEARCH & NON-COMMERCIAL USE LICENSE'],
      ['III.', 'III. COMMERCIAL USE LICENSE'],
      ['IV.', 'IV. GENERAL TERMS'],
      ['V.', 'V. DEFINITIONS'],
    ]);
    // Its first page is blank: said, not hidden.
    expect(m.warnings.join(' ')).toMatch(/Page 1 has no text/);
  });

  it('splits the OpenAI agreement into its headings and numbered clauses, nested list items included', () => {
    const m = model('chatgpt-commercial-terms-2026-08-22.chromium.pdf');
    const block = (n: string) => m.blocks.find((b) => b.number === n)!;
    expect(m.title).toBe('OpenAI Services Agreement');
    expect(m.blocks.find((b) => m.text.slice(b.start, b.end) === 'OpenAI Services Agreement')!.kind).toBe('heading');
    expect(block('1.').kind).toBe('heading');
    expect(m.text.slice(block('1.').start, block('1.').end)).toBe('1. Services.');
    for (const n of ['1.1.', '1.2.', '1.5.', '2.1.', '16.2.']) expect(block(n).kind, n).toBe('list-item');
    // "a. Provisioning." under "1.3. Authorized Purchasers." is one level deeper.
    const provisioning = m.blocks.find((b) => m.text.slice(b.start, b.end).startsWith('a. Provisioning.'))!;
    expect(provisioning.level).toBeGreaterThan(block('1.1.').level);
    // A clause whose last line broke early (a link kept whole) is still one block.
    const conflicting = m.text.slice(block('16.2.').start, block('16.2.').end);
    expect(conflicting).toMatch(/\(d\) OpenAI Policies\.$/);
  });

  it('writes the target of a web or e-mail link after its text, unless the text is the address itself', () => {
    const m = model('chatgpt-commercial-terms-2026-08-22.chromium.pdf');
    expect(m.text).toContain('Download PDF (https://cdn.openai.com/osa/openai-services-agreement.pdf)View previous business terms (https://openai.com/policies/may-2025-business-terms/)');
    expect(m.text).toContain('contact ar-enterprise@openai.com (mailto:ar-enterprise@openai.com) within thirty days');
    expect(m.text).toContain('the usage policies at: https://openai.com/policies/usage-policies (https://openai.com/policies/usage-policies/).');
    // Printed in full, broken over two lines: not repeated.
    expect(m.text).toContain('available at: https://help.openai.com/articles/5347006-openai-api-supported-countries-and-territories (for API)');
  });

  it('takes the title from the PDF metadata only when it is a title, not a file name or slug', () => {
    // All six carry a slug as Title ("llama-3.1-community-license"): the first heading is used instead.
    expect(model('llama-3.1-community-license.chromium.pdf').title).toBe('LLAMA 3.1 COMMUNITY LICENSE AGREEMENT');
    expect(model('gemma-terms-of-use-2025-03-24.chromium.pdf').title).toBe('Gemma Terms of Use');
    expect(model('cc-by-nc-4.0-legalcode.libreoffice.pdf').title).toBe('Attribution-NonCommercial 4.0 International');
    // No unnumbered heading on its first pages: the file name.
    expect(model('stability-ai-community-license-2024-07-05.libreoffice.pdf').title).toBe('stability-ai-community-license-2024-07-05.libreoffice');
  });
});

describe.skipIf(!corpusAvailable)('PDF import of a browser print with soft hyphens (fixture made from the corpus Apache-2.0)', () => {
  // test/fixtures/pdf/make-soft-hyphen-pdf.mjs: Chromium's default header (date, title) and footer (file URL,
  // "n/N") on every page, and a soft hyphen inside every long word, so words break across lines ("PARTI‐" /
  // "CULAR") and, where they do not, leave a blank replacement glyph behind.
  const fixture = join(PROJECT_ROOT, 'test', 'fixtures', 'pdf', 'apache-2.0.soft-hyphens.chromium.pdf');
  let m: DocumentModel;
  beforeAll(async () => {
    m = await importDocument(new Uint8Array(readFileSync(fixture)), 'apache-2.0.pdf');
  }, 60_000);

  it('reads exactly the words of the source text, in order: no header, footer, split or broken word', () => {
    const source = readFileSync(join(DOCUMENTS_DIR, 'apache-2.0.txt'), 'utf8');
    expect(wordRuns(m.text).map((r) => r.word)).toEqual(wordRuns(source).map((r) => r.word));
  });

  it('rejoins words hyphenated at line ends and keeps real compounds', async () => {
    const doc = await openPdf(new Uint8Array(readFileSync(fixture)), 'apache-2.0.pdf');
    const broken: string[] = [];
    try {
      for (let page = 1; page <= doc.numPages; page++) {
        const result = await extractPage(doc, page);
        if (!result.ok) continue;
        const lines = result.text.lines.map((l) => l.text);
        for (let i = 0; i + 1 < lines.length; i++) {
          const tail = /(\p{L}+)‐$/u.exec(lines[i]);
          if (tail) broken.push(tail[1] + /^\p{L}+/u.exec(lines[i + 1])![0]);
        }
      }
    } finally {
      await doc.destroy();
    }
    expect(broken.length).toBeGreaterThan(5);
    for (const word of broken) expect(m.text).toContain(word);
    expect(m.text).toContain('FITNESS FOR A PARTICULAR PURPOSE');
    expect(m.text).toContain('perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable');
    expect(m.text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M/);
    expect(m.text).not.toContain('file://');
    expect(m.title).toBe('Apache License, Version 2.0');
  });
});

describe.skipIf(!corpusAvailable)('PDF import of a word processor export with nested numbered lists (fixture made from the corpus)', () => {
  it('keeps the gold passages and reads short numbered entries as list items, nested under their item', async () => {
    const file = join(PROJECT_ROOT, 'test', 'fixtures', 'pdf', 'llama-3.2-acceptable-use-policy.libreoffice.pdf');
    const m = await importDocument(new Uint8Array(readFileSync(file)), 'aup.pdf');
    const label = loadLabels().find((l) => l.file === 'llama-3.2-acceptable-use-policy.md')!;
    const runs = wordRuns(m.text);
    expect(Object.values(label.quotes).flat().filter((p) => !locatePassage(m.text, p, runs))).toEqual([]);
    const block = (text: string) => m.blocks.find((b) => m.text.slice(b.start, b.end).startsWith(text))!;
    const entries = ['1. Violence or terrorism', '5. Sexual solicitation', '6. Any other criminal activity'].map(block);
    for (const entry of entries) expect(entry.kind).toBe('list-item');
    expect(new Set(entries.map((e) => e.level)).size).toBe(1);
    expect(entries[0].level).toBeGreaterThan(block('1. Engage in, promote, generate').level);
    expect(block('1. Engage in, promote, generate').level).toBeGreaterThan(block('1. Violate the law').level);
    expect(block('Prohibited Uses').kind).toBe('heading');
  });
});

describe('PDF import of a file whose pages are mostly scans (fixture made from the corpus)', () => {
  it('imports the text page and names the image-only pages in a warning', async () => {
    const file = join(PROJECT_ROOT, 'test', 'fixtures', 'pdf', 'llama-page-1.then-2-scanned-pages.pdf');
    const m = await importDocument(new Uint8Array(readFileSync(file)), 'mixed.pdf');
    expect(m.pageCount).toBe(3);
    expect(m.text).toContain('LLAMA 3.1 COMMUNITY LICENSE AGREEMENT');
    expect(new Set(m.blocks.map((b) => b.page))).toEqual(new Set([1]));
    expect(m.warnings).toEqual([expect.stringMatching(/^Pages 2, 3 of 3 have no text layer: .*OCR/)]);
  });
});

describe.skipIf(!corpusAvailable)('PDF import errors (corpus bad/)', () => {
  it('says a password is needed for an encrypted PDF', async () => {
    const error = await importError(BAD_DIR, 'encrypted-user-password.pdf');
    expect(error.code).toBe('ENCRYPTED');
    expect(error.message).toMatch(/password/);
  });

  it('says a truncated PDF is incomplete', async () => {
    const error = await importError(BAD_DIR, 'truncated.pdf');
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(/incomplete|cut short/);
  });

  it('says a scanned PDF has no text layer and needs OCR', async () => {
    const error = await importError(BAD_DIR, 'scanned-image-only.pdf');
    expect(error.code).toBe('NO_TEXT_LAYER');
    expect(error.message).toMatch(/OCR/);
  });

  it('imports a plain-text file named .pdf as text, saying so', async () => {
    const m = await importDocument(readCorpusFile(BAD_DIR, 'text-renamed.pdf'), 'text-renamed.pdf');
    expect(m.format).toBe('text');
    expect(m.warnings.join(' ')).toMatch(/plain text/);
  });

  it('refuses a PDF with more pages than the limit before reading them', async () => {
    const started = Date.now();
    const error = await importError(FORMATS_DIR, 'chatgpt-commercial-terms-2026-08-22.chromium.pdf', { limits: { maxPages: 10 } });
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/18 pages/);
    expect(error.details).toMatchObject({ pages: 18, limit: 10 });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('leaves no worker thread behind after a failure or a success', async () => {
    await importError(BAD_DIR, 'encrypted-user-password.pdf');
    await importDocument(readCorpusFile(FORMATS_DIR, 'llama-3.1-community-license.chromium.pdf'), 'llama.pdf');
    // Terminated workers are gone from the handles that keep a process alive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(process.getActiveResourcesInfo().filter((r) => /Worker|MessagePort/.test(r))).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable)('PDF import of the 192-page benchmark file', () => {
  it('imports every page, without running headers, in under a minute', async () => {
    const m = await importDocument(new Uint8Array(readFileSync(PERF_PDF)), 'big-agreements.pdf');
    expect(m.pageCount).toBe(192);
    expect(m.pages).toHaveLength(192);
    const pagesWithText = new Set(m.blocks.flatMap((b) => b.boxes!.map((box) => box.page)));
    expect(pagesWithText.size).toBe(192);
    expect(m.text).not.toMatch(/Page \d+ of 192/);
    expect(m.text).not.toContain('Combined agreements — CONFIDENTIAL');
    // Its metadata Title is a file name ("bigdev4.html"): the first heading stands in.
    expect(m.title).toBe('LLAMA 3.1 COMMUNITY LICENSE AGREEMENT');
    expect(m.text).toContain('you shall also include “Llama” at the beginning of any such AI model name');
  }, 60_000);
});
