import { crc32, inflateRawSync } from 'node:zlib';

/**
 * A zip package read defensively: the central directory is parsed here, checked against the limits before
 * anything is inflated, and each part is inflated with a hard output cap. Nothing else (JSZip inside mammoth)
 * ever sees the original bytes, so a zip bomb cannot get past this file.
 */

/** Why a package was refused; index.ts turns these into ImportErrors with the file's name. */
export class ZipRefusal extends Error {
  constructor(
    readonly reason: 'corrupt' | 'too-large' | 'encrypted',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface ZipLimits {
  /** Most bytes the package may declare, and most bytes all parts read may actually inflate to. */
  maxDecompressedBytes: number;
  /** Largest uncompressed/compressed ratio accepted for one entry. */
  maxCompressionRatio: number;
  /** Largest single part read(), whatever the package total. */
  maxPartBytes: number;
}

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * Below this size a high ratio is harmless (an empty-ish part of spaces compresses thousands to one); above it,
 * the ratio is what gives a bomb away before its declared total does.
 */
const RATIO_CHECK_FLOOR = 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;

export class ZipPackage {
  private readonly byName = new Map<string, ZipEntry>();
  private inflatedBytes = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly limits: ZipLimits,
  ) {
    for (const entry of entries) {
      // Part names in an Office package are case-insensitive (OPC); two entries that differ only in case
      // would let two readers disagree about which one is "the" document.
      const key = entry.name.toLowerCase();
      if (this.byName.has(key)) throw new ZipRefusal('corrupt', `it contains two parts named ${entry.name}`);
      this.byName.set(key, entry);
    }
  }

  /** Parses and checks the central directory; inflates nothing. */
  static open(bytes: Uint8Array, limits: ZipLimits): ZipPackage {
    const entries = readCentralDirectory(bytes);
    let declared = 0;
    for (const entry of entries) {
      declared += entry.uncompressedSize;
      if (entry.uncompressedSize > RATIO_CHECK_FLOOR) {
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (ratio > limits.maxCompressionRatio) {
          throw new ZipRefusal(
            'too-large',
            `its part ${entry.name} expands ${Math.round(ratio)} times (the limit is ${limits.maxCompressionRatio}); this is how zip bombs are built`,
            { part: entry.name, ratio, limit: limits.maxCompressionRatio },
          );
        }
      }
    }
    if (declared > limits.maxDecompressedBytes) {
      throw new ZipRefusal(
        'too-large',
        `it declares ${megabytes(declared)} of content once decompressed (the limit is ${megabytes(limits.maxDecompressedBytes)})`,
        { declaredBytes: declared, limit: limits.maxDecompressedBytes },
      );
    }
    return new ZipPackage(bytes, entries, limits);
  }

  has(name: string): boolean {
    return this.byName.has(normalisePartName(name));
  }

  /**
   * Inflates one part, refusing as soon as it produces more than it declared or more than the budget left
   * for the whole package (declared sizes are the attacker's to choose, so they are never the only check).
   */
  read(name: string): Uint8Array | null {
    const entry = this.byName.get(normalisePartName(name));
    if (!entry) return null;
    if (entry.flags & FLAG_ENCRYPTED) {
      throw new ZipRefusal('encrypted', `its part ${entry.name} is encrypted with a zip password`);
    }
    if (entry.uncompressedSize > this.limits.maxPartBytes) {
      throw new ZipRefusal(
        'too-large',
        `its part ${entry.name} is ${megabytes(entry.uncompressedSize)} of XML; the largest part License Desk reads is ${megabytes(this.limits.maxPartBytes)}`,
        { part: entry.name, bytes: entry.uncompressedSize, limit: this.limits.maxPartBytes },
      );
    }
    const remaining = this.limits.maxDecompressedBytes - this.inflatedBytes;
    if (entry.uncompressedSize > remaining) {
      throw new ZipRefusal('too-large', `its parts decompress to more than ${megabytes(this.limits.maxDecompressedBytes)}`, {
        limit: this.limits.maxDecompressedBytes,
      });
    }
    const data = this.compressedData(entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (data.byteLength !== entry.uncompressedSize) throw new ZipRefusal('corrupt', `its part ${entry.name} has inconsistent sizes`);
      out = data;
    } else if (entry.method === 8) {
      out = inflateCapped(entry, data);
    } else {
      throw new ZipRefusal('corrupt', `its part ${entry.name} uses compression method ${entry.method}, which Word never writes`);
    }
    if (out.byteLength !== entry.uncompressedSize) {
      throw new ZipRefusal('corrupt', `its part ${entry.name} is shorter than its directory says (damaged or truncated)`);
    }
    if ((crc32(out) >>> 0) !== entry.crc) throw new ZipRefusal('corrupt', `its part ${entry.name} fails its checksum (damaged)`);
    this.inflatedBytes += out.byteLength;
    return out;
  }

  /** A part as UTF-8 text (with or without BOM; UTF-16 parts, which Word may write, are decoded too). */
  readText(name: string): string | null {
    const bytes = this.read(name);
    if (!bytes) return null;
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
    return new TextDecoder('utf-8').decode(bytes);
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.byteLength || readU32(this.bytes, at) !== LOCAL_SIGNATURE) {
      throw new ZipRefusal('corrupt', `the local header of ${entry.name} is missing (the file is damaged or truncated)`);
    }
    const start = at + 30 + readU16(this.bytes, at + 26) + readU16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.byteLength) throw new ZipRefusal('corrupt', `its part ${entry.name} is cut off (the file is truncated)`);
    return this.bytes.subarray(start, end);
  }
}

function inflateCapped(entry: ZipEntry, data: Uint8Array): Uint8Array {
  try {
    // zlib inflates in small chunks and stops with ERR_BUFFER_TOO_LARGE the moment the cap is passed, so a part
    // that lies about its size costs at most its declared size in memory and time.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipRefusal(
        'too-large',
        `its part ${entry.name} decompresses to more than the ${megabytes(entry.uncompressedSize)} it declares; this is how zip bombs are built`,
        { part: entry.name, declaredBytes: entry.uncompressedSize },
      );
    }
    throw new ZipRefusal('corrupt', `its part ${entry.name} cannot be decompressed (${(error as Error).message})`);
  }
}

function normalisePartName(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new ZipRefusal('corrupt', 'its zip directory is missing (the file is truncated or not a zip package)');
  let count = readU16(bytes, eocd + 10);
  let size = readU32(bytes, eocd + 12);
  let offset = readU32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    ({ count, size, offset } = readZip64End(bytes, eocd));
  }
  if (offset + size > bytes.byteLength) throw new ZipRefusal('corrupt', 'its zip directory points past the end of the file (truncated)');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || readU32(bytes, at) !== CENTRAL_SIGNATURE) {
      throw new ZipRefusal('corrupt', 'its zip directory is damaged');
    }
    const flags = readU16(bytes, at + 8);
    const nameLength = readU16(bytes, at + 28);
    const extraLength = readU16(bytes, at + 30);
    const commentLength = readU16(bytes, at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: new TextDecoder(flags & FLAG_UTF8 ? 'utf-8' : 'latin1').decode(nameBytes),
      method: readU16(bytes, at + 10),
      flags,
      crc: readU32(bytes, at + 16),
      compressedSize: readU32(bytes, at + 20),
      uncompressedSize: readU32(bytes, at + 24),
      localHeaderOffset: readU32(bytes, at + 42),
    };
    applyZip64Extra(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end of the file.
  const lowest = Math.max(0, bytes.byteLength - 22 - 0xffff);
  let fallback = -1;
  for (let i = bytes.byteLength - 22; i >= lowest; i--) {
    if (readU32(bytes, i) !== EOCD_SIGNATURE) continue;
    // The signature can also occur inside the comment: prefer the record whose comment ends the file.
    if (i + 22 + readU16(bytes, i + 20) === bytes.byteLength) return i;
    if (fallback < 0) fallback = i;
  }
  return fallback;
}

function readZip64End(bytes: Uint8Array, eocd: number): { count: number; size: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || readU32(bytes, locator) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipRefusal('corrupt', 'its zip64 directory is missing');
  }
  const record = readU64(bytes, locator + 8);
  if (record + 56 > bytes.byteLength || readU32(bytes, record) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipRefusal('corrupt', 'its zip64 directory is damaged');
  }
  return { count: readU64(bytes, record + 32), size: readU64(bytes, record + 40), offset: readU64(bytes, record + 48) };
}

/** Zip64 stores the real sizes/offset in an extra field when the 32-bit ones are saturated, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Uint8Array): void {
  for (let at = 0; at + 4 <= extra.byteLength; ) {
    const id = readU16(extra, at);
    const length = readU16(extra, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > at + 4 + length) throw new ZipRefusal('corrupt', `the zip64 sizes of ${entry.name} are damaged`);
        const value = readU64(extra, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + length;
  }
}

function readU16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** 64-bit little-endian as a JS number; values past 2^53 are far beyond any limit, so precision does not matter. */
function readU64(bytes: Uint8Array, at: number): number {
  return readU32(bytes, at) + readU32(bytes, at + 4) * 0x1_0000_0000;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
