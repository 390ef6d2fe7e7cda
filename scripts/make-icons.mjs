#!/usr/bin/env node
// Draws the app icon (a licence page with one highlighted clause on a deep-blue tile) into build/: icon.png
// (1024 px, which electron-builder turns into .icns and .ico) and icons/<n>x<n>.png for Linux. Plain Node (zlib),
// so the icons can be regenerated on a machine without image tools: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'build');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Inside a rounded rectangle (coordinates in units of the 1.0-wide icon). */
function inRoundedRect(x, y, [left, top, right, bottom], radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const TILE = [0.06, 0.06, 0.94, 0.94];
const PAGE = [0.27, 0.17, 0.73, 0.83];
const FOLD = 0.12;
const LINES = [0.33, 0.42, 0.51, 0.6, 0.69];
const HIGHLIGHTED = 2;

/** The colour at one point: the tile, the page with its folded corner, text lines, one highlighted. */
function colourAt(x, y) {
  if (!inRoundedRect(x, y, TILE, 0.18)) return null;
  const [left, top, right, bottom] = PAGE;
  const onPage = x >= left && x <= right && y >= top && y <= bottom && !(x > right - FOLD && y < top + FOLD && x - (right - FOLD) > y - top);
  if (onPage) {
    const fold = x > right - FOLD && y < top + FOLD;
    if (fold) return [196, 207, 222, 255];
    for (const [i, lineY] of LINES.entries()) {
      const lineRight = i === LINES.length - 1 ? left + 0.27 : right - 0.07;
      if (y >= lineY - 0.022 && y <= lineY + 0.022 && x >= left + 0.07 && x <= lineRight) {
        return i === HIGHLIGHTED ? [242, 178, 36, 255] : [120, 138, 163, 255];
      }
    }
    if (y >= LINES[HIGHLIGHTED] - 0.045 && y <= LINES[HIGHLIGHTED] + 0.045 && x >= left + 0.04 && x <= right - 0.04) return [255, 236, 179, 255];
    return [250, 251, 253, 255];
  }
  return [31, 58, 95, 255];
}

/** Renders at one size with 4x4 supersampling, so edges are smooth at every size. */
function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0] * c[3]; g += c[1] * c[3]; b += c[2] * c[3]; a += c[3];
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round(a / (samples * samples));
    }
  }
  return encodePng(size, rgba);
}

mkdirSync(join(outDir, 'icons'), { recursive: true });
writeFileSync(join(outDir, 'icon.png'), render(1024));
for (const size of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(join(outDir, 'icons', `${size}x${size}.png`), render(size));
console.log(`icons written to ${outDir}`);
