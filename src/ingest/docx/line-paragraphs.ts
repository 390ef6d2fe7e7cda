import { splitLines, wrapsMidSentence } from '../text/lines';
import { hasListMarker } from './list-marker';
import type { MammothDocument, MammothNode } from './mammoth-body';
import type { StyleSheet } from './styles';

/**
 * A Word file whose paragraphs are the lines of a hard-wrapped text — a licence pasted from a .txt file, or a text
 * file converted by an office suite — breaks every sentence across "paragraphs" ("… shall mean the terms and
 * conditions for use, reproduction," / "and distribution as defined by …"), so no clause would be read whole.
 * Such a body is returned as the text it is (one line per paragraph, empty paragraphs as blank lines) for the
 * plain-text reader, which joins wrapped lines and reads numbering and headings from the text; null for any
 * other document. Only a body of plain paragraphs qualifies: no heading styles, no Word numbering, no tables, no
 * notes — whatever structure Word itself records is read from Word.
 */
export function lineParagraphText(document: MammothDocument, styles: StyleSheet): string | null {
  const lines: string[] = [];
  for (const node of document.children) {
    if (node.type !== 'paragraph' || styles.headingLevel(node.styleId) !== null) return null;
    const text = plainText(node.children);
    if (text === null || hasListMarker(text)) return null;
    lines.push(text);
  }
  const text = lines.join('\n');
  return wrapsMidSentence(splitLines(text)) ? text : null;
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
