/**
 * Decodes a text file's bytes. UTF-8 (with or without BOM) and UTF-16 (with a BOM, or recognisable without one
 * by its zero bytes) are read as such. Bytes that are not valid UTF-8 are read as Windows-1252 (a superset of
 * Latin-1 that also covers “smart quotes”), which is what such legacy files almost always are; a file that is
 * UTF-8 except for a few stray legacy bytes keeps its UTF-8 and only those bytes are read as Windows-1252. The
 * caller gets a plain-words warning whenever it was not clean Unicode.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8+windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** For the document's warnings; null when the file was clean UTF-8 or UTF-16. */
  warning: string | null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return clean(decodeUtf8(bytes.subarray(3)) ?? legacy(bytes.subarray(3)));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return clean({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' });
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return clean({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' });
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return clean({ text: new TextDecoder(utf16).decode(bytes), encoding: utf16 });
  return clean(decodeUtf8(bytes) ?? legacy(bytes));
}

function clean(decoded: Omit<DecodedText, 'warning'> & { warning?: string | null }): DecodedText {
  return { warning: null, ...decoded };
}

function decodeUtf8(bytes: Uint8Array): Omit<DecodedText, 'warning'> | null {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return null;
  }
}

/** Bytes that are not valid UTF-8: mostly-UTF-8 keeps its UTF-8 sequences, anything else is Windows-1252. */
function legacy(bytes: Uint8Array): DecodedText {
  const { text, valid, invalid } = decodeUtf8Leniently(bytes);
  if (valid > 0 && valid >= invalid) {
    return {
      text,
      encoding: 'utf-8+windows-1252',
      warning: `The file is UTF-8 except for ${invalid} byte${invalid === 1 ? '' : 's'} that ${invalid === 1 ? 'is' : 'are'} not; ${invalid === 1 ? 'it was' : 'those were'} read as Windows-1252 (Latin-1).`,
    };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', warning: 'The file is not UTF-8; it was read as Windows-1252 (Latin-1).' };
}

/**
 * Windows-1252's 0x80–0x9F (curly quotes, dashes, €, ™ …); every other byte is the Latin-1 code point. Written
 * out because Node's TextDecoder('windows-1252') decodes this range as Latin-1 control characters.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function windows1252Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : byte);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    out.push(String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (b) => windows1252Char(b).charCodeAt(0))));
  }
  return out.join('');
}

/**
 * UTF-8 decoding that reads each byte which does not start a well-formed sequence as Windows-1252, counting
 * the well-formed multi-byte sequences and the stray bytes.
 */
function decodeUtf8Leniently(bytes: Uint8Array): { text: string; valid: number; invalid: number } {
  const utf8 = new TextDecoder('utf-8');
  const out: string[] = [];
  let valid = 0;
  let invalid = 0;
  let asciiStart = 0;
  let i = 0;
  const flushAscii = () => {
    if (asciiStart < i) out.push(utf8.decode(bytes.subarray(asciiStart, i)));
  };
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    flushAscii();
    if (length > 0) {
      out.push(utf8.decode(bytes.subarray(i, i + length)));
      valid++;
      i += length;
    } else {
      out.push(windows1252Char(b));
      invalid++;
      i++;
    }
    asciiStart = i;
  }
  flushAscii();
  return { text: out.join(''), valid, invalid };
}

/** Length of the well-formed UTF-8 sequence starting at i (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * UTF-16 saved without a byte-order mark: text in Latin script has a zero byte in nearly every other position
 * (the high byte of each character). Returns the byte order, or null.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  const pairs = sample.length / 2;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}
