/**
 * The test transport's encoding. Playwright bindings carry JSON only, so byte arrays travel as
 * { __bytes: base64 } in both directions. Runs in the page (bundled into the bridge) and in Node.
 */
const BYTES_KEY = '__bytes';

function toBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return new Uint8Array(Buffer.from(text, 'base64'));
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: toBase64(value) };
  if (Array.isArray(value)) return value.map(encodeWire);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeWire(v);
    return out;
  }
  return value;
}

export function decodeWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeWire);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record[BYTES_KEY] === 'string' && Object.keys(record).length === 1) return fromBase64(record[BYTES_KEY]);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = decodeWire(v);
    return out;
  }
  return value;
}
