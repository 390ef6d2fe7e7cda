import { DocumentBuilder } from '../../document/builder';
import type { DocumentModel } from '../../document/model';
import { normaliseInline } from '../../document/normalise';
import { titleFromFileName, type ImportContext } from '../context';
import { ImportError } from '../errors';
import { importPlainText } from '../text';
import { addBodyBlocks, type BodySummary } from './body-blocks';
import { lineParagraphText } from './line-paragraphs';
import { readWithMammoth } from './mammoth-body';
import { promoteNumberedCaptions } from './numbered-captions';
import { ListNumbering } from './numbering';
import { titleBeforeParticulars } from './opening-title';
import { findPartPaths, relationshipsPathFor } from './package-parts';
import { prepareDocumentXml } from './prepare-document';
import { isRealTitle, readCoreTitle, readPageCount } from './properties';
import { StyleSheet } from './styles';
import { withTextBoxFallbacks } from './text-boxes';
import { scanXml, XmlProblem } from './xml-scanner';
import { readWrappedPieces } from './wrapped-pieces';
import { ZipPackage, ZipRefusal } from './zip-package';

/**
 * DOCX -> document model.
 *
 * 1. The zip is opened by our own reader (zip-package.ts): declared sizes and ratios are checked before
 *    anything is inflated, and every part is inflated under a hard cap.
 * 2. The parts we need are parsed by an iterative scanner (depth-limited, no DTDs); Word's list counters run
 *    over document.xml and the printed numbers are written into it (prepare-document.ts).
 * 3. mammoth reads a repacked package of just those parts; we take its document model, never its HTML.
 * 4. Blocks go through DocumentBuilder, so the text rules of the model hold.
 */
export async function importDocx(bytes: Uint8Array, ctx: ImportContext): Promise<DocumentModel> {
  try {
    return await importPackage(bytes, ctx);
  } catch (error) {
    throw asImportError(error, ctx.name);
  }
}

/**
 * Largest XML part read. mammoth builds a DOM of the whole part and needs about 75 bytes of memory per byte of
 * XML (measured: 8 MB of document.xml, 630 MB of RSS), so a part that passes the package limits can still
 * exhaust memory; 16 MB of document.xml holds tens of thousands of paragraphs, beyond any agreement.
 */
const MAX_XML_PART_BYTES = 16 * 1024 * 1024;

/**
 * Most elements, and paragraphs, read from the parts mammoth parses. Its memory grows with the elements more than
 * with the bytes, and every paragraph becomes a block to analyse: 4 MB of one-word runs (some 380,000 elements)
 * took 785 MB, 4 MB of short paragraphs (51,000) 630 MB, and 11 MB of them (test/reliability found it) 1.6 GB.
 * Word writes 15–30 elements a paragraph; a 300-page agreement has some 6,000 paragraphs. These limits are far
 * beyond any agreement and keep an import under about 800 MB.
 */
const MAX_XML_ELEMENTS = 400_000;
const MAX_PARAGRAPHS = 25_000;

async function importPackage(bytes: Uint8Array, ctx: ImportContext): Promise<DocumentModel> {
  const pkg = ZipPackage.open(bytes, { ...ctx.limits, maxPartBytes: Math.min(MAX_XML_PART_BYTES, ctx.limits.maxDecompressedBytes) });
  const paths = findPartPaths(pkg);
  if (!pkg.has(paths.mainDocument)) {
    throw new ImportError('CORRUPT', `${ctx.name} is not a valid Word document: it has no main document part (word/document.xml).`);
  }

  const read = (path: string) => pkg.readText(path);
  const documentXml = read(paths.mainDocument)!;
  const styles = inPart(paths.styles, () => StyleSheet.parse(read(paths.styles)));
  const numbering = inPart(paths.numbering, () => ListNumbering.parse(read(paths.numbering), styles));
  const labelledXml = inPart(paths.mainDocument, () => prepareDocumentXml(withTextBoxFallbacks(documentXml), styles, numbering));

  // Only what mammoth needs for text and structure; media, headers, comments and settings never reach it.
  const forMammoth = new Map<string, string>();
  const keep = (path: string, text?: string | null) => {
    const content = text === undefined ? read(path) : text;
    if (content === null || forMammoth.has(path)) return;
    // Parts we do not parse ourselves are still checked for depth and DTDs before mammoth's recursive reader.
    if (text === undefined) inPart(path, () => scanXml(content, {}));
    forMammoth.set(path, content);
  };
  keep('[Content_Types].xml');
  keep('_rels/.rels');
  keep(paths.mainDocument, labelledXml);
  keep(relationshipsPathFor(paths.mainDocument));
  if (pkg.has(paths.styles)) keep(paths.styles);
  for (const notes of [paths.footnotes, paths.endnotes]) {
    if (!pkg.has(notes)) continue;
    keep(notes);
    keep(relationshipsPathFor(notes));
  }
  checkElementCounts([...forMammoth.values()], ctx.name);
  const encoder = new TextEncoder();
  const document = await readWithMammoth(new Map([...forMammoth].map(([path, text]) => [path, encoder.encode(text)])));

  ctx.warnings.push(...revisionWarnings(documentXml));
  const coreTitle = inPart(paths.coreProperties, () => readCoreTitle(read(paths.coreProperties)));
  const pageCount = inPart(paths.appProperties, () => readPageCount(read(paths.appProperties)));

  const lines = lineParagraphText(document, styles);
  if (lines !== null) {
    // One paragraph per line of a hard-wrapped text: read as that text, with Word's file facts and headings.
    const withTables = lines.pieces.some((piece) => 'table' in piece);
    const read = withTables ? readWrappedPieces(lines, bytes, ctx, styles) : null;
    const model = read ? read.model : importPlainText(lines.text, bytes, ctx);
    applyWordHeadings(model, lines.headings);
    const stem = titleFromFileName(ctx.name);
    const styledTitle = lines.headings[0] && normaliseInline(lines.headings[0].text);
    const textTitle = read ? (read.textTitle ?? stem) : model.title;
    const title = coreTitle && isRealTitle(coreTitle, stem) ? clip(coreTitle) : styledTitle ? clip(styledTitle) : textTitle;
    return { ...model, format: 'docx', pageCount, title };
  }

  const builder = new DocumentBuilder();
  const summary = addBodyBlocks(document, builder, styles);
  if (summary.noteCount > 0) ctx.warnings.push('Footnotes and endnotes were placed after the body text.');
  if (summary.contentsEntries > 0) {
    ctx.warnings.push(`A table of contents (${summary.contentsEntries} ${summary.contentsEntries === 1 ? 'entry' : 'entries'}) was left out of the text; the headings it lists are read where they stand.`);
  }

  const model = builder.build({ bytes, format: 'docx', title: '', pageCount, warnings: ctx.warnings });
  promoteNumberedCaptions(model);
  model.title = chooseTitle(coreTitle, summary, model, ctx.name);
  return model;
}

/**
 * What counsel should know about a draft under review: its tracked changes were read as accepted (insertions
 * kept, deletions and text moved away left out, as the document reads once they are accepted), and margin
 * comments are not part of the text.
 */
function revisionWarnings(documentXml: string): string[] {
  const warnings: string[] = [];
  if (/<w:(?:ins|del|moveFrom|moveTo)[\s>/]/.test(documentXml)) {
    warnings.push('The document has tracked changes; it was read as if all of them were accepted (insertions kept, deletions left out).');
  }
  if (/<w:commentReference[\s>/]/.test(documentXml)) warnings.push("The document's comments were left out of its text.");
  return warnings;
}

/**
 * Makes the blocks of Word's heading paragraphs headings of Word's level: the plain-text reader sees each as a
 * line standing alone, which it may have read as a paragraph. Headings are matched in order, by their text.
 */
function applyWordHeadings(model: DocumentModel, headings: ReadonlyArray<{ text: string; level: number }>): void {
  let from = 0;
  for (const heading of headings) {
    const text = normaliseInline(heading.text);
    const at = model.blocks.findIndex((block, i) => i >= from && model.text.slice(block.start, block.end) === text);
    if (at < 0) continue;
    const block = model.blocks[at];
    block.kind = 'heading';
    block.level = Math.min(6, Math.max(1, heading.level));
    from = at + 1;
  }
}

/**
 * dc:title when a person set it; else the Title-style paragraph; else an opening paragraph that is a title with
 * its version, date or address (the first heading after it is the terms' own caption, "TERMS AND CONDITIONS FOR
 * USE, REPRODUCTION, AND DISTRIBUTION"); else the first heading; else an opening line set entirely in bold (how
 * many agreements are titled by hand); else the file name.
 */
function chooseTitle(coreTitle: string | null, summary: BodySummary, model: DocumentModel, name: string): string {
  const { text } = model;
  const stem = titleFromFileName(name);
  if (coreTitle && isRealTitle(coreTitle, stem)) return clip(coreTitle);
  if (summary.titleStyleText && normaliseInline(summary.titleStyleText)) return clip(normaliseInline(summary.titleStyleText));
  const opening = model.blocks[0];
  if (opening && opening.kind === 'paragraph') {
    const title = titleBeforeParticulars(text.slice(opening.start, opening.end));
    if (title) return clip(title);
  }
  const heading = summary.firstHeading ?? summary.boldOpening;
  if (heading) {
    const headingText = text.slice(heading.start, heading.end);
    const withoutNumber = heading.number && headingText.startsWith(heading.number) ? headingText.slice(heading.number.length).trim() : headingText;
    if (withoutNumber) return clip(withoutNumber);
  }
  return stem;
}

function clip(title: string): string {
  return title.length > 200 ? `${title.slice(0, 199).trimEnd()}…` : title;
}

/** Refuses parts with more elements or paragraphs than MAX_XML_ELEMENTS and MAX_PARAGRAPHS, before mammoth. */
function checkElementCounts(parts: string[], name: string): void {
  let elements = 0;
  let paragraphs = 0;
  for (const xml of parts) {
    // Every '<' followed by a name opens an element; a paragraph is one named p in any prefix (w:p, not w:pPr).
    for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
      const next = xml.charCodeAt(at + 1);
      if (!((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x5f)) continue;
      elements++;
      const colon = xml.indexOf(':', at);
      if (colon > at && colon < at + 12 && xml.charCodeAt(colon + 1) === 0x70 && /[\s>/]/.test(xml[colon + 2] ?? '') && !xml.slice(at + 1, colon).includes(' ')) paragraphs++;
    }
  }
  if (elements > MAX_XML_ELEMENTS || paragraphs > MAX_PARAGRAPHS) {
    const what = paragraphs > MAX_PARAGRAPHS ? `${paragraphs.toLocaleString('en')} paragraphs; the most License Desk reads is ${MAX_PARAGRAPHS.toLocaleString('en')}` : `${elements.toLocaleString('en')} XML elements; the most License Desk reads is ${MAX_XML_ELEMENTS.toLocaleString('en')}`;
    throw new ImportError('TOO_LARGE', `${name} was refused: its text has ${what} (far more than any agreement).`, { elements, paragraphs, limits: { elements: MAX_XML_ELEMENTS, paragraphs: MAX_PARAGRAPHS } });
  }
}

/** Runs a parse of one part, naming the part if its XML is refused. */
function inPart<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof XmlProblem) throw new PartProblem(path, error);
    throw error;
  }
}

class PartProblem extends Error {
  constructor(
    readonly part: string,
    readonly problem: XmlProblem,
  ) {
    super(`${part}: ${problem.message}`);
  }
}

function asImportError(error: unknown, name: string): ImportError {
  if (error instanceof ImportError) return error;
  if (error instanceof ZipRefusal) {
    switch (error.reason) {
      case 'too-large':
        return new ImportError('TOO_LARGE', `${name} was refused: ${error.message}.`, error.details);
      case 'encrypted':
        return new ImportError('ENCRYPTED', `${name} is encrypted: ${error.message}. Remove the password and import it again.`, error.details);
      case 'corrupt':
        return new ImportError('CORRUPT', `${name} is not a valid Word document: ${error.message}.`, error.details);
    }
  }
  if (error instanceof PartProblem) {
    const details = { part: error.part, reason: error.problem.reason };
    if (error.problem.reason === 'too-deep') {
      return new ImportError('TOO_LARGE', `${name} was refused: ${error.part} has ${error.problem.message}, more than any real document.`, details);
    }
    return new ImportError('CORRUPT', `${name} is not a valid Word document: ${error.part} contains ${describeProblem(error.problem)}.`, details);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ImportError('CORRUPT', `${name} is not a valid Word document: ${message}`, { cause: message });
}

function describeProblem(problem: XmlProblem): string {
  return problem.reason === 'dtd' ? problem.message : `broken XML (${problem.message})`;
}
