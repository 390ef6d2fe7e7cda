/** Format-blind damage: what a bad disk, a cut-off download or a broken tool does to any file. */
import type { Random } from './random';

export interface Mutant {
  bytes: Uint8Array;
  /** What was done, precisely enough to recognise the case in a report. */
  detail: string;
}

export function flipBytes(rng: Random, bytes: Uint8Array, count = rng.int(1, 24), from = 0, to = bytes.length): Mutant {
  const out = bytes.slice();
  const span = Math.max(1, to - from);
  for (let i = 0; i < count; i++) out[from + rng.int(0, span - 1)] = rng.int(0, 255);
  return { bytes: out, detail: `${count} random bytes in ${from}–${to}` };
}

export function flipBits(rng: Random, bytes: Uint8Array, count = rng.int(1, 16)): Mutant {
  const out = bytes.slice();
  for (let i = 0; i < count; i++) out[rng.int(0, out.length - 1)] ^= 1 << rng.int(0, 7);
  return { bytes: out, detail: `${count} flipped bits` };
}

export function truncate(rng: Random, bytes: Uint8Array): Mutant {
  // Mostly anywhere; sometimes within the last bytes, where trailers and directories live.
  const at = rng.chance(0.3) ? Math.max(1, bytes.length - rng.int(1, Math.min(4096, bytes.length - 1))) : rng.int(1, bytes.length - 1);
  return { bytes: bytes.slice(0, at), detail: `cut at byte ${at} of ${bytes.length}` };
}

export function deleteRange(rng: Random, bytes: Uint8Array): Mutant {
  const start = rng.int(0, bytes.length - 1);
  const length = rng.int(1, Math.min(4096, bytes.length - start));
  const out = new Uint8Array(bytes.length - length);
  out.set(bytes.subarray(0, start));
  out.set(bytes.subarray(start + length), start);
  return { bytes: out, detail: `${length} bytes removed at ${start}` };
}

export function duplicateRange(rng: Random, bytes: Uint8Array): Mutant {
  const start = rng.int(0, bytes.length - 1);
  const length = rng.int(1, Math.min(8192, bytes.length - start));
  const times = rng.int(1, 8);
  const piece = bytes.subarray(start, start + length);
  const parts = [bytes.subarray(0, start + length), ...Array.from({ length: times }, () => piece), bytes.subarray(start + length)];
  return { bytes: concat(parts), detail: `${length} bytes at ${start} repeated ${times} more times` };
}

export function insertRandom(rng: Random, bytes: Uint8Array): Mutant {
  const at = rng.int(0, bytes.length);
  const junk = Uint8Array.from({ length: rng.int(1, 512) }, () => rng.int(0, 255));
  return { bytes: concat([bytes.subarray(0, at), junk, bytes.subarray(at)]), detail: `${junk.length} random bytes inserted at ${at}` };
}

export function zeroRun(rng: Random, bytes: Uint8Array): Mutant {
  const out = bytes.slice();
  const start = rng.int(0, out.length - 1);
  const length = rng.int(1, Math.min(2048, out.length - start));
  out.fill(0, start, start + length);
  return { bytes: out, detail: `${length} bytes zeroed at ${start}` };
}

/** The tail of one file glued to the head of another (a botched copy). */
export function splice(rng: Random, bytes: Uint8Array, other: Uint8Array): Mutant {
  const a = rng.int(1, bytes.length - 1);
  const b = rng.int(0, other.length - 1);
  return { bytes: concat([bytes.subarray(0, a), other.subarray(b)]), detail: `first ${a} bytes, then another file from byte ${b}` };
}

export const BYTE_MUTATIONS = { flipBytes, flipBits, truncate, deleteRange, duplicateRange, insertRandom, zeroRun } as const;

export function anyByteMutation(rng: Random, bytes: Uint8Array): Mutant {
  const name = rng.pick(Object.keys(BYTE_MUTATIONS) as Array<keyof typeof BYTE_MUTATIONS>);
  const mutant = BYTE_MUTATIONS[name](rng, bytes);
  return { bytes: mutant.bytes, detail: `${name}: ${mutant.detail}` };
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function indexesOf(bytes: Uint8Array, needle: string | number[], limit = 10_000): number[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pattern = typeof needle === 'string' ? Buffer.from(needle, 'latin1') : Buffer.from(needle);
  const found: number[] = [];
  for (let at = buffer.indexOf(pattern); at >= 0 && found.length < limit; at = buffer.indexOf(pattern, at + 1)) found.push(at);
  return found;
}
