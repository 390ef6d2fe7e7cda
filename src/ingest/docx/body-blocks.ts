import type { DocumentBuilder, Segment } from '../../document/builder';
import type { Block, BlockKind } from '../../document/model';
import { normaliseInline } from '../../document/normalise';
import { parseMarker } from '../text/numbering';
import { ImpliedStructure } from './implied-structure';
import { takeListMarker, type ListMarker } from './list-marker';
import type { MammothDocument, MammothNode, MammothNote } from './mammoth-body';
import { formatListNumber } from './number-format';
import type { StyleSheet } from './styles';

type Paragraph = Extract<MammothNode, { type: 'paragraph' }>;
type Table = Extract<MammothNode, { type: 'table' }>;
type NoteReference = { noteType: 'footnote' | 'endnote'; noteId: string };

/** What the body walk learnt that the title choice needs. */
export interface BodySummary {
  /** Text of the first paragraph in the Title style. */
  titleStyleText: string | null;
  /** The first heading block. */
  firstHeading: Block | null;
  /** The first block, if every character of it is bold (a title set by hand in bold). */
  boldOpening: Block | null;
  /** Footnotes and endnotes appended after the body. */
  noteCount: number;
  /** Entries of a table of contents left out of the text. */
  contentsEntries: number;
}

interface NotesLookup {
  resolve?(reference: NoteReference): MammothNote | null;
}

/**
 * Turns mammoth's document into blocks: headings by style, list items with the printed numbers our numbering
 * pass put in front of them, one table-cell block per cell, bold runs (direct or through a character style)
 * as emphasis, external link targets kept after their label, footnotes and endnotes after the body.
 */
export function addBodyBlocks(document: MammothDocument, builder: DocumentBuilder, styles: StyleSheet, tablesBefore = 0): BodySummary {
  const walker = new BodyWalker(builder, styles, new ImpliedStructure(usesHeadingStyles(document.children, styles)), tablesBefore);
  walker.blocks(document.children);
  const notes = document.notes as NotesLookup | undefined;
  walker.notes(notes);
  return walker.summary;
}

class BodyWalker {
  readonly summary: BodySummary = { titleStyleText: null, firstHeading: null, boldOpening: null, noteCount: 0, contentsEntries: 0 };
  private readonly noteReferences: NoteReference[] = [];
  private readonly seenNotes = new Set<string>();

  constructor(
    private readonly builder: DocumentBuilder,
    private readonly styles: StyleSheet,
    private readonly implied: ImpliedStructure,
    /** Tables already numbered in the document (a body read in pieces). */
    private tableCount = 0,
  ) {}

  blocks(nodes: MammothNode[]): void {
    let loose: MammothNode[] = [];
    const flushLoose = () => {
      if (loose.length > 0) this.paragraph({ type: 'paragraph', children: loose, styleId: null, styleName: null });
      loose = [];
    };
    const contents = contentsParagraphs(nodes);
    for (const node of nodes) {
      if (node.type === 'paragraph' && contents.has(node)) {
        flushLoose();
        if (!isContentsCaption(node)) this.summary.contentsEntries++;
      } else if (node.type === 'paragraph') {
        flushLoose();
        this.paragraph(node);
      } else if (node.type === 'table') {
        flushLoose();
        this.table(node);
      } else {
        loose.push(node);
      }
    }
    flushLoose();
  }

  notes(lookup: NotesLookup | undefined): void {
    if (!lookup?.resolve) return;
    let footnotes = 0;
    let endnotes = 0;
    // Notes referenced from notes are appended as they are found, hence the index loop.
    for (let i = 0; i < this.noteReferences.length; i++) {
      const reference = this.noteReferences[i];
      const note = lookup.resolve(reference);
      if (!note) continue;
      // Word's default marks: 1, 2, 3 for footnotes; i, ii, iii for endnotes.
      const mark = reference.noteType === 'endnote' ? formatListNumber(++endnotes, 'lowerRoman') : String(++footnotes);
      let first = true;
      for (const node of note.body) {
        if (node.type !== 'paragraph') {
          this.blocks([node]);
          continue;
        }
        const { segments } = this.inline(node.children);
        if (first && segments.some((s) => s.text.trim())) {
          segments.unshift({ text: `${mark} ` });
          first = false;
        }
        if (this.builder.addBlock({ kind: 'paragraph', segments })) this.summary.noteCount++;
      }
    }
  }

  private paragraph(paragraph: Paragraph): void {
    const { segments, marker, allBold } = this.inline(paragraph.children);
    // A paragraph that is nothing but its number ("3." with no text) says nothing; Word still counted it.
    if (!segments.some((s) => s.text.trim())) return;
    const text = normaliseInline(segments.map((s) => s.text).join(''));
    const headingLevel = this.styles.headingLevel(paragraph.styleId);
    const label = marker?.label ?? null;
    let kind: BlockKind;
    let level: number;
    let number: string | null = label;
    if (headingLevel) {
      kind = 'heading';
      level = headingLevel;
      // "1. Definitions" typed into a Heading style: the typed number is the section number.
      if (!label) number = numberTypedAtStart(text);
      this.implied.styledHeading(headingLevel);
    } else if (marker) {
      kind = 'list-item';
      level = marker.level + 1;
    } else {
      const implied = this.implied.classify(text, allBold, firstLineIndent(paragraph.indent));
      ({ kind, level, number } = implied);
      if (implied.bullet) dropLeadingSymbol(segments, implied.bullet);
    }
    if (label) segments.unshift({ text: `${label} ` });
    const block = this.builder.addBlock({ kind, level, number, segments });
    if (!block) return;
    if (this.summary.titleStyleText === null && this.styles.isTitle(paragraph.styleId)) this.summary.titleStyleText = text;
    if (!this.summary.firstHeading && block.kind === 'heading') this.summary.firstHeading = block;
    if (this.builder.blockCount === 1 && allBold && !label) this.summary.boldOpening = block;
  }

  private table(table: Table): void {
    const tableNumber = ++this.tableCount;
    // Grid columns still covered by a cell merged down from a row above (mammoth drops the covered cells).
    const coveredUntilRow: number[] = [];
    let rowNumber = 0;
    for (const row of table.children) {
      if (row.type !== 'tableRow') continue;
      rowNumber++;
      let column = 0;
      for (const cell of row.children) {
        if (cell.type !== 'tableCell') continue;
        while ((coveredUntilRow[column] ?? 0) >= rowNumber) column++;
        const colSpan = Math.max(1, cell.colSpan || 1);
        const rowSpan = Math.max(1, cell.rowSpan || 1);
        for (let c = column; c < column + colSpan; c++) coveredUntilRow[c] = rowNumber + rowSpan - 1;
        this.cell(cell.children, { table: tableNumber, row: rowNumber, column: column + 1, ...(row.isHeader ? { header: true } : {}) });
        column += colSpan;
      }
    }
  }

  private cell(children: MammothNode[], position: { table: number; row: number; column: number; header?: boolean }): void {
    const segments: Segment[] = [];
    const nestedTables: Table[] = [];
    for (const child of children) {
      if (child.type === 'table') {
        nestedTables.push(child);
        continue;
      }
      const inline = this.inline(child.type === 'paragraph' ? child.children : [child]);
      if (inline.marker?.label) inline.segments.unshift({ text: `${inline.marker.label} ` });
      // Paragraphs inside one cell read as one run of text.
      if (segments.length > 0) segments.push({ text: ' ' });
      segments.push(...inline.segments);
    }
    this.builder.addBlock({ kind: 'table-cell', segments, table: position });
    for (const nested of nestedTables) this.table(nested);
  }

  private inline(nodes: MammothNode[]): { segments: Segment[]; marker: ListMarker | null; allBold: boolean } {
    const segments: Segment[] = [];
    const found: { marker: ListMarker | null } = { marker: null };
    // The last link target written, so a link split into pieces is written once after its whole label.
    let lastLink: { href: string | undefined; from: number; end: number } | null = null;
    const visit = (node: MammothNode, bold: boolean, italic: boolean): void => {
      switch (node.type) {
        case 'text': {
          const taken = takeListMarker(node.value);
          if (taken.marker && !found.marker) found.marker = taken.marker;
          if (taken.text) segments.push({ text: taken.text, bold, italic });
          return;
        }
        case 'run': {
          const runBold = node.isBold || this.styles.isBold(node.styleId);
          for (const child of node.children) visit(child, runBold, node.isItalic);
          return;
        }
        case 'tab':
        case 'break':
          segments.push({ text: ' ' });
          return;
        case 'checkbox':
          segments.push({ text: node.checked ? '☒ ' : '☐ ' });
          return;
        case 'hyperlink': {
          // A link made by a HYPERLINK field (Word, Google Docs) comes as one link per run, the first often empty:
          // a piece right after the previous piece of the same link carries on its label.
          let from = segments.length;
          if (lastLink && lastLink.href === node.href && lastLink.end === segments.length) {
            if (segments[segments.length - 1]?.text === ` (${node.href})`) segments.pop();
            from = lastLink.from;
          }
          for (const child of node.children) visit(child, bold, italic);
          const label = segments
            .slice(from)
            .map((s) => s.text)
            .join('');
          if (node.href && isExternalLink(node.href) && !sameLink(label, node.href)) segments.push({ text: ` (${node.href})` });
          lastLink = { href: node.href, from, end: segments.length };
          return;
        }
        case 'noteReference': {
          const key = `${node.noteType}:${node.noteId}`;
          if (!this.seenNotes.has(key)) {
            this.seenNotes.add(key);
            this.noteReferences.push({ noteType: node.noteType, noteId: node.noteId });
          }
          return;
        }
        case 'paragraph':
          // Text boxes and similar can nest paragraphs inside inline content.
          if (segments.length > 0) segments.push({ text: ' ' });
          for (const child of node.children) visit(child, bold, italic);
          return;
        case 'table':
        case 'tableRow':
        case 'tableCell':
          for (const child of node.children) visit(child, bold, italic);
          return;
        default:
          return;
      }
    };
    for (const node of nodes) visit(node, false, false);
    const visible = segments.filter((s) => s.text.trim());
    const allBold = visible.length > 0 && visible.every((s) => s.bold);
    return { segments, marker: found.marker, allBold };
  }
}

/** Removes a typed bullet (and the space after it) from the start of a paragraph's text. */
function dropLeadingSymbol(segments: Segment[], symbol: string): void {
  const first = segments.find((s) => s.text.trim() !== '');
  if (!first) return;
  const at = first.text.indexOf(symbol);
  if (at >= 0 && first.text.slice(0, at).trim() === '') first.text = first.text.slice(at + symbol.length).replace(/^\s+/, '');
}

function numberTypedAtStart(text: string): string | null {
  const marker = parseMarker(text);
  return marker && marker.rest ? marker.number : null;
}

/** Where the first line starts, in tenths of an inch (Word measures in twentieths of a point: 144 per tenth). */
function firstLineIndent(indent: Paragraph['indent']): number {
  const twips = (value: string | null | undefined) => (value && /^-?\d+$/.test(value) ? Number(value) : 0);
  if (!indent) return 0;
  const start = twips(indent.start) - twips(indent.hanging) + twips(indent.firstLine);
  return Math.max(0, Math.round(start / 144));
}

/** Whether any paragraph, tables included, has a heading style (then only styles and bold make headings). */
function usesHeadingStyles(nodes: MammothNode[], styles: StyleSheet): boolean {
  for (const node of nodes) {
    if (node.type === 'paragraph' && styles.headingLevel(node.styleId) !== null) return true;
    if ((node.type === 'table' || node.type === 'tableRow' || node.type === 'tableCell') && usesHeadingStyles(node.children, styles)) return true;
  }
  return false;
}

/** Word's and LibreOffice's styles for the entries of a table of contents ("toc 1", "Contents 2") and its caption. */
const CONTENTS_ENTRY_STYLE = /^(?:toc|contents)\s?\d$/i;
const CONTENTS_CAPTION_STYLE = /^(?:toc|contents) heading$/i;
const CONTENTS_CAPTION = /^(?:table of contents|contents)$/i;
/** Entries typed by hand count as a table of contents when there are this many in a row. */
const TYPED_ENTRIES = 3;

/**
 * The paragraphs of a table of contents: entries in Word's or LibreOffice's contents styles, or typed by hand as a
 * caption, a tab (to a dot leader) and a page number, three or more in a row; and the caption over them. Read as
 * text, each entry repeats a heading ("Section 1: DEFINITIONS 2") before the terms begin.
 */
function contentsParagraphs(nodes: readonly MammothNode[]): Set<MammothNode> {
  const found = new Set<MammothNode>();
  let run: MammothNode[] = [];
  let texts: string[] | undefined;
  // Typed entries must list the document's headings: most of their captions start a later paragraph (a price list
  // typed with tabs lists nothing that follows).
  const listsHeadings = (entries: MammothNode[], after: number) => {
    texts ??= nodes.map((node) => (node.type === 'paragraph' ? squash(plainText(node.children)) : ''));
    const later = new Set(texts.slice(after));
    const captions = entries.map((node) => squash(plainText((node as Paragraph).children).replace(/\t[^\t]*$/, '')));
    return captions.filter((caption) => later.has(caption)).length * 2 >= captions.length;
  };
  const endRun = (at: number) => {
    if (run.length >= TYPED_ENTRIES && listsHeadings(run, at)) for (const node of run) found.add(node);
    run = [];
  };
  for (const [at, node] of nodes.entries()) {
    if (node.type !== 'paragraph') {
      endRun(at);
      continue;
    }
    if (CONTENTS_ENTRY_STYLE.test(node.styleName ?? '') || CONTENTS_CAPTION_STYLE.test(node.styleName ?? '')) found.add(node);
    if (endsWithTabAndPageNumber(node.children)) run.push(node);
    else endRun(at);
  }
  endRun(nodes.length);
  // A caption right above the entries.
  nodes.forEach((node, i) => {
    const next = nodes[i + 1];
    if (node.type === 'paragraph' && next && found.has(next) && CONTENTS_CAPTION.test(plainText(node.children).trim())) found.add(node);
  });
  return found;
}

function isContentsCaption(paragraph: Paragraph): boolean {
  return CONTENTS_CAPTION_STYLE.test(paragraph.styleName ?? '') || CONTENTS_CAPTION.test(plainText(paragraph.children).trim());
}

/** Whether the paragraph's last words are a tab and a page number (arabic or roman), after a caption. */
function endsWithTabAndPageNumber(children: readonly MammothNode[]): boolean {
  // Read back from the end in one pass: a pattern opening on the caption is tried from every character of a long
  // paragraph with no tab (quadratic: a paragraph of one 100 KB word took seconds, a hostile 1 MB one minutes).
  const text = plainText(children).trimEnd();
  const page = /(?:\d{1,4}|[ivxlc]{1,6})$/i.exec(text);
  if (!page) return false;
  // Before the number: a run of white space holding a tab, after the caption's last character.
  let end = page.index;
  let tab = false;
  while (end > 0 && /\s/.test(text[end - 1])) tab = text[--end] === '\t' || tab;
  return tab && end > 0;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The paragraph's characters, a tab written as one (Word writes <w:tab/>, some generators a tab character). */
function plainText(children: readonly MammothNode[]): string {
  let text = '';
  for (const node of children) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'tab') text += '\t';
    else if ('children' in node && Array.isArray(node.children)) text += plainText(node.children as MammothNode[]);
  }
  return text;
}

function isExternalLink(href: string): boolean {
  return /^(https?|ftp|mailto):/i.test(href.trim());
}

/** Whether a link's visible text already shows its target (then repeating it would only add noise). */
function sameLink(label: string, href: string): boolean {
  const simplify = (s: string) =>
    safeDecode(s.trim().toLowerCase())
      .replace(/^(https?:\/\/|ftp:\/\/|mailto:)/, '')
      .replace(/^www\./, '')
      .replace(/[/\s]+$/, '');
  const target = simplify(href);
  const text = simplify(label);
  return target.length > 0 && (text === target || text.includes(target));
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
