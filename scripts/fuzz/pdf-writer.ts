/**
 * Writes small text PDFs from the corpus's own words, in the structures real writers use, so the fuzzer can
 * damage each structure on purpose: a classic cross-reference table with plain or Flate-compressed content
 * streams, or (PDF 1.5) objects packed in an object stream located by a cross-reference stream. Most fuzz cases
 * start from these (a page or three: quick to read), the rest from the corpus's real PDFs.
 */
import { deflateSync } from 'node:zlib';

export interface PdfLayout {
  /** Deflate the content streams. */
  compress: boolean;
  /** Dictionaries in an object stream, located by a cross-reference stream (PDF 1.5) instead of an xref table. */
  objectStreams: boolean;
  /**
   * Pages in the page tree. Pages beyond the text's share the last content stream, so a file of thousands of
   * pages stays a few hundred kilobytes (a huge page count must be refused before any page is read).
   */
  pageCount?: number;
  /** /Count the page tree declares, when it lies about pageCount. */
  declaredCount?: number;
}

const LINES_PER_PAGE = 46;
const LINE_CHARS = 90;

/** Text lines wrapped to the page width, at most `maxPages` pages of them. */
export function pageLines(text: string, maxPages: number): string[][] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > LINE_CHARS) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    lines.push('');
  }
  const pages: string[][] = [];
  for (let i = 0; i < lines.length && pages.length < maxPages; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  return pages;
}

/** Typographic characters WinAnsiEncoding has outside Latin-1 (legal texts are full of curly quotes). */
const WIN_ANSI: Record<string, string> = { '‘': '\x91', '’': '\x92', '“': '\x93', '”': '\x94', '•': '\x95', '–': '\x96', '—': '\x97', '…': '\x85', '€': '\x80', '™': '\x99' };

/** PDF string literal of the text in WinAnsiEncoding (anything it cannot encode becomes '?'). */
function literal(text: string): string {
  const latin1 = Array.from(text, (ch) => WIN_ANSI[ch] ?? (ch.charCodeAt(0) < 256 ? ch : '?')).join('');
  return `(${latin1.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function contentStream(lines: string[]): string {
  const ops = ['BT', '/F1 10 Tf', '12 TL', '56 760 Td'];
  lines.forEach((line, i) => {
    if (i > 0) ops.push('T*');
    if (line) ops.push(`${literal(line)} Tj`);
  });
  ops.push('ET');
  return ops.join('\n');
}

export function writeTextPdf(pages: string[][], layout: PdfLayout): Uint8Array {
  const pageCount = Math.max(layout.pageCount ?? pages.length, 1);
  const streams = pages.map((lines) => Buffer.from(contentStream(lines), 'latin1'));
  if (streams.length === 0) streams.push(Buffer.from('BT ET', 'latin1'));
  // Objects: 1 catalog, 2 page tree, 3 font, then one content stream per text page, then the page objects.
  const contentIds = streams.map((_, i) => 4 + i);
  const firstPageId = 4 + streams.length;
  const pageIds = Array.from({ length: pageCount }, (_, i) => firstPageId + i);
  const dictionaries = new Map<number, string>();
  dictionaries.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  dictionaries.set(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${layout.declaredCount ?? pageCount} >>`);
  dictionaries.set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pageIds.forEach((id, i) => {
    const content = contentIds[Math.min(i, contentIds.length - 1)];
    dictionaries.set(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`);
  });

  const chunks: Buffer[] = [];
  let length = 0;
  const offsets = new Map<number, number>();
  const push = (data: Buffer | string) => {
    const buffer = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    chunks.push(buffer);
    length += buffer.length;
  };
  const streamObject = (id: number, dict: string, data: Buffer) => {
    offsets.set(id, length);
    push(`${id} 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`);
    push(data);
    push('\nendstream\nendobj\n');
  };

  push(`%PDF-${layout.objectStreams ? '1.5' : '1.4'}\n%\xe2\xe3\xcf\xd3\n`);
  streams.forEach((data, i) => {
    const body = layout.compress ? deflateSync(data) : data;
    streamObject(contentIds[i], layout.compress ? '/Filter /FlateDecode' : '', body);
  });

  const size = firstPageId + pageCount;
  if (!layout.objectStreams) {
    for (const [id, dict] of [...dictionaries].sort((a, b) => a[0] - b[0])) {
      offsets.set(id, length);
      push(`${id} 0 obj\n${dict}\nendobj\n`);
    }
    const xrefAt = length;
    const rows = ['0000000000 65535 f \n'];
    for (let id = 1; id < size; id++) rows.push(`${String(offsets.get(id)).padStart(10, '0')} 00000 n \n`);
    push(`xref\n0 ${size}\n${rows.join('')}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);
    return new Uint8Array(Buffer.concat(chunks));
  }

  // Object stream: "id offset" pairs, then the objects; the xref stream says which index each id has in it.
  const packed = [...dictionaries].sort((a, b) => a[0] - b[0]);
  const header: string[] = [];
  const bodies: string[] = [];
  let at = 0;
  for (const [id, dict] of packed) {
    header.push(`${id} ${at}`);
    bodies.push(dict);
    at += Buffer.byteLength(dict, 'latin1') + 1;
  }
  const headerText = `${header.join(' ')}\n`;
  const objectStreamData = Buffer.from(headerText + bodies.join('\n') + '\n', 'latin1');
  const objectStreamId = size;
  streamObject(objectStreamId, `/Type /ObjStm /N ${packed.length} /First ${Buffer.byteLength(headerText, 'latin1')} /Filter /FlateDecode`, deflateSync(objectStreamData));
  const xrefId = objectStreamId + 1;
  const xrefAt = length;
  const entries: Buffer[] = [];
  const entry = (type: number, field2: number, field3: number) => {
    const row = Buffer.alloc(7);
    row.writeUInt8(type, 0);
    row.writeUInt32BE(field2, 1);
    row.writeUInt16BE(field3, 5);
    entries.push(row);
  };
  entry(0, 0, 0xffff);
  const indexInStream = new Map(packed.map(([id], i) => [id, i]));
  for (let id = 1; id <= xrefId; id++) {
    if (indexInStream.has(id)) entry(2, objectStreamId, indexInStream.get(id)!);
    else if (id === xrefId) entry(1, xrefAt, 0);
    else entry(1, offsets.get(id)!, 0);
  }
  streamObject(xrefId, `/Type /XRef /Size ${xrefId + 1} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode`, deflateSync(Buffer.concat(entries)));
  push(`startxref\n${xrefAt}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(chunks));
}
