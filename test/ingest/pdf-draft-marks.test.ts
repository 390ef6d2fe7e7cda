/**
 * What drafts and review copies print besides the terms: line numbers in the margin (Word's and LibreOffice's line
 * numbering), stamps and watermarks across the page ("DRAFT", "CONFIDENTIAL"). The reader leaves them out and says
 * so; every clause reads as in the source text.
 */
import { AlignmentType, Document, LineNumberRestartFormat, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { buildPageLines } from '../../src/ingest/pdf/page-lines';
import MarkdownIt from 'markdown-it';
import { DOCUMENTS_DIR, corpusAvailable, locatePassage, readCorpusFile, wordRuns } from '../support/corpus';
import { chromiumAvailable, corpusParagraphs, officeAvailable, printWithChromium, printWithLibreOffice } from './office-print';
import { A4, FONTS, run } from './pdf-runs';

describe('line numbers in the margin (page lines)', () => {
  /** Sixteen lines of text at x=72, each with a number right-aligned at x≈60 when `numbered` says so. */
  const page = (numbered: (line: number) => string | null, textX = 72) =>
    Array.from({ length: 16 }, (_, i) => {
      const baseline = 100 + 14 * i;
      const number = numbered(i);
      const runs = [run(`Clause text on line ${i + 1} of the licence runs on here`, textX, baseline, 300)];
      if (number !== null) runs.unshift(run(number, 60 - 5 * number.length, baseline, 5 * number.length));
      return runs;
    }).flat();

  it('leaves out a number on every line, or on every fifth, counting the lines', () => {
    for (const numbered of [(i: number) => String(i + 1), (i: number) => ((i + 1) % 5 === 0 ? String(i + 1) : null), (i: number) => String(i + 31)]) {
      const { lines, lineNumbers } = buildPageLines(page(numbered), FONTS, A4);
      expect(lines.map((line) => line.text)).toEqual(Array.from({ length: 16 }, (_, i) => `Clause text on line ${i + 1} of the licence runs on here`));
      expect(lineNumbers).toBeGreaterThan(0);
    }
  });

  it('keeps numbers that stand at the text margin, or do not count the lines (a numbered list, figures in a table)', () => {
    // Items "1", "2", "3" at the margin where other lines start too.
    const atMargin = [...page((i) => (i % 3 === 0 ? String(i / 3 + 1) : null)), run('A heading set at the margin', 55, 60, 120)];
    expect(buildPageLines(atMargin, FONTS, A4).lineNumbers).toBe(0);
    // Figures that do not follow the lines: 7, 3, 12 …
    const figures = [7, 3, 12, 9, 41, 2, 8, 30, 5, 11, 6, 4, 19, 1, 13, 10];
    const { lines, lineNumbers } = buildPageLines(page((i) => String(figures[i])), FONTS, A4);
    expect(lineNumbers).toBe(0);
    expect(lines[0].text).toBe('7 Clause text on line 1 of the licence runs on here');
  });
});

describe.skipIf(!corpusAvailable || !officeAvailable)('a draft with line numbers printed by LibreOffice (live; skipped without soffice)', () => {
  const llama = corpusAvailable ? corpusParagraphs('llama-3.1-community-license.txt') : [];
  let pdfs: Record<string, Uint8Array>;
  beforeAll(async () => {
    const body = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
      llama.map((text) => new Paragraph({ alignment, spacing: { after: 120, line: 360 }, children: [new TextRun(text)] }));
    pdfs = await printWithLibreOffice({
      every: new Document({ sections: [{ properties: { lineNumbers: { countBy: 1, restart: LineNumberRestartFormat.NEW_PAGE } }, children: body(AlignmentType.JUSTIFIED) }] }),
      fifth: new Document({ sections: [{ properties: { lineNumbers: { countBy: 5, restart: LineNumberRestartFormat.CONTINUOUS } }, children: body(AlignmentType.LEFT) }] }),
    });
  }, 180_000);

  it.each(['every', 'fifth'])('numbered on %s line: each clause whole in one block, no number inside the text, and a note says so', async (name) => {
    const model = await importDocument(pdfs[name], `llama-3.1.line-numbers-${name}.pdf`);
    const runs = wordRuns(model.text);
    const notWhole = llama.filter((paragraph) => {
      const span = locatePassage(model.text, paragraph, runs);
      return !span || !model.blocks.some((b) => b.start <= span.start && span.end <= b.end);
    });
    expect(notWhole).toEqual([]);
    // Nothing but the clauses: as many blocks, and no block opening with a bare number.
    expect(model.blocks.length).toBe(llama.length);
    expect(model.blocks.map((b) => model.text.slice(b.start, b.end)).filter((text) => /^\d+ /.test(text))).toEqual([]);
    expect(model.warnings.join(' ')).toMatch(/Line numbers printed in the margin/);
  });
});

describe('stamps printed over the text (page lines)', () => {
  const body = Array.from({ length: 12 }, (_, i) => run(`Line ${i + 1} of a clause of the licence that runs on to the margin`, 72, 300 + 14 * i, 440, 11));

  it('leaves out a line of display type printed across other lines, and keeps the lines it covers as they were', () => {
    const stamp = { ...run('CONFIDENTIAL', 120, 360, 440, 60) };
    const { lines, stamps } = buildPageLines([...body, stamp], FONTS, A4);
    expect(lines.map((line) => line.text)).toEqual(buildPageLines(body, FONTS, A4).lines.map((line) => line.text));
    expect(stamps.map((s) => s.text)).toEqual(['CONFIDENTIAL']);
  });

  it('keeps display type that covers no text (a cover title)', () => {
    const { lines, stamps } = buildPageLines([run('GEMMA TERMS OF USE', 72, 150, 400, 32), ...body], FONTS, A4);
    expect(lines[0].text).toBe('GEMMA TERMS OF USE');
    expect(stamps).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable || !chromiumAvailable)('a licence printed with a watermark and a stamp on every page (live; skipped without chromium)', () => {
  const page = (marks: string) => {
    const markdown = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'llama-3.1-community-license.txt'));
    const paragraphs = markdown.split(/\r?\n/).filter((line) => line.trim()).map((line) => `<p>${new MarkdownIt().renderInline(line.trim())}</p>`);
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Llama 3.1</title><style>body{font-family:serif;font-size:11pt}
      .wm{position:fixed;top:40%;left:10%;font-size:110pt;color:rgba(200,0,0,.15);transform:rotate(-45deg)}
      .stamp{position:fixed;top:48%;left:15%;font-size:60pt;color:rgba(0,0,0,.08)}</style></head><body>${marks}${paragraphs.join('')}</body></html>`;
  };
  let clean: Uint8Array;
  let stamped: Uint8Array;
  beforeAll(() => {
    clean = printWithChromium(page(''));
    stamped = printWithChromium(page('<div class="wm">DRAFT</div><div class="stamp">CONFIDENTIAL</div>'));
  }, 180_000);

  it('reads exactly as the same pages printed without them, and says what was left out', async () => {
    const plain = await importDocument(clean, 'llama-3.1.pdf');
    const model = await importDocument(stamped, 'llama-3.1.stamped.pdf');
    expect(model.pageCount).toBeGreaterThanOrEqual(2);
    expect(model.text).toBe(plain.text);
    expect(model.blocks.map((b) => [b.kind, b.level, b.number])).toEqual(plain.blocks.map((b) => [b.kind, b.level, b.number]));
    expect(model.warnings.join(' ')).toMatch(/stamps or watermarks in display type/);
  });
});
