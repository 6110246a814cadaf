// Draws Newsmark's toolbar icons (a page with three highlighted lines, one per category)
// and writes them as PNG with a tiny encoder: zlib from fflate, CRC-32 by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { zlibSync } from 'fflate';

const SIZES = [16, 32, 48, 128];
const OUT_DIR = new URL('../icons/', import.meta.url);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function encodePng(size, rgba) {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = new Uint8Array(size * (size * 4 + 1)); // each row starts with filter type 0
  for (let y = 0; y < size; y++)
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}

const PAPER = [248, 250, 252, 255];
const FRAME = [30, 58, 138, 255];
// The three category colours of highlights.css, opaque.
const LINES = [
  [59, 130, 246, 255],
  [245, 158, 11, 255],
  [16, 185, 129, 255],
];

function draw(size) {
  const rgba = new Uint8Array(size * size * 4);
  const s = size / 16; // design grid: 16 units
  const radius = 3 * s;
  const inside = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      let colour = [0, 0, 0, 0];
      if (inside(px, py)) {
        const border = Math.max(1, s);
        const onFrame =
          !inside(px - border, py) ||
          !inside(px + border, py) ||
          !inside(px, py - border) ||
          !inside(px, py + border);
        colour = onFrame ? FRAME : PAPER;
        LINES.forEach((line, i) => {
          const top = (3.5 + i * 3.5) * s;
          const width = i === 1 ? 7 : 10;
          if (py >= top && py < top + 2.2 * s && px >= 3 * s && px < (3 + width) * s) colour = line;
        });
      }
      rgba.set(colour, (y * size + x) * 4);
    }
  }
  return rgba;
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`icon-${size}.png`, OUT_DIR), encodePng(size, draw(size)));
console.log(`icons: ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
