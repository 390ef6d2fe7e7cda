/**
 * Reading an exported memo back the way a reviewer's tools would: DOCX through mammoth (plus the raw parts of the
 * zip for what mammoth does not show: header, footer, properties, styles), PDF through pdf.js, Markdown through
 * the GFM parser the importer uses.
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { wordRuns } from '../support/corpus';

/** Lowercase ASCII word sequence, joined by single spaces: compares text across line breaks and markup. */
export function words(text: string): string {
  return wordRuns(text)
    .map((r) => r.word)
    .join(' ');
}

export function containsWords(haystack: string, needle: string): boolean {
  return ` ${words(haystack)} `.includes(` ${words(needle)} `);
}

// ---- DOCX ----

export interface DocxReadBack {
  /** mammoth's HTML of the body, with Word's Quote style mapped to <blockquote>. */
  html: string;
  messages: string[];
  parts: Record<string, string>;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxReadBack> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] });
  const zip = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(zip)) if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = strFromU8(data);
  return { html: result.value, messages: result.messages.map((m) => `${m.type}: ${m.message}`), parts };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : XML_ENTITIES[e],
  );
}

/** The text of a WordprocessingML part: its <w:t> runs, paragraph by paragraph. */
export function wordPartText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join(''))
    .filter(Boolean)
    .join('\n');
}

// ---- HTML (mammoth's output) ----

export function htmlText(html: string): string {
  return decodeXml(html.replace(/<br\s*\/?>/g, '\n').replace(/<\/(p|li|h\d|tr|td|th|blockquote)>/g, '$&\n').replace(/<[^>]+>/g, ''))
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*/g, '\n')
    .trim();
}

/** The tables of an HTML document as rows of cell texts. */
export function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((t) =>
    [...t[0].matchAll(/<tr[\s\S]*?<\/tr>/g)].map((r) => [...r[0].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => htmlText(c[1]).replace(/\s+/g, ' '))),
  );
}

export function blockquotes(html: string): string[] {
  return [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) => htmlText(m[1]));
}

// ---- PDF ----

export interface PdfReadBack {
  pages: string[];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? `${it.str}${it.hasEOL ? '\n' : ''}` : '')).join(''));
    }
    const meta = await doc.getMetadata();
    return { pages, info: meta.info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

// ---- Markdown ----

export type MdNode = { type: string; value?: string; children?: MdNode[]; depth?: number };

export function parseMarkdown(text: string): MdNode {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as unknown as MdNode;
}

export function mdText(node: MdNode): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return node.value === '<br>' ? '\n' : (node.value ?? '');
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(mdText).join(node.type === 'blockquote' || node.type === 'root' ? '\n' : '');
}

export function mdFind(node: MdNode, type: string): MdNode[] {
  const out: MdNode[] = [];
  const walk = (n: MdNode) => {
    if (n.type === type) out.push(n);
    n.children?.forEach(walk);
  };
  walk(node);
  return out;
}

export function mdTables(root: MdNode): string[][][] {
  return mdFind(root, 'table').map((t) => (t.children ?? []).map((row) => (row.children ?? []).map((c) => mdText(c).replace(/\s+/g, ' ').trim())));
}
