// Draws the ClaimLens icon (a lens over two lines of text, one of them highlighted) as PNGs at the
// sizes browsers ask for, without any image library: shapes are signed distances, 4×4 supersampled.
// Run: node assets/make-icons.mjs  → assets/public/icon/{16,32,48,96,128}.png (WXT finds them there)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const INK = [29, 78, 216];      // #1d4ed8, the "supports" blue
const MARK = [245, 158, 11];    // #f59e0b, the highlight
const LINE = [100, 116, 139];   // #64748b

/** Layers from back to front, in a 0..1 unit square: each returns coverage at (x, y). */
const layers = [
  { color: [255, 255, 255], inside: (x, y) => Math.hypot(x - 0.42, y - 0.42) < 0.3 },
  { color: LINE, inside: (x, y) => bar(x, y, 0.22, 0.62, 0.33, 0.05) },
  { color: MARK, inside: (x, y) => bar(x, y, 0.22, 0.62, 0.47, 0.07) },
  { color: INK, inside: (x, y) => Math.abs(Math.hypot(x - 0.42, y - 0.42) - 0.3) < 0.065 },
  { color: INK, inside: (x, y) => segment(x, y, 0.63, 0.63, 0.88, 0.88) < 0.075 },
];

function bar(x, y, x0, x1, cy, half) {
  return x >= x0 && x <= x1 && Math.abs(y - cy) <= half;
}

function segment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function pixel(size, px, py) {
  const rgba = [0, 0, 0, 0];
  const samples = 4;
  for (const layer of layers) {
    let hits = 0;
    for (let sy = 0; sy < samples; sy++)
      for (let sx = 0; sx < samples; sx++)
        if (layer.inside((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) hits++;
    const alpha = hits / samples ** 2;
    if (!alpha) continue;
    const outA = alpha + rgba[3] * (1 - alpha);
    for (let c = 0; c < 3; c++) rgba[c] = (layer.color[c] * alpha + rgba[c] * rgba[3] * (1 - alpha)) / outA;
    rgba[3] = outA;
  }
  return rgba.map((v, i) => Math.round(i === 3 ? v * 255 : v));
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(size, x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

for (const size of SIZES) writeFileSync(new URL(`./public/icon/${size}.png`, import.meta.url), png(size));
