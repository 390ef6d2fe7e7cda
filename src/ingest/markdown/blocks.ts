import type { BlockContent, DefinitionContent, List, ListItem, Root, RootContent, Table } from 'mdast';
import type { DocumentBuilder, Segment } from '../../document/builder';
import type { BlockKind } from '../../document/model';
import { isAllCaps, isHeadingLine, isTitlePhrase } from '../text/headings';
import { parseMarker } from '../text/numbering';
import { NumberingOutline } from '../text/outline';
import { htmlToChunks, newHtmlState } from './html-text';
import { inlineSegments, segmentsText, type InlineContext } from './inline';
import { splitParagraphLines } from './paragraph-lines';

export interface HeadingSeen {
  text: string;
  level: number;
}

/** Where a block sits: inside a list item (its level, and whether its number is still to be placed) or not. */
interface ItemContext {
  level: number;
  /** The item's printed number, until its first block has taken it. */
  number: string | null;
  /** Bullet items take a number printed in their text ("*   1.1. Services Term."). */
  bullet: boolean;
  first: boolean;
}

/**
 * Walks the Markdown tree in reading order and adds blocks: headings with their level (and printed number
 * "1." in "1\. Services."), paragraphs, list items (ordered ones with their number, honouring the start
 * number; nested lists one level deeper; later paragraphs of an item as number-less items at the same level),
 * table cells, block quotes and code as paragraphs. Thematic breaks, definitions and front matter add nothing.
 */
export class MarkdownBlockWriter {
  readonly headings: HeadingSeen[] = [];
  private tables = 0;
  private lastHeadingLevel = 0;
  /** Paragraphs that open with "(a)", "4.2" … are numbered items; their levels restart under each heading. */
  private readonly outline = new NumberingOutline();

  constructor(
    private readonly builder: DocumentBuilder,
    private readonly inline: InlineContext,
  ) {}

  writeRoot(root: Root): void {
    this.writeAll(root.children, null);
  }

  private writeAll(nodes: Array<RootContent | BlockContent | DefinitionContent>, item: ItemContext | null): void {
    for (const node of nodes) this.write(node, item);
  }

  private write(node: RootContent | BlockContent | DefinitionContent, item: ItemContext | null): void {
    switch (node.type) {
      case 'heading': {
        const segments = inlineSegments(node.children, this.inline);
        this.heading(segments, node.depth);
        return;
      }
      case 'paragraph':
        this.paragraph(inlineSegments(node.children, this.inline), item);
        return;
      case 'list':
        this.list(node, item);
        return;
      case 'blockquote':
        this.writeAll(node.children, item);
        return;
      case 'code':
        this.add(item, 'paragraph', [{ text: node.value }]);
        return;
      case 'html':
        for (const chunk of htmlToChunks(node.value, newHtmlState())) this.add(item, 'paragraph', [{ text: chunk }]);
        return;
      case 'table':
        this.table(node);
        return;
      case 'footnoteDefinition':
        // Footnotes read as a numbered list: "[1] The text of the note."
        this.writeAll(node.children, { level: 1, number: `[${node.label ?? node.identifier}]`, bullet: false, first: true });
        return;
      default:
        // thematicBreak, definition, yaml/toml front matter: no document text.
        return;
    }
  }

  private heading(segments: Segment[], level: number): void {
    const text = segmentsText(segments);
    const marker = parseMarker(text);
    const block = this.builder.addBlock({ kind: 'heading', level, number: marker?.number ?? null, segments });
    if (!block) return;
    this.headings.push({ text, level });
    this.lastHeadingLevel = level;
    this.outline.reset();
  }

  /** A heading the author wrote as an emphasised or capitalised line: one level below the last Markdown heading. */
  private impliedHeading(segments: Segment[], number: string | null): void {
    const text = segmentsText(segments);
    const level = Math.min(6, this.lastHeadingLevel + 1);
    const block = this.builder.addBlock({ kind: 'heading', level, number, segments });
    if (!block) return;
    this.headings.push({ text, level });
    this.outline.reset();
  }

  private paragraph(segments: Segment[], item: ItemContext | null): void {
    if (item) {
      const text = segmentsText(segments);
      let number = item.first ? item.number : null;
      if (item.first && item.bullet) number = parseMarker(text)?.number ?? null;
      this.add(item, 'list-item', item.first && item.bullet ? dropBulletSymbol(segments) : segments, number);
      return;
    }
    for (const group of splitParagraphLines(segments, this.outline)) this.paragraphPart(group);
  }

  private paragraphPart(segments: Segment[]): void {
    const text = segmentsText(segments);
    const marker = parseMarker(text);
    const numbered = marker !== null && marker.rest !== '';
    const title = numbered ? marker.rest : text;
    // "**Prohibited Uses**", "DEFINITIONS", "I. INTRODUCTION", "**1. Definitions**", "Section 4: Definitions"
    // alone on their line are headings written without "#".
    if (isBoldTitle(segments, title) || isCapitalTitle(title) || (numbered && marker.kind === 'keyword' && isTitlePhrase(title))) {
      this.impliedHeading(segments, numbered ? marker.number : null);
      return;
    }
    if (numbered) {
      const { level } = this.outline.place(marker, 0);
      this.builder.addBlock({ kind: 'list-item', level, number: marker.number, segments });
      return;
    }
    this.builder.addBlock({ kind: 'paragraph', segments });
  }

  private list(list: List, parent: ItemContext | null): void {
    const level = (parent?.level ?? 0) + 1;
    const start = list.start ?? 1;
    list.children.forEach((listItem: ListItem, i) => {
      const number = list.ordered ? `${start + i}${this.delimiterOf(listItem)}` : null;
      const item: ItemContext = { level, number, bullet: !list.ordered, first: true };
      this.writeAll(listItem.children, item);
    });
  }

  /** "1." or "1)" as the author typed it (mdast keeps only the number; ./parse records the delimiter). */
  private delimiterOf(node: ListItem): string {
    return node.data?.delimiter ?? '.';
  }

  private table(table: Table): void {
    this.tables += 1;
    table.children.forEach((row, r) => {
      row.children.forEach((cell, c) => {
        this.builder.addBlock({
          kind: 'table-cell',
          segments: inlineSegments(cell.children, this.inline),
          table: { table: this.tables, row: r + 1, column: c + 1, header: r === 0 },
        });
      });
    });
  }

  /** A block inside a list item is part of the item; the item's number goes on its first block. */
  private add(item: ItemContext | null, kind: BlockKind, segments: Segment[], number: string | null = null): void {
    if (!item) {
      this.builder.addBlock({ kind, segments, number });
      return;
    }
    const itemNumber = item.first && !item.bullet ? item.number : number;
    const block = this.builder.addBlock({ kind: 'list-item', level: item.level, number: itemNumber, segments: numbered(itemNumber, item, segments) });
    if (block) item.first = false;
  }
}

/** An ordered item's number is printed before its text; a number already in the text (bullet items) stays. */
function numbered(number: string | null, item: ItemContext, segments: Segment[]): Segment[] {
  if (!number || item.bullet || !item.first) return segments;
  return [{ text: `${number} ` }, ...segments];
}

const MAX_BOLD_TITLE_WORDS = 12;

/** An ALL-CAPS title line ("V. DEFINITIONS" without its number). */
function isCapitalTitle(text: string): boolean {
  return isAllCaps(text) && isHeadingLine(text) && text.split(' ').length <= MAX_BOLD_TITLE_WORDS;
}

/** "•Violate the law …" inside a Markdown bullet item: the symbol was typed as text; the model drops bullets. */
function dropBulletSymbol(segments: Segment[]): Segment[] {
  const first = segments.findIndex((s) => s.text.trim() !== '');
  if (first < 0) return segments;
  const stripped = segments[first].text.replace(/^\s*[•◦▪▫●○■□‣∙·]\s*/, '');
  if (stripped === segments[first].text) return segments;
  return [...segments.slice(0, first), { ...segments[first], text: stripped }, ...segments.slice(first + 1)];
}

/** A paragraph entirely in bold, short, with no sentence punctuation at its end. */
function isBoldTitle(segments: Segment[], text: string): boolean {
  const visible = segments.filter((s) => s.text.trim() !== '');
  if (visible.length === 0 || !visible.every((s) => s.bold)) return false;
  if (/[.,;:]$/.test(text) || text.split(' ').length > MAX_BOLD_TITLE_WORDS) return false;
  return isTitlePhrase(text);
}
