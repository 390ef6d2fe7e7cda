import { DocumentBuilder } from '../../document/builder';
import type { DocumentModel, PageInfo } from '../../document/model';
import type { ImportContext } from '../context';
import { ImportError } from '../errors';
import { addBlocks } from './assemble';
import { classifyBlocks } from './classify';
import { measureLayout } from './layout-stats';
import type { PageResult } from './extract-pages';
import { estimatePageCount, planExtraction } from './extraction-plan';
import { PagePool } from './page-pool';
import type { PdfPageFailure, PdfPageText } from './page-text';
import { frameLoneColumns, frameOtherSizedPages } from './page-frames';
import { groupLines } from './paragraphs';
import { documentTitle, endsWithEofMarker, openPdf, type PDFDocumentProxy } from './pdfjs';
import type { OpenedDocument } from './worker-protocol';
import { removeRunningLines } from './running-lines';
import { removeRecurringStamps } from './stamps';
import { removeContents } from './contents';
import { pdfTitle } from './title';

/**
 * PDF -> document model. Pages are read in parallel (page-pool.ts) into positioned lines (page-lines.ts);
 * running headers and footers are removed (running-lines.ts); lines are grouped into blocks by layout
 * (paragraphs.ts), classified (classify.ts) and joined, hyphenated words mended (hyphenation.ts).
 *
 * Fails with ENCRYPTED (a user password is needed), CORRUPT (no readable PDF structure, or no page could be
 * read), TOO_LARGE (more pages than the limit, checked before reading any), NO_TEXT_LAYER (scanned images).
 */
export async function importPdf(bytes: Uint8Array, ctx: ImportContext): Promise<DocumentModel> {
  const plan = planExtraction(estimatePageCount(bytes));
  const pool = new PagePool(bytes, ctx.name, plan.workers);
  let doc: PDFDocumentProxy | null = null;
  // pdf.js may take over the buffer it is given; the caller's bytes are still needed (hash, storage).
  const openHere = async (): Promise<OpenedDocument> => {
    doc = await openPdf(bytes.slice(), ctx.name);
    return { pageCount: doc.numPages, title: await documentTitle(doc) };
  };
  let opened: OpenedDocument;
  let results: PageResult[];
  try {
    if (plan.inProcess) opened = await openHere();
    else {
      try {
        opened = await pool.opened;
      } catch (error) {
        if (error instanceof ImportError) throw error;
        // No worker could start (the app's fault, not the file's): read the pages on this thread instead.
        opened = await openHere();
      }
    }
    if (opened.pageCount > ctx.limits.maxPages) {
      throw new ImportError(
        'TOO_LARGE',
        `${ctx.name} has ${opened.pageCount.toLocaleString('en')} pages; the most License Desk imports is ${ctx.limits.maxPages.toLocaleString('en')}.`,
        { pages: opened.pageCount, limit: ctx.limits.maxPages },
      );
    }
    results = (await pool.extract(doc, opened.pageCount)).results;
  } finally {
    // Before the pages are assembled: the workers' and pdf.js's memory is no longer needed.
    await pool.close();
    await (doc as PDFDocumentProxy | null)?.destroy().catch(() => undefined);
  }
  return buildModel(bytes, ctx, opened, results);
}

function buildModel(bytes: Uint8Array, ctx: ImportContext, opened: OpenedDocument, results: PageResult[]): DocumentModel {
  const pageCount = opened.pageCount;
  const pages: PdfPageText[] = [];
  const failures: PdfPageFailure[] = [];
  for (const result of results) {
    if (result.ok) pages.push(result.text);
    else failures.push(result.failure);
  }
  if (pages.length === 0) {
    throw new ImportError('CORRUPT', `${ctx.name} is damaged: none of its ${pageCount} pages could be read (${failures[0]?.message ?? 'no pages'}).`);
  }
  const textless = pages.filter((page) => page.lines.length === 0).map((page) => page.page);
  if (textless.length === pages.length) {
    throw new ImportError(
      'NO_TEXT_LAYER',
      `${ctx.name} has no text layer: none of its ${plural(pages.length, 'page')} carries any text, so ${pages.length === 1 ? 'it is' : 'they are'} probably scanned images. Run the file through OCR (text recognition) and import the result.`,
      { pages: pageCount },
    );
  }
  const warnings = ctx.warnings;
  warnings.push(...pageWarnings(pages, textless, failures, pageCount));
  if (!endsWithEofMarker(bytes)) {
    warnings.push(
      `The file looks cut short (it has no end-of-file marker); ${failures.length === 0 ? `all ${plural(pageCount, 'page')} could still be read, but text at the end may be missing` : 'some pages could not be read'}.`,
    );
  }

  const contents = removeContents(removeRunningLines(pages).pages);
  if (contents.entries > 0) warnings.push(`A table of contents (${contents.entries.toLocaleString('en')} ${contents.entries === 1 ? 'entry' : 'entries'} with page numbers) was left out of the text; the headings it lists are read where they stand.`);
  const unstamped = removeRecurringStamps(contents.pages);
  if (unstamped.characters > 0) {
    const stamped = pages.filter((page) => page.stamps).map((page) => page.page);
    warnings.push(`${plural(unstamped.characters, 'character')} of stamps or watermarks in display type (such as “DRAFT” or “CONFIDENTIAL”)${stamped.length > 0 ? ` printed over the text of ${pageList(stamped)}` : ''} ${unstamped.characters === 1 ? 'was' : 'were'} left out.`);
  }
  const bodyPages = frameLoneColumns(frameOtherSizedPages(unstamped.pages));
  const stats = measureLayout(bodyPages);
  const groups = groupLines(bodyPages, stats);
  if (groups.some((group) => group.note)) warnings.push('Footnotes were placed after the body text.');
  const blocks = classifyBlocks(groups, stats);
  const builder = new DocumentBuilder();
  const pageInfo = pageSizes(pages, pageCount);
  const texts = addBlocks(builder, blocks, new Map(pageInfo.map((p) => [p.number, p])));
  return builder.build({
    bytes,
    format: 'pdf',
    title: pdfTitle(opened.title, blocks, texts, ctx.name),
    pageCount,
    pages: pageInfo,
    warnings,
  });
}

function pageWarnings(pages: PdfPageText[], textless: number[], failures: PdfPageFailure[], pageCount: number): string[] {
  const warnings: string[] = [];
  if (failures.length > 0) {
    warnings.push(`${capitalise(pageList(failures.map((f) => f.page)))} could not be read (damaged content: ${failures[0].message}); their text is missing.`);
  }
  if (textless.length > 0) {
    const one = textless.length === 1;
    warnings.push(
      textless.length * 2 >= pageCount
        ? `${capitalise(pageList(textless))} of ${pageCount} ${one ? 'has' : 'have'} no text layer: ${one ? 'it is probably a scanned image, and its' : 'they are probably scanned images, and their'} content is missing. Run the file through OCR to import ${one ? 'it' : 'them'}.`
        : `${capitalise(pageList(textless))} ${one ? 'has' : 'have'} no text (blank, or an image that would need OCR).`,
    );
  }
  const rotated = pages.filter((page) => page.rotatedCharacters > 0);
  if (rotated.length > 0) {
    const characters = rotated.reduce((sum, page) => sum + page.rotatedCharacters, 0);
    warnings.push(`${plural(characters, 'character')} of text printed at an angle (watermarks or margin notes) on ${pageList(rotated.map((p) => p.page))} ${characters === 1 ? 'was' : 'were'} left out.`);
  }
  const turned = pages.filter((page) => page.turned);
  if (turned.length > 0) {
    const one = turned.length === 1;
    warnings.push(`${capitalise(pageList(turned.map((p) => p.page)))} ${one ? 'is' : 'are'} shown sideways; ${one ? 'its' : 'their'} text was read with the page turned upright.`);
  }
  const numbered = pages.filter((page) => (page.lineNumbers ?? 0) > 0);
  if (numbered.length > 0) warnings.push(`Line numbers printed in the margin of ${pageList(numbered.map((p) => p.page))} were left out of the text.`);
  return warnings;
}

/** Sizes of every page; a page that could not be read takes the size of the first page that could. */
function pageSizes(pages: PdfPageText[], pageCount: number): PageInfo[] {
  const read = new Map(pages.map((page) => [page.page, page]));
  const common = pages[0];
  return Array.from({ length: pageCount }, (_, i) => {
    const page = read.get(i + 1) ?? common;
    return { number: i + 1, width: round(page.width), height: round(page.height) };
  });
}

function pageList(numbers: number[]): string {
  if (numbers.length === 1) return `page ${numbers[0]}`;
  const shown = numbers.slice(0, 12).join(', ');
  return `pages ${shown}${numbers.length > 12 ? ` and ${numbers.length - 12} more` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
