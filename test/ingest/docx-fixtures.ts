/**
 * Word packages built in memory for the DOCX tests: a minimal package around hand-written WordprocessingML
 * (exact control over numbering.xml), and a raw zip writer that can lie in its central directory (zip bombs).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** Inner XML of w:body. */
  body: string;
  /** Inner XML of w:numbering. */
  numbering?: string;
  /** Inner XML of w:styles. */
  styles?: string;
  /** dc:title for docProps/core.xml. */
  title?: string;
  /** <Pages> for docProps/app.xml. */
  pages?: number;
  /** Replaces the whole document.xml (for malformed-XML tests). */
  documentXml?: string;
  /** Document relationships besides styles/numbering, e.g. hyperlinks. */
  relationships?: string;
}

export async function importParts(parts: DocxParts, name = 'fixture.docx'): Promise<DocumentModel> {
  return importDocument(buildDocx(parts), name);
}

export function blockTexts(model: DocumentModel): string[] {
  return model.blocks.map((b) => model.text.slice(b.start, b.end));
}

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`;
}

export function buildDocx(parts: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
        '</Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
        (parts.relationships ?? '') +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(parts.documentXml ?? documentXml(parts.body)),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${parts.styles ?? ''}</w:styles>`),
    'docProps/core.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        `<dc:title>${parts.title ?? ''}</dc:title></cp:coreProperties>`,
    ),
    'docProps/app.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
        (parts.pages !== undefined ? `<Pages>${parts.pages}</Pages>` : '') +
        '</Properties>',
    ),
  };
  if (parts.numbering !== undefined) {
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  }
  return zipSync(files);
}

/** A paragraph, optionally in a list (numId/ilvl) or a style. */
export function para(text: string, options: { numId?: number; ilvl?: number; style?: string } = {}): string {
  const numPr =
    options.numId !== undefined ? `<w:numPr><w:ilvl w:val="${options.ilvl ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>` : '';
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const pPr = numPr || style ? `<w:pPr>${style}${numPr}</w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

export interface LevelSpec {
  format: string;
  text: string;
  start?: number;
  restart?: number;
  legal?: boolean;
  pStyle?: string;
}

export function abstractNum(id: number, levels: LevelSpec[]): string {
  const lvls = levels
    .map(
      (l, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>` +
        (l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : '') +
        (l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : '') +
        (l.legal ? '<w:isLgl/>' : '') +
        `<w:lvlText w:val="${l.text}"/></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, startOverrides: Record<number, number> = {}): string {
  const overrides = Object.entries(startOverrides)
    .map(([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
    .join('');
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** Replaces (or adds) parts of an existing package, e.g. docProps/app.xml with a page count. */
export function withParts(docx: Uint8Array, replacements: Record<string, string>): Uint8Array {
  const files = unzipSync(docx);
  for (const [name, text] of Object.entries(replacements)) files[name] = strToU8(text);
  return zipSync(files);
}

export interface RawEntry {
  name: string;
  /** Bytes as stored (already deflated when method is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  /** What the central directory claims the part inflates to. */
  declaredSize: number;
  crc?: number;
}

/** Writes a zip byte by byte, so the central directory can say whatever a test needs it to. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc ?? 0, 14);
    local.writeUInt32LE(entry.stored.byteLength, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, Buffer.from(entry.stored));
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt32LE(entry.crc ?? 0, 16);
    header.writeUInt32LE(entry.stored.byteLength, 20);
    header.writeUInt32LE(entry.declaredSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += 30 + name.length + entry.stored.byteLength;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/** A stored (uncompressed) entry whose directory tells the truth. */
export function storedEntry(name: string, text: string): RawEntry {
  const data = strToU8(text);
  return { name, stored: data, method: 0, declaredSize: data.byteLength, crc: crc32(data) >>> 0 };
}

/**
 * A raw-deflate stream of `prefix`, then `megabytes` MB of spaces, then `suffix`, built without ever holding the
 * spaces in memory: one compressed megabyte (ending on a byte-aligned sync flush) is repeated, which is valid
 * because each copy only refers back to spaces.
 */
export function deflatedSpaceBomb(prefix: string, megabytes: number, suffix: string): { stored: Uint8Array; size: number } {
  const syncFlush = { finishFlush: constants.Z_SYNC_FLUSH };
  const head = deflateRawSync(Buffer.from(prefix), syncFlush);
  const spaces = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { ...syncFlush, level: 9 });
  const tail = deflateRawSync(Buffer.from(suffix));
  const stored = Buffer.concat([head, ...new Array<Buffer>(megabytes).fill(spaces), tail]);
  return { stored: new Uint8Array(stored), size: Buffer.byteLength(prefix) + megabytes * 1024 * 1024 + Buffer.byteLength(suffix) };
}
