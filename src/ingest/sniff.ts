import type { DocumentFormat } from '../document/model';
import { utf16WithoutBom } from './decode';

export type SniffResult =
  /** `html`: a web page (read through the Markdown reader, see markdown/html-document.ts). */
  | { kind: 'format'; format: DocumentFormat; html?: boolean }
  | { kind: 'ole' } // OLE compound file: an encrypted OOXML package or a legacy .doc
  | { kind: 'zip' } // a zip package that is not a Word document
  | { kind: 'binary'; what: string };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const KNOWN_BINARIES: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function indexOfBytes(bytes: Uint8Array, needle: number[], from: number, to: number): number {
  const last = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = from; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const MARKDOWN_EXTENSIONS = /\.(md|mdx|markdown|mdown|mkd)$/i;
const TEXT_EXTENSIONS = /\.(txt|text)$/i;

/**
 * Decides a file's format from its content. The name only breaks the tie between Markdown and plain text
 * (both are just text); a Word file named ".pdf" is still a Word file.
 */
export function sniffFormat(bytes: Uint8Array, name: string, decodedText?: () => string): SniffResult {
  // PDF allows up to 1 KB of junk before the header.
  if (indexOfBytes(bytes, PDF_MAGIC, 0, 1024) >= 0) return { kind: 'format', format: 'pdf' };
  if (startsWith(bytes, ZIP_MAGIC)) {
    // Part names are stored uncompressed in the local headers and the central directory.
    const marker = Array.from(new TextEncoder().encode('word/document'));
    return indexOfBytes(bytes, marker, 0, bytes.length) >= 0 ? { kind: 'format', format: 'docx' } : { kind: 'zip' };
  }
  if (startsWith(bytes, OLE_MAGIC)) return { kind: 'ole' };
  for (const [magic, what] of KNOWN_BINARIES) if (startsWith(bytes, magic)) return { kind: 'binary', what };
  if (looksBinary(bytes)) return { kind: 'binary', what: 'binary data' };
  if (decodedText && !MARKDOWN_EXTENSIONS.test(name) && looksLikeHtmlPage(decodedText(), name)) return { kind: 'format', format: 'markdown', html: true };
  if (MARKDOWN_EXTENSIONS.test(name)) return { kind: 'format', format: 'markdown' };
  if (TEXT_EXTENSIONS.test(name)) return { kind: 'format', format: 'text' };
  return { kind: 'format', format: decodedText && looksLikeMarkdown(decodedText()) ? 'markdown' : 'text' };
}

/** Text files have (almost) no control characters; UTF-16 text has a BOM or a zero in every other byte. */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || utf16WithoutBom(bytes)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/**
 * Markdown's own syntax near the top of a text: front matter, "#" headings, underlined headings, links, fences,
 * tables, bullet lists, "**bold**" and escaped item numbers ("1\\."). One or two of these occur in plain text by
 * chance (a "---" rule, a "* " bullet); three points of evidence make it Markdown.
 */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20_000).replace(/\r\n?/g, '\n');
  let score = 0;
  if (/^(---|\+\+\+)\n[\s\S]*?\n\1\n/.test(head)) score += 2;
  score += Math.min(3, (head.match(/^#{1,6} \S/gm) ?? []).length);
  score += Math.min(2, (head.match(/^[^\s=\-#][^\n]*\n(=+|-+)[ \t]*$/gm) ?? []).length);
  score += Math.min(3, (head.match(/\[[^\]\n]+\]\([^)\s]+\)/g) ?? []).length);
  score += Math.min(2, (head.match(/^(```|~~~)/gm) ?? []).length);
  if (/^\|?[ \t]*:?-{3,}:?[ \t]*\|/m.test(head)) score += 2;
  if ((head.match(/^\s*[-*+] \S/gm) ?? []).length > 2) score += 1;
  if ((head.match(/\*\*[^*\n]+\*\*/g) ?? []).length > 2) score += 1;
  if (/^\d{1,3}\\\. /m.test(head)) score += 1;
  return score >= 3;
}

const HTML_EXTENSIONS = /\.x?html?$/i;

/**
 * A web page saved from the browser: it opens with a doctype or <html> tag (after any comments), or it is named
 * .html/.htm and marks up its text with block elements. Markdown files are Markdown even with HTML inside.
 */
export function looksLikeHtmlPage(text: string, name: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head)) return true;
  return HTML_EXTENSIONS.test(name) && /<(?:body|p|div|h[1-6]|li|br|table)[\s>/]/i.test(head);
}
