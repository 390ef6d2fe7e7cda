import type { BlockKind } from '../../document/model';
import { isHeadingLine, isTitlePhrase } from '../text/headings';
import { parseBullet, parseMarker } from '../text/numbering';
import { NumberingOutline } from '../text/outline';

export interface ImpliedBlock {
  kind: BlockKind;
  level: number;
  number: string | null;
  /** A typed bullet symbol at the start of the text, which the model drops. */
  bullet?: string;
}

/** Symbol and Wingdings fonts put their glyphs in the private use area U+F000–U+F0FF. */
const SYMBOL_FONT_BULLET = /^([\uF000-\uF0FF])\s+\S/;

function typedBullet(text: string): string | null {
  return parseBullet(text)?.symbol ?? SYMBOL_FONT_BULLET.exec(text)?.[1] ?? null;
}

/**
 * Structure that a Word document shows without Word's own means: numbers typed by hand ("1. Definitions",
 * "(a) …"), bullets typed as characters ("• ", or a Symbol-font glyph pasted from another list), headings made
 * by setting a short line in bold, and, in documents that use no heading style at all
 * (typically converted from plain text), short Title Case or ALL CAPS lines. Read with the same rules as the
 * plain-text and Markdown importers (src/ingest/text), so one document imports alike in every format.
 */
export class ImpliedStructure {
  private readonly outline = new NumberingOutline();
  private lastStyledHeadingLevel = 0;

  constructor(private readonly documentHasHeadingStyles: boolean) {}

  /** A paragraph with a Word heading style: implied headings go one level below it, typed lists restart. */
  styledHeading(level: number): void {
    this.lastStyledHeadingLevel = level;
    this.outline.reset();
  }

  /**
   * How to read a body paragraph that has neither a heading style nor Word list numbering.
   * `indent` is where its first line starts, in tenths of an inch (about one character).
   */
  classify(text: string, allBold: boolean, indent: number): ImpliedBlock {
    const bullet = typedBullet(text);
    if (bullet) return { kind: 'list-item', level: this.outline.placeBullet(bullet, indent), number: null, bullet };
    const marker = parseMarker(text);
    const numbered = marker !== null && marker.rest !== '';
    const title = numbered ? marker.rest : text;
    const boldTitle = allBold && !/[.,;:]$/.test(title) && isTitlePhrase(title);
    const lookedLikeHeading = !this.documentHasHeadingStyles && isHeadingLine(title);
    if (boldTitle || lookedLikeHeading || (numbered && marker.kind === 'keyword' && isTitlePhrase(title))) {
      this.outline.reset();
      return { kind: 'heading', level: Math.min(6, this.lastStyledHeadingLevel + 1), number: numbered ? marker.number : null };
    }
    if (numbered) {
      const { level } = this.outline.place(marker, indent);
      return { kind: 'list-item', level, number: marker.number };
    }
    this.outline.closeDeeperThan(indent);
    return { kind: 'paragraph', level: 0, number: null };
  }
}
