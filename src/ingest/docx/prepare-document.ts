import { encodeListMarker } from './list-marker';
import type { ListNumbering } from './numbering';
import type { StyleSheet } from './styles';
import { escapeXmlText, scanXmlTree } from './xml-scanner';

interface ParagraphState {
  /** The namespace prefix the paragraph was written with, so the injected run uses the same one. */
  prefix: string;
  insertAt: number;
  styleId: string | null;
  numId: string | undefined;
  ilvl: number | undefined;
  deletedMark: boolean;
  hidden: boolean;
  resolved: boolean;
}

/**
 * Wrappers mammoth does not know, and drops together with their text: simple fields (w:fldSimple holds the
 * displayed result of cross-references such as "Section 4.2") and bidirectional runs. Their content is kept by
 * removing only the wrapper's tags.
 */
const UNWRAPPED = new Set(['w:fldSimple', 'w:dir', 'w:bdo']);

/** The values that turn an OOXML on/off property off. */
const OFF = new Set(['0', 'false', 'off']);

/**
 * Rewrites word/document.xml before mammoth reads it, in one pass in reading order:
 * - runs Word's list counters over every numbered paragraph and writes the printed number into the paragraph
 *   as a marked run (see list-marker.ts), so that mammoth carries it to the block builder. Paragraphs are
 *   counted as Word counts them: in document order, table cells included; deleted content (tracked changes)
 *   and mc:Choice alternatives, which mammoth does not read either, are not counted;
 * - unwraps the elements in UNWRAPPED so their text is not lost;
 * - removes a table row's header mark that is switched off (`<w:tblHeader w:val="off"/>`, written by some
 *   generators for every ordinary row), which mammoth reads as on: every row of such a table was a header.
 */
export function prepareDocumentXml(documentXml: string, styles: StyleSheet, numbering: ListNumbering): string {
  const edits: Array<{ at: number; remove: number; text: string }> = [];
  const paragraphs: ParagraphState[] = [];

  const resolve = (paragraph: ParagraphState): void => {
    if (paragraph.resolved) return;
    paragraph.resolved = true;
    if (paragraph.hidden || paragraph.deletedMark) return;
    const fromStyle = styles.paragraphNumbering(paragraph.styleId);
    const numId = paragraph.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return;
    const ilvl = paragraph.ilvl ?? fromStyle?.ilvl ?? numbering.levelForParagraphStyle(numId, paragraph.styleId) ?? 0;
    const label = numbering.next(numId, ilvl);
    if (!label) return;
    const p = paragraph.prefix ? `${paragraph.prefix}:` : '';
    const marker = escapeXmlText(encodeListMarker(label));
    edits.push({ at: paragraph.insertAt, remove: 0, text: `<${p}r><${p}t xml:space="preserve">${marker}</${p}t></${p}r>` });
  };

  scanXmlTree(documentXml, {
    open(tag, path) {
      const depth = path.length;
      const parent = path[depth - 1];
      const current = paragraphs[paragraphs.length - 1];
      if (UNWRAPPED.has(tag.name)) {
        if (current && parent === 'w:p') resolve(current);
        edits.push({ at: tag.start, remove: tag.end - tag.start, text: '' });
        return;
      }
      if (tag.name === 'w:tblHeader' && tag.selfClosing && OFF.has(tag.attributes.get('w:val')?.trim() ?? '')) {
        edits.push({ at: tag.start, remove: tag.end - tag.start, text: '' });
        return;
      }
      if (tag.name === 'w:p') {
        if (current && parent === 'w:p') resolve(current);
        paragraphs.push({
          prefix: tag.sourcePrefix,
          insertAt: tag.end,
          styleId: null,
          numId: undefined,
          ilvl: undefined,
          deletedMark: false,
          hidden: tag.selfClosing || path.includes('w:del') || path.includes('w:moveFrom'),
          resolved: false,
        });
        return;
      }
      if (!current) return;
      if (parent === 'w:p') {
        // Anything after w:pPr is content: the properties are complete.
        if (tag.name !== 'w:pPr') resolve(current);
        return;
      }
      const inParagraphProperties = path[depth - 2] === 'w:p' && parent === 'w:pPr';
      const inNumberingProperties = path[depth - 3] === 'w:p' && path[depth - 2] === 'w:pPr' && parent === 'w:numPr';
      const inMarkProperties = path[depth - 3] === 'w:p' && path[depth - 2] === 'w:pPr' && parent === 'w:rPr';
      const value = tag.attributes.get('w:val');
      if (inParagraphProperties && tag.name === 'w:pStyle') current.styleId = value ?? null;
      else if (inNumberingProperties && tag.name === 'w:numId') current.numId = value?.trim();
      else if (inNumberingProperties && tag.name === 'w:ilvl') current.ilvl = toLevel(value);
      else if (inMarkProperties && tag.name === 'w:del') current.deletedMark = true;
    },
    close(name, end, path) {
      if (UNWRAPPED.has(name)) {
        const start = documentXml.lastIndexOf('<', end - 1);
        // A self-closing wrapper was removed whole when it opened.
        if (documentXml[end - 2] !== '/') edits.push({ at: start, remove: end - start, text: '' });
        return;
      }
      const current = paragraphs[paragraphs.length - 1];
      if (!current) return;
      if (name === 'w:pPr' && path[path.length - 1] === 'w:p') {
        current.insertAt = end;
        resolve(current);
      } else if (name === 'w:p') {
        resolve(current);
        paragraphs.pop();
      }
    },
  });

  if (edits.length === 0) return documentXml;
  const parts: string[] = [];
  let from = 0;
  // At one offset, an insertion goes before a removal that starts there.
  for (const edit of edits.sort((a, b) => a.at - b.at || a.remove - b.remove)) {
    parts.push(documentXml.slice(from, edit.at), edit.text);
    from = edit.at + edit.remove;
  }
  parts.push(documentXml.slice(from));
  return parts.join('');
}

function toLevel(value: string | undefined): number | undefined {
  return value !== undefined && /^\s*\d\s*$/.test(value) ? Number(value) : undefined;
}
