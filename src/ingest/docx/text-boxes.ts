import { scanXml } from './xml-scanner';

interface Alternative {
  /** Prefixes as written, for the fallback this module writes. */
  mcPrefix: string;
  wPrefix: string;
  where: 'choice' | 'fallback' | null;
  /** Raw XML of each text box's content (w:txbxContent) in the Word 2010 choice. */
  boxes: string[];
  boxStart: number;
  boxDepth: number;
  fallbackHasText: boolean;
  fallback: { start: number; end: number } | null;
}

/**
 * A text box saved by LibreOffice (and some other tools) is written only in the Word 2010 form — a drawing shape
 * inside mc:Choice — with an empty mc:Fallback (`<w:pict/>`), where Word also writes the old VML shape holding the
 * same text. mammoth reads the fallback alone, so the box's text (a notice, a "read carefully" summary) was lost.
 * Where a choice holds text-box content and its fallback holds no text, the fallback is rewritten to hold that
 * content (as `<w:pict><w:txbxContent>…</w:txbxContent></w:pict>`, which mammoth reads as a text box).
 */
export function withTextBoxFallbacks(xml: string): string {
  if (!xml.includes('txbxContent')) return xml;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const stack: Alternative[] = [];
  scanXml(xml, {
    open(tag) {
      if (tag.name === 'mc:AlternateContent') {
        stack.push({ mcPrefix: tag.sourcePrefix, wPrefix: 'w', where: null, boxes: [], boxStart: -1, boxDepth: 0, fallbackHasText: false, fallback: null });
        return;
      }
      const top = stack[stack.length - 1];
      if (!top) return;
      if (tag.name === 'mc:Choice' && top.where === null) top.where = 'choice';
      else if (tag.name === 'mc:Fallback' && top.where === null) {
        top.where = 'fallback';
        top.fallback = { start: tag.start, end: tag.end };
      } else if (tag.name === 'w:txbxContent' && top.where === 'choice') {
        if (top.boxDepth++ === 0) {
          top.boxStart = tag.start;
          top.wPrefix = tag.sourcePrefix;
        }
      } else if ((tag.name === 'w:txbxContent' || tag.name === 'w:t') && top.where === 'fallback') top.fallbackHasText = true;
    },
    close(name, end) {
      const top = stack[stack.length - 1];
      if (!top) return;
      if (name === 'w:txbxContent' && top.where === 'choice' && top.boxDepth > 0 && --top.boxDepth === 0) {
        top.boxes.push(xml.slice(top.boxStart, end));
      } else if ((name === 'mc:Choice' && top.where === 'choice') || (name === 'mc:Fallback' && top.where === 'fallback')) {
        if (name === 'mc:Fallback' && top.fallback) top.fallback.end = end;
        top.where = null;
      } else if (name === 'mc:AlternateContent') {
        stack.pop();
        if (top.boxes.length === 0 || top.fallbackHasText) return;
        const mc = top.mcPrefix ? `${top.mcPrefix}:` : '';
        const w = top.wPrefix ? `${top.wPrefix}:` : '';
        const text = `<${mc}Fallback><${w}pict>${top.boxes.join('')}</${w}pict></${mc}Fallback>`;
        const closing = xml.lastIndexOf('<', end - 1);
        edits.push(top.fallback ? { start: top.fallback.start, end: top.fallback.end, text } : { start: closing, end: closing, text });
      }
    },
  });
  if (edits.length === 0) return xml;
  const parts: string[] = [];
  let from = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    if (edit.start < from) continue;
    parts.push(xml.slice(from, edit.start), edit.text);
    from = edit.end;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}
