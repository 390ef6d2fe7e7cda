import { splitLines, wrapsMidSentence } from '../text/lines';
import { hasListMarker } from './list-marker';
import type { MammothDocument, MammothNode } from './mammoth-body';
import type { StyleSheet } from './styles';

type Table = Extract<MammothNode, { type: 'table' }>;

/** A hard-wrapped body's text, and the paragraphs Word styles as headings in it (in order). */
export interface LineParagraphs {
  /** The lines of the whole body, its tables left out. */
  text: string;
  headings: Array<{ text: string; level: number }>;
  /** The body cut at its tables: the lines between them, and each table, in order. */
  pieces: Array<{ lines: string } | { table: Table }>;
}

/**
 * A Word file whose paragraphs are the lines of a hard-wrapped text — a licence pasted from a .txt file, or a text
 * file converted by an office suite — breaks every sentence across "paragraphs" ("… shall mean the terms and
 * conditions for use, reproduction," / "and distribution as defined by …"), so no clause would be read whole.
 * Such a body is returned as the text it is (one line per paragraph, empty paragraphs as blank lines) for the
 * plain-text reader, which joins wrapped lines and reads numbering and headings from the text; null for any
 * other document. Only a body of plain paragraphs qualifies (tables aside): no Word numbering, no notes —
 * whatever structure Word itself records is read from Word. A table among the lines (a fee schedule after the
 * terms) is kept as a table: the body is returned cut at its tables, to be read piece by piece. The one exception is a heading style (someone styled the
 * title or the section captions of a pasted text): a heading stands on a line of its own, set apart by blank
 * lines, and is returned so that its block can be made the heading Word says it is.
 */
export function lineParagraphText(document: MammothDocument, styles: StyleSheet): LineParagraphs | null {
  const lines: string[] = [];
  const headings: LineParagraphs['headings'] = [];
  const pieces: LineParagraphs['pieces'] = [];
  let pieceStart = 0;
  for (const node of document.children) {
    if (node.type === 'table') {
      if (lines.length > pieceStart) pieces.push({ lines: lines.slice(pieceStart).join('\n') });
      pieces.push({ table: node });
      // A blank line keeps the lines either side of a table from being read as one wrapped paragraph.
      lines.push('');
      pieceStart = lines.length;
      continue;
    }
    if (node.type !== 'paragraph') return null;
    const text = plainText(node.children);
    if (text === null || hasListMarker(text)) return null;
    const level = styles.headingLevel(node.styleId);
    if (level === null) {
      lines.push(text);
      continue;
    }
    if (text.trim() === '' || text.includes('\n')) continue;
    headings.push({ text, level });
    lines.push('', text, '');
  }
  // The wrapped body is judged without the headings (short lines that end no sentence).
  const bodyText = lines.filter((line, i) => !headings.some((h) => h.text === line && lines[i - 1] === '' && lines[i + 1] === '')).join('\n');
  if (!wrapsMidSentence(splitLines(bodyText))) return null;
  if (lines.length > pieceStart) pieces.push({ lines: lines.slice(pieceStart).join('\n') });
  return { text: lines.join('\n'), headings, pieces };
}

/** A paragraph's text, or null when it holds anything but text (a table, a note, a text box's paragraphs). */
function plainText(nodes: MammothNode[]): string | null {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += node.value;
        break;
      case 'tab':
        out += '\t';
        break;
      case 'break':
        out += '\n';
        break;
      case 'run':
      case 'hyperlink': {
        const inner = plainText(node.children);
        if (inner === null) return null;
        out += inner;
        break;
      }
      case 'bookmarkStart':
      case 'commentReference':
        break;
      default:
        return null;
    }
  }
  return out;
}
