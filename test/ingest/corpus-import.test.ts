/**
 * Every file of the shared corpus through importDocument: good files give a model that follows the text rules of
 * src/document/model.ts, has structure where the document has it, and keeps every gold passage's words in order
 * (the key check: the analysis is scored by locating those passages in the imported text); bad files give their
 * specific error code.
 */
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/document/builder';
import type { DocumentModel } from '../../src/document/model';
import { ImportError, importDocument, type ImportErrorCode } from '../../src/ingest';
import {
  BAD_DIR,
  DOCUMENTS_DIR,
  FORMATS_DIR,
  corpusAvailable,
  listCorpus,
  loadLabels,
  loadVariants,
  locatePassage,
  readCorpusFile,
  wordRuns,
  type GoldPassage,
} from '../support/corpus';

const INVISIBLE_OR_ODD_SPACE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\t\r\u2028\u2029]/;

/** The text rules every importer follows (model.ts), checked on a whole model. */
function expectTextRules(model: DocumentModel, bytes: Uint8Array, label: string): void {
  expect(model.sha256, label).toBe(sha256Hex(bytes));
  expect(model.byteLength, label).toBe(bytes.byteLength);
  expect(model.title.trim(), label).not.toBe('');
  expect(model.blocks.length, label).toBeGreaterThan(0);
  const pieces = model.blocks.map((b) => model.text.slice(b.start, b.end));
  // Blocks are joined by exactly one blank line, in order, without overlap: the text is nothing else.
  expect(pieces.join('\n\n') === model.text, `${label}: text is the blocks joined by blank lines`).toBe(true);
  model.blocks.forEach((block, i) => {
    const text = pieces[i];
    const where = `${label} ${block.id} ${JSON.stringify(text.slice(0, 60))}`;
    expect(block.id, where).toBe(`b${i + 1}`);
    expect(text, where).not.toBe('');
    expect(text.includes('\n'), `${where}: no line break inside a block`).toBe(false);
    expect(text, `${where}: no leading/trailing space`).toBe(text.trim());
    expect(/\s{2}/.test(text), `${where}: spaces collapsed`).toBe(false);
    expect(INVISIBLE_OR_ODD_SPACE.test(text), `${where}: no invisible characters or odd spaces`).toBe(false);
    if (i > 0) expect(block.start, where).toBe(model.blocks[i - 1].end + 2);
    if (block.kind === 'heading') expect(block.level >= 1 && block.level <= 6, where).toBe(true);
    if (block.kind === 'list-item') expect(block.level, where).toBeGreaterThanOrEqual(1);
    if (block.kind === 'table-cell') expect(block.table, where).toBeDefined();
    // The printed number stays in the text as the reader sees it.
    if (block.number !== null && block.kind !== 'table-cell') expect(text.startsWith(block.number), `${where} starts with ${block.number}`).toBe(true);
    for (const e of block.emphasis ?? []) expect(e.start >= block.start && e.end <= block.end && e.start < e.end, where).toBe(true);
  });
}

/** How many lines of the source open with a section or item number ("1.", "2.1", "(a)", "iv.", "Section 3"). */
function numberedSourceLines(source: string): number {
  return (source.match(/^[ \t>*-]*(#+ )?(\\?\(?(\d{1,2}|[a-z]|[ivx]{1,4})(\\?[.)]|\.\d+)|Section \w+)[ \t]/gm) ?? []).length;
}

function missingPassages(model: DocumentModel, quotes: Record<string, GoldPassage[]>): string[] {
  const runs = wordRuns(model.text);
  const missing: string[] = [];
  for (const [category, passages] of Object.entries(quotes)) {
    for (const passage of passages) {
      if (!locatePassage(model.text, passage, runs)) missing.push(`${category}: ${JSON.stringify(passage).slice(0, 120)}`);
    }
  }
  return missing;
}

describe.skipIf(!corpusAvailable)('importing every corpus document', () => {
  const labels = corpusAvailable ? new Map(loadLabels().map((l) => [l.file, l])) : new Map();
  const files = corpusAvailable ? listCorpus(DOCUMENTS_DIR) : [];

  it('has gold labels for every document', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    for (const file of files) expect(labels.has(file), file).toBe(true);
  });

  it.each(files)('%s: follows the text rules, has structure, and keeps every gold passage', async (file) => {
    const bytes = readCorpusFile(DOCUMENTS_DIR, file);
    const model = await importDocument(bytes, file);
    expect(model.format).toBe(/\.mdx?$/.test(file) ? 'markdown' : 'text');
    expect(model.pageCount).toBeNull();
    expectTextRules(model, bytes, file);
    expect(model.text).not.toContain('**');

    const source = new TextDecoder().decode(bytes);
    const numberedInSource = numberedSourceLines(source);
    const numberedBlocks = model.blocks.filter((b) => b.number !== null).length;
    if (numberedInSource >= 3) expect(numberedBlocks, `${file} numbers ${numberedInSource} lines`).toBeGreaterThanOrEqual(3);
    expect(model.blocks.some((b) => b.kind === 'heading' || b.kind === 'list-item'), `${file} has headings or list items`).toBe(true);

    expect(missingPassages(model, labels.get(file)!.quotes)).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable)('importing the PDF and DOCX variants (PDF and DOCX importers)', () => {
  const labels = corpusAvailable ? new Map(loadLabels().map((l) => [l.file, l])) : new Map();
  const variants = corpusAvailable ? loadVariants() : [];

  it.each(variants.map((v) => [v.variant, v.source]))('%s: follows the text rules and keeps the gold passages of %s', async (variant, source) => {
    const bytes = readCorpusFile(FORMATS_DIR, variant);
    const model = await importDocument(bytes, variant);
    expect(model.format).toBe(variant.endsWith('.pdf') ? 'pdf' : 'docx');
    expectTextRules(model, bytes, variant);
    if (model.format === 'pdf') expect(model.pageCount).toBeGreaterThan(0);
    expect(missingPassages(model, labels.get(source)!.quotes)).toEqual([]);
  });
});

/** What each broken file must give: an error code, or (text named .pdf) an import as text with a warning. */
const BAD_EXPECTATIONS: Record<string, ImportErrorCode | 'imported-as-text'> = {
  'empty.md': 'EMPTY',
  'random-bytes.docx': 'CORRUPT',
  'text-renamed.pdf': 'imported-as-text',
  'truncated.pdf': 'CORRUPT',
  'encrypted-user-password.pdf': 'ENCRYPTED',
  'scanned-image-only.pdf': 'NO_TEXT_LAYER',
};

describe.skipIf(!corpusAvailable)('importing the broken files', () => {
  const files = corpusAvailable ? listCorpus(BAD_DIR) : [];

  it('knows what every file in bad/ must give', () => {
    expect(files.sort()).toEqual(Object.keys(BAD_EXPECTATIONS).sort());
  });

  it('imports text named .pdf as text, and says so', async () => {
    const bytes = readCorpusFile(BAD_DIR, 'text-renamed.pdf');
    const model = await importDocument(bytes, 'text-renamed.pdf');
    expect(model.format).toBe('text');
    expect(model.warnings.join(' ')).toMatch(/named text-renamed\.pdf but contains plain text/);
    expectTextRules(model, bytes, 'text-renamed.pdf');
  });

  it.each(Object.entries(BAD_EXPECTATIONS).filter(([, expected]) => expected !== 'imported-as-text'))('%s gives %s', async (file, code) => {
    const bytes = readCorpusFile(BAD_DIR, file);
    const outcome = await importDocument(bytes, file).then(
      (model) => ({ imported: model.format }),
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(ImportError);
    expect((outcome as ImportError).code).toBe(code);
    expect((outcome as ImportError).message).toContain(file);
  });
});
