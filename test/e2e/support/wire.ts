/**
 * The test transport's encoding: JSON text, with byte arrays as { "__bytes": base64 } (JSON has no bytes).
 * Used on both ends: the page's bridge (bundled) and the engine host (Node).
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

/** JSON text of a value; undefined (no argument) is the empty string, which JSON.parse would refuse. */
export function toWireJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, function replace(this: Record<string, unknown>, key: string, encoded: unknown) {
    // `this[key]` is the value before toJSON (a Buffer would otherwise arrive as { type, data }).
    const raw = this[key];
    return raw instanceof Uint8Array ? { [BYTES_KEY]: toBase64(raw) } : encoded;
  });
}

export function fromWireJson(text: string): unknown {
  if (text === '') return undefined;
  // A reviver runs for every value: only pay for it when there are bytes to restore (a model has none).
  if (!text.includes(`"${BYTES_KEY}"`)) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      if (typeof record[BYTES_KEY] === 'string' && Object.keys(record).length === 1) return fromBase64(record[BYTES_KEY]);
    }
    return value;
  });
}
