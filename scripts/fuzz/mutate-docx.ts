/**
 * Damage to Word packages at both levels: the zip (local headers, central directory, end record, compressed
 * data) and the XML inside it (oversized parts, nesting deeper than any document, broken markup, DTDs and
 * entity expansion, reference cycles between styles and lists, missing or doubled parts).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { concat, flipBytes, indexesOf, type Mutant } from './mutate-bytes';
import type { Random } from './random';

interface ZipEntryLayout {
  name: string;
  /** Offset of the entry's central directory record. */
  central: number;
  /** Offset of its local header, and where its compressed data starts and ends. */
  local: number;
  dataStart: number;
  dataEnd: number;
}

/** Where the pieces of a well-formed zip are (for aiming damage); empty when it cannot be read. */
function layoutOf(bytes: Uint8Array): { eocd: number; entries: ZipEntryLayout[] } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return { eocd, entries: [] };
  const entries: ZipEntryLayout[] = [];
  let at = view.readUInt32LE(eocd + 16);
  for (let i = 0; i < view.readUInt16LE(eocd + 10) && at + 46 <= view.length; i++) {
    const nameLength = view.readUInt16LE(at + 28);
    const local = view.readUInt32LE(at + 42);
    const dataStart = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28);
    entries.push({ name: view.toString('latin1', at + 46, at + 46 + nameLength), central: at, local, dataStart, dataEnd: dataStart + view.readUInt32LE(at + 20) });
    at += 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return { eocd, entries };
}

function preferDocument(rng: Random, entries: ZipEntryLayout[]): ZipEntryLayout {
  const main = entries.find((e) => e.name === 'word/document.xml');
  return main && rng.chance(0.6) ? main : rng.pick(entries);
}

/** A field of a header overwritten with a value chosen to mislead: zero, all ones, off by a little, random. */
function writeField(rng: Random, out: Uint8Array, at: number, width: 2 | 4): string {
  const view = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  const old = width === 2 ? view.readUInt16LE(at) : view.readUInt32LE(at);
  const max = width === 2 ? 0xffff : 0xffffffff;
  const value = rng.pick([0, max, Math.min(max, old + rng.int(1, 64)), Math.max(0, old - rng.int(1, 64)), rng.int(0, max), old * 2 > max ? max : old * 2]);
  if (width === 2) view.writeUInt16LE(value, at);
  else view.writeUInt32LE(value >>> 0, at);
  return `${old} -> ${value}`;
}

const LOCAL_FIELDS: Array<[string, number, 2 | 4]> = [
  ['signature', 0, 4], ['flags', 6, 2], ['method', 8, 2], ['crc', 14, 4], ['compressed size', 18, 4],
  ['uncompressed size', 22, 4], ['name length', 26, 2], ['extra length', 28, 2],
];
const CENTRAL_FIELDS: Array<[string, number, 2 | 4]> = [
  ['signature', 0, 4], ['flags', 8, 2], ['method', 10, 2], ['crc', 16, 4], ['compressed size', 20, 4], ['uncompressed size', 24, 4],
  ['name length', 28, 2], ['extra length', 30, 2], ['comment length', 32, 2], ['local header offset', 42, 4],
];
const END_FIELDS: Array<[string, number, 2 | 4]> = [['entries on disk', 8, 2], ['entries', 10, 2], ['directory size', 12, 4], ['directory offset', 16, 4], ['comment length', 20, 2]];

export function localHeader(rng: Random, bytes: Uint8Array): Mutant {
  const { entries } = layoutOf(bytes);
  if (entries.length === 0) return flipBytes(rng, bytes);
  const entry = preferDocument(rng, entries);
  const [field, offset, width] = rng.pick(LOCAL_FIELDS);
  const out = bytes.slice();
  return { bytes: out, detail: `local header of ${entry.name}: ${field} ${writeField(rng, out, entry.local + offset, width)}` };
}

export function centralDirectory(rng: Random, bytes: Uint8Array): Mutant {
  const { eocd, entries } = layoutOf(bytes);
  if (entries.length === 0) return flipBytes(rng, bytes);
  const out = bytes.slice();
  if (rng.chance(0.3)) {
    const [field, offset, width] = rng.pick(END_FIELDS);
    return { bytes: out, detail: `end of central directory: ${field} ${writeField(rng, out, eocd + offset, width)}` };
  }
  const entry = preferDocument(rng, entries);
  if (rng.chance(0.2)) {
    // Rename the part in the directory only: the local header and the directory now disagree.
    const view = Buffer.from(out.buffer);
    const length = view.readUInt16LE(entry.central + 28);
    const at = entry.central + 46 + rng.int(0, Math.max(0, length - 1));
    out[at] = rng.pick([0x2f, 0x00, 0x2e, 0x5c, rng.int(0x20, 0x7e), 0xff]);
    return { bytes: out, detail: `central directory name of ${entry.name}: byte ${at - entry.central - 46} changed` };
  }
  const [field, offset, width] = rng.pick(CENTRAL_FIELDS);
  return { bytes: out, detail: `central directory of ${entry.name}: ${field} ${writeField(rng, out, entry.central + offset, width)}` };
}

export function compressedData(rng: Random, bytes: Uint8Array): Mutant {
  const { entries } = layoutOf(bytes);
  const withData = entries.filter((e) => e.dataEnd > e.dataStart);
  if (withData.length === 0) return flipBytes(rng, bytes);
  const entry = preferDocument(rng, withData);
  const mutant = flipBytes(rng, bytes, rng.int(1, 8), entry.dataStart, entry.dataEnd);
  return { bytes: mutant.bytes, detail: `compressed data of ${entry.name}: ${mutant.detail}` };
}

/** Directory records repeated (an entry listed twice) or the end record doubled. */
export function duplicatedRecords(rng: Random, bytes: Uint8Array): Mutant {
  const { eocd } = layoutOf(bytes);
  if (eocd < 0) return flipBytes(rng, bytes);
  const tail = bytes.subarray(eocd);
  return rng.chance(0.5)
    ? { bytes: concat([bytes, tail]), detail: 'end of central directory record written twice' }
    : { bytes: concat([bytes.subarray(0, eocd), bytes.subarray(0, Math.min(eocd, rng.int(30, 4096))), tail]), detail: 'junk between the directory and its end record' };
}

// ---- XML level: unzip, change a part, zip again (a valid zip around hostile XML) ----

function repack(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => string): Mutant | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return null;
  }
  const detail = change(files);
  return { bytes: zipSync(files as Zippable), detail };
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function bodyInsert(xml: string, insert: string): string {
  const at = xml.indexOf('<w:body>');
  return at < 0 ? insert + xml : xml.slice(0, at + 8) + insert + xml.slice(at + 8);
}

export function oversizedPart(rng: Random, bytes: Uint8Array): Mutant {
  // Mostly sizes a long agreement could reach, and sizes past the 16 MB part limit (refused before parsing). In
  // between, paragraphs past the element limit are refused before parsing too; the rest import whole, seconds each.
  const megabytes = rng.weighted([
    [rng.int(1, 4), 4],
    [rng.int(5, 15), 1],
    [rng.int(17, 40), 2],
  ] as const);
  const kind = rng.pick(['whitespace', 'paragraphs', 'one run']);
  const size = megabytes * 1024 * 1024;
  const filler =
    kind === 'whitespace'
      ? ' '.repeat(size)
      : kind === 'paragraphs'
        ? `<w:p><w:r><w:t>The Licensee shall not sublicense the Materials. </w:t></w:r></w:p>`.repeat(Math.ceil(size / 72))
        : `<w:p><w:r><w:t>${'x'.repeat(size)}</w:t></w:r></w:p>`;
  return (
    repack(bytes, (files) => {
      files['word/document.xml'] = strToU8(bodyInsert(strFromU8(files['word/document.xml'] ?? new Uint8Array()), filler));
      return `word/document.xml grown by ${megabytes} MB of ${kind}`;
    }) ?? flipBytes(rng, bytes)
  );
}

export function deepXml(rng: Random, bytes: Uint8Array): Mutant {
  const n = rng.weighted([
    [rng.int(10, 200), 2],
    [rng.int(201, 5_000), 2],
    [rng.int(5_001, 200_000), 1],
  ] as const);
  const element = rng.pick(['w:sdt', 'w:tbl', 'x:unknown', 'w:p', 'w:r']);
  const part = rng.pick(['word/document.xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', '_rels/.rels']);
  const open = element === 'w:sdt' ? '<w:sdt><w:sdtContent>' : element === 'w:tbl' ? '<w:tbl><w:tr><w:tc>' : `<${element}>`;
  const close = element === 'w:sdt' ? '</w:sdtContent></w:sdt>' : element === 'w:tbl' ? '</w:tc></w:tr></w:tbl>' : `</${element}>`;
  const nested = `${open.repeat(n)}<w:p><w:r><w:t>deep</w:t></w:r></w:p>${close.repeat(rng.chance(0.8) ? n : rng.int(0, n))}`;
  return (
    repack(bytes, (files) => {
      const xml = files[part] ? strFromU8(files[part]) : `<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body></w:body></w:document>`;
      const lastClose = xml.lastIndexOf('</');
      files[part] = strToU8(xml.includes('<w:body>') ? bodyInsert(xml, nested) : lastClose > 0 ? xml.slice(0, lastClose) + nested + xml.slice(lastClose) : xml + nested);
      return `${part}: ${element} nested ${n} deep`;
    }) ?? flipBytes(rng, bytes)
  );
}

export function brokenXml(rng: Random, bytes: Uint8Array): Mutant {
  return (
    repack(bytes, (files) => {
      const names = Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
      const part = names.includes('word/document.xml') && rng.chance(0.5) ? 'word/document.xml' : rng.pick(names);
      const xml = files[part];
      const kind = rng.pick(['bytes', 'unclosed', 'cut', 'bad entity', 'invalid utf-8', 'attribute']);
      let out: Uint8Array;
      if (kind === 'bytes') out = flipBytes(rng, xml, rng.int(1, 12)).bytes;
      else if (kind === 'cut') out = xml.subarray(0, rng.int(0, xml.length));
      else if (kind === 'invalid utf-8') out = concat([xml.subarray(0, rng.int(0, xml.length)), Uint8Array.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80])]);
      else {
        const text = strFromU8(xml);
        const at = rng.int(0, text.length);
        const insert = kind === 'unclosed' ? '<w:p><w:r><w:t>' : kind === 'bad entity' ? '&nosuch;&#xFFFFFFFF;&#0;&' : ' w:val="<>&\'"';
        out = strToU8(text.slice(0, at) + insert + text.slice(at));
      }
      files[part] = out;
      return `${part}: ${kind}`;
    }) ?? flipBytes(rng, bytes)
  );
}

export function entityExpansion(rng: Random, bytes: Uint8Array): Mutant {
  const laughs = `<!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY x SYSTEM "file:///etc/passwd">]>`;
  return (
    repack(bytes, (files) => {
      const part = rng.pick(['word/document.xml', 'word/styles.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']);
      const xml = files[part] ? strFromU8(files[part]) : '<x/>';
      const declEnd = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
      files[part] = strToU8(xml.slice(0, declEnd) + laughs + bodyInsert(xml.slice(declEnd), '<w:p><w:r><w:t>&e;&x;</w:t></w:r></w:p>'));
      return `${part}: DTD with entity expansion and an external entity`;
    }) ?? flipBytes(rng, bytes)
  );
}

export function referenceCycles(rng: Random, bytes: Uint8Array): Mutant {
  return (
    repack(bytes, (files) => {
      const styles = `<?xml version="1.0"?><w:styles xmlns:w="${W_NS}">
        <w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="B"><w:name w:val="heading 1"/><w:basedOn w:val="A"/></w:style>
        <w:style w:type="numbering" w:styleId="L"><w:name w:val="L"/><w:basedOn w:val="L"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:default="1" w:styleId="N"><w:name w:val="Normal"/><w:basedOn w:val="A"/></w:style></w:styles>`;
      const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="${W_NS}">
        <w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="L"/></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="L"/><w:lvl w:ilvl="0"><w:start w:val="-5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%9.%0"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="99999999999"/></w:lvlOverride></w:num></w:numbering>`;
      files['word/styles.xml'] = strToU8(styles);
      files['word/numbering.xml'] = strToU8(numbering);
      const paragraphs = Array.from({ length: 6 }, (_, i) => `<w:p><w:pPr><w:pStyle w:val="${'ABN'[i % 3]}"/><w:numPr><w:ilvl w:val="${rng.pick([0, 8, 9, -1, 999])}"/><w:numId w:val="${(i % 3) + 1}"/></w:numPr></w:pPr><w:r><w:t>Clause ${i}</w:t></w:r></w:p>`).join('');
      files['word/document.xml'] = strToU8(bodyInsert(strFromU8(files['word/document.xml'] ?? strToU8(`<w:document xmlns:w="${W_NS}"><w:body></w:body></w:document>`)), paragraphs));
      return 'styles based on each other in a cycle, lists linked to themselves, out-of-range levels and counters';
    }) ?? flipBytes(rng, bytes)
  );
}

export function partsShuffled(rng: Random, bytes: Uint8Array): Mutant {
  return (
    repack(bytes, (files) => {
      const kind = rng.pick(['remove document', 'remove rels', 'remove content types', 'remove styles', 'double in other case', 'document in a folder', 'empty document']);
      if (kind === 'remove document') delete files['word/document.xml'];
      else if (kind === 'remove rels') delete files['_rels/.rels'];
      else if (kind === 'remove content types') delete files['[Content_Types].xml'];
      else if (kind === 'remove styles') delete files['word/styles.xml'];
      else if (kind === 'double in other case') files['Word/Document.xml'] = files['word/document.xml'] ?? new Uint8Array();
      else if (kind === 'document in a folder') files['word/document.xml/'] = new Uint8Array();
      else files['word/document.xml'] = new Uint8Array();
      return kind;
    }) ?? flipBytes(rng, bytes)
  );
}

/** A stored (uncompressed) document part declared with a method Word never uses, or raw deflate garbage. */
export function oddCompression(rng: Random, bytes: Uint8Array): Mutant {
  const { entries } = layoutOf(bytes);
  const entry = entries.find((e) => e.name === 'word/document.xml');
  if (!entry) return flipBytes(rng, bytes);
  const out = bytes.slice();
  const view = Buffer.from(out.buffer);
  const method = rng.pick([0, 1, 9, 12, 14, 99]);
  view.writeUInt16LE(method, entry.central + 10);
  view.writeUInt16LE(method, entry.local + 8);
  return { bytes: out, detail: `word/document.xml declared with compression method ${method}` };
}

export function deflateGarbage(rng: Random, bytes: Uint8Array): Mutant {
  const { entries } = layoutOf(bytes);
  const entry = entries.find((e) => e.name === 'word/document.xml');
  if (!entry || entry.dataEnd <= entry.dataStart) return flipBytes(rng, bytes);
  const garbage = deflateRawSync(Buffer.from(Array.from({ length: entry.dataEnd - entry.dataStart }, () => rng.int(0, 255))));
  const data = garbage.subarray(0, entry.dataEnd - entry.dataStart);
  const out = bytes.slice();
  out.set(data, entry.dataStart);
  return { bytes: out, detail: `word/document.xml's data replaced by other deflated bytes (${indexesOf(out, 'PK').length} PK markers)` };
}

export const DOCX_MUTATIONS = {
  localHeader,
  centralDirectory,
  compressedData,
  duplicatedRecords,
  oversizedPart,
  deepXml,
  brokenXml,
  entityExpansion,
  referenceCycles,
  partsShuffled,
  oddCompression,
  deflateGarbage,
} as const;
