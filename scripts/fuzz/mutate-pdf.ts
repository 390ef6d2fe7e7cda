/**
 * Damage to PDFs, aimed at the structures a reader depends on: the cross-reference table or stream, object
 * streams, stream lengths and filters, the page tree (huge or lying page counts, cycles), content streams
 * (deep nesting, floods of operators), fonts.
 */
import { deflateSync } from 'node:zlib';
import { concat, flipBytes, indexesOf, type Mutant } from './mutate-bytes';
import { pageLines, writeTextPdf } from './pdf-writer';
import type { Random } from './random';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

function regionAfter(bytes: Uint8Array, marker: string, length: number): [number, number] | null {
  const found = indexesOf(bytes, marker);
  if (found.length === 0) return null;
  const at = found[found.length - 1];
  return [at, Math.min(bytes.length, at + length)];
}

export function brokenXref(rng: Random, bytes: Uint8Array): Mutant {
  const text = latin1(bytes);
  const kind = rng.pick(['offsets shifted', 'startxref wrong', 'xref keyword damaged', 'table bytes', 'size wrong', 'trailer removed', 'prev loop']);
  switch (kind) {
    case 'offsets shifted': {
      const shift = rng.pick([-1, 1, -7, 13, 1000, -1000]);
      return { bytes: fromLatin1(text.replace(/^(\d{10}) (\d{5}) n/gm, (_m, offset: string, gen: string) => `${String(Math.max(0, Number(offset) + shift)).padStart(10, '0')} ${gen} n`)), detail: `every xref offset moved by ${shift}` };
    }
    case 'startxref wrong': {
      const value = rng.pick([0, 1, 999_999_999, bytes.length, bytes.length + 10, -5]);
      return { bytes: fromLatin1(text.replace(/startxref\s+\d+/g, `startxref\n${value}`)), detail: `startxref points at ${value}` };
    }
    case 'xref keyword damaged':
      return { bytes: fromLatin1(text.replace(/\bxref\b/g, rng.pick(['xrf', 'XREF', 'x ref']))), detail: 'the xref keyword misspelt' };
    case 'table bytes': {
      const region = regionAfter(bytes, 'xref', 400) ?? regionAfter(bytes, '/XRef', 400);
      const mutant = region ? flipBytes(rng, bytes, rng.int(1, 10), ...region) : flipBytes(rng, bytes);
      return { bytes: mutant.bytes, detail: `cross-reference bytes: ${mutant.detail}` };
    }
    case 'size wrong': {
      const size = rng.pick([0, 1, 2, 1_000_000, 2 ** 31, -1]);
      return { bytes: fromLatin1(text.replace(/\/Size \d+/g, `/Size ${size}`)), detail: `/Size ${size}` };
    }
    case 'trailer removed':
      return { bytes: fromLatin1(text.replace(/trailer[\s\S]*?>>/g, '').replace(/\/Root \d+ 0 R/g, '')), detail: 'trailer and /Root removed' };
    case 'prev loop':
      return { bytes: fromLatin1(text.replace(/\/Root 1 0 R/, (m) => `${m} /Prev ${text.lastIndexOf('xref') >= 0 ? text.lastIndexOf('xref') : 0}`)), detail: 'the trailer names itself as the previous xref section' };
  }
  return flipBytes(rng, bytes);
}

export function objectStreamDamage(rng: Random, bytes: Uint8Array): Mutant {
  const text = latin1(bytes);
  const at = text.indexOf('/ObjStm');
  if (at < 0) return brokenXref(rng, bytes);
  const kind = rng.pick(['data bytes', 'count wrong', 'first wrong', 'self reference']);
  if (kind === 'data bytes') {
    const start = text.indexOf('stream', at) + 7;
    const end = text.indexOf('endstream', start);
    const mutant = flipBytes(rng, bytes, rng.int(1, 6), start, Math.max(start + 1, end));
    return { bytes: mutant.bytes, detail: `object stream data: ${mutant.detail}` };
  }
  if (kind === 'count wrong') {
    const n = rng.pick([0, 1, 100_000, 2 ** 31, -3]);
    return { bytes: fromLatin1(text.replace(/\/N \d+/, `/N ${n}`)), detail: `object stream /N ${n}` };
  }
  if (kind === 'first wrong') {
    const first = rng.pick([0, 1, 99_999, -1]);
    return { bytes: fromLatin1(text.replace(/\/First \d+/, `/First ${first}`)), detail: `object stream /First ${first}` };
  }
  // The object stream listed as living inside itself.
  return { bytes: fromLatin1(text.replace(/\/Type \/ObjStm/, '/Type /ObjStm /Extends 1 0 R')), detail: 'the object stream extends an object it contains' };
}

export function streamLengths(rng: Random, bytes: Uint8Array): Mutant {
  const text = latin1(bytes);
  const lengths = [...text.matchAll(/\/Length (\d+)/g)];
  if (lengths.length === 0) return flipBytes(rng, bytes);
  const target = rng.pick(lengths);
  const value = rng.pick([0, 1, Number(target[1]) + rng.int(1, 100), Math.max(0, Number(target[1]) - rng.int(1, 100)), 2 ** 31, 999_999_999]);
  const reference = rng.chance(0.2) ? '99 0 R' : String(value);
  return { bytes: fromLatin1(text.slice(0, target.index) + `/Length ${reference}` + text.slice(target.index! + target[0].length)), detail: `a stream's /Length ${target[1]} -> ${reference}` };
}

export function brokenFilter(rng: Random, bytes: Uint8Array): Mutant {
  const text = latin1(bytes);
  const kind = rng.pick(['flate data', 'unknown filter', 'filter chain', 'predictor']);
  if (kind === 'flate data') {
    const start = text.indexOf('stream\n');
    if (start < 0) return flipBytes(rng, bytes);
    const end = text.indexOf('endstream', start);
    const mutant = flipBytes(rng, bytes, rng.int(1, 6), start + 7, Math.max(start + 8, end));
    return { bytes: mutant.bytes, detail: `stream data: ${mutant.detail}` };
  }
  const replacement = {
    'unknown filter': '/Filter /NoSuchDecode',
    'filter chain': '/Filter [/FlateDecode /ASCIIHexDecode /LZWDecode /RunLengthDecode /ASCII85Decode /FlateDecode]',
    predictor: '/Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 999999999 /Colors 32 /BitsPerComponent 16 >>',
  }[kind]!;
  const out = text.includes('/Filter /FlateDecode') ? text.replace('/Filter /FlateDecode', replacement) : text.replace('/Length', `${replacement} /Length`);
  return { bytes: fromLatin1(out), detail: kind };
}

export function pageTree(rng: Random, bytes: Uint8Array): Mutant {
  const text = latin1(bytes);
  const kind = rng.pick(['count huge', 'count negative', 'kids cycle', 'parent cycle', 'page is its own kid', 'kids not an array', 'missing kids']);
  const replacements: Record<string, [RegExp, string]> = {
    'count huge': [/\/Count \d+/, `/Count ${rng.pick([2_001, 100_000, 2 ** 31 - 1, 10 ** 12])}`],
    'count negative': [/\/Count \d+/, '/Count -4'],
    'kids cycle': [/\/Kids \[/, '/Kids [2 0 R '],
    'parent cycle': [/\/Type \/Pages/, '/Type /Pages /Parent 2 0 R'],
    'page is its own kid': [/\/Type \/Page \/Parent 2 0 R/, '/Type /Pages /Kids [2 0 R] /Count 3 /Parent 2 0 R'],
    'kids not an array': [/\/Kids \[[^\]]*\]/, '/Kids 2 0 R'],
    'missing kids': [/\/Kids \[[^\]]*\]/, ''],
  };
  const [pattern, replacement] = replacements[kind];
  return { bytes: fromLatin1(text.replace(pattern, replacement)), detail: `page tree: ${kind}` };
}

/** A PDF that really has more pages than the limit (all sharing one content stream): refused before reading. */
export function hugePageCount(rng: Random, text: string): Mutant {
  const pageCount = rng.pick([2_001, 2_500, 4_000, 10_000]);
  const layout = { compress: true, objectStreams: rng.chance(0.5), pageCount };
  return { bytes: writeTextPdf(pageLines(text, 2), layout), detail: `${pageCount} pages (${layout.objectStreams ? 'object streams' : 'xref table'})` };
}

export function contentStream(rng: Random, bytes: Uint8Array): Mutant {
  // pdf.js's cost is quadratic in some of these (unbalanced q): the largest take a page worker to its time limit.
  const n = rng.weighted([
    [rng.int(10, 500), 4],
    [rng.int(501, 5_000), 3],
    [rng.int(5_001, 200_000), 1],
  ] as const);
  const kind = rng.pick(['nested arrays', 'nested dictionaries', 'operator flood', 'unbalanced q', 'huge string', 'inline image', 'bad operands']);
  const payload = {
    'nested arrays': `${'['.repeat(n)}(x)${']'.repeat(n)} TJ`,
    'nested dictionaries': `/P ${'<< /A '.repeat(n)}1${' >>'.repeat(n)} BDC EMC`,
    'operator flood': '(a) Tj '.repeat(n),
    'unbalanced q': 'q '.repeat(n),
    'huge string': `(${'A'.repeat(n * 10)}) Tj`,
    'inline image': `BI /W ${n} /H ${n} /BPC 8 /CS /RGB ID ${'\u0000'.repeat(64)} EI`,
    'bad operands': `/F1 1e309 Tf ${n} ${-n} Td (x) Tj NaN NaN Td 1e400 TL T* (y) ' `,
  }[kind];
  const stream = Buffer.from(`BT /F1 10 Tf 56 700 Td ${payload} ET`, 'latin1');
  const data = deflateSync(stream);
  // Appended as a new content stream of page 1 (an incremental-update-like rewrite of the page's /Contents).
  const text = latin1(bytes);
  const id = 9_000;
  const object = `${id} 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`;
  const replaced = text.replace(/\/Contents (\d+) 0 R/, `/Contents [$1 0 R ${id} 0 R]`);
  if (replaced === text) return flipBytes(rng, bytes);
  const head = fromLatin1(replaced.replace(/%%EOF\s*$/, ''));
  return {
    bytes: concat([head, fromLatin1(object), new Uint8Array(data), fromLatin1('\nendstream\nendobj\n%%EOF\n')]),
    detail: `page 1 gets a content stream with ${kind} (${n}); the object is not in the xref (found by reconstruction)`,
  };
}

export function fontDamage(rng: Random, bytes: Uint8Array): Mutant {
  const text = latin1(bytes);
  const kind = rng.pick(['missing font', 'font is a number', 'bogus embedded font', 'widths wrong', 'to-unicode garbage']);
  const replacement = {
    'missing font': '/F1 77 0 R',
    'font is a number': '/F1 42',
    'bogus embedded font': '/F1 << /Type /Font /Subtype /TrueType /BaseFont /X /FontDescriptor << /FontFile2 << /Length 4 >> >> >>',
    'widths wrong': '/F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 4294967295 /LastChar -1 /Widths [1e308 -5 (x)] >>',
    'to-unicode garbage': '/F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode << /Length 9 >> >>',
  }[kind]!;
  const out = text.replace(/\/F1 3 0 R/g, replacement);
  return out === text ? flipBytes(rng, bytes) : { bytes: fromLatin1(out), detail: `font: ${kind}` };
}

export const PDF_MUTATIONS = { brokenXref, objectStreamDamage, streamLengths, brokenFilter, pageTree, contentStream, fontDamage } as const;
