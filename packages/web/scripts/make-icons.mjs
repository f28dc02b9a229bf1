// Writes Mend's app icons as real PNG files with nothing but Node's zlib.
// Run: node packages/web/scripts/make-icons.mjs (the output is committed).
// The picture is deliberately quiet: two soft, overlapping circles on a calm teal.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

const BACKGROUND = [0x2f, 0x5d, 0x62];
const LEFT = [0xf3, 0xee, 0xe6];
const RIGHT = [0xc9, 0xdc, 0xd6];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function blend(under, over, alpha) {
  return under.map((u, i) => u + (over[i] - u) * alpha);
}

/** Colour and coverage of one point in unit space (0..1); `full` fills the square edge to edge. */
function sample(x, y, { full, scale }) {
  const inside = full || insideRoundedSquare(x, y, 0.22);
  if (!inside) return [0, 0, 0, 0];
  const cx = (x - 0.5) / scale;
  const cy = (y - 0.5) / scale;
  const r = 0.23;
  // Offset on a diagonal, as two people leaning toward each other.
  const inLeft = (cx + 0.1) ** 2 + (cy + 0.07) ** 2 <= r * r;
  const inRight = (cx - 0.1) ** 2 + (cy - 0.07) ** 2 <= r * r;
  let colour = BACKGROUND;
  if (inLeft) colour = blend(colour, LEFT, 0.92);
  if (inRight) colour = blend(colour, RIGHT, inLeft ? 0.55 : 0.85);
  return [...colour, 255];
}

function insideRoundedSquare(x, y, radius) {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function render(size, options) {
  const samples = 4; // 4x4 supersampling for soft edges
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const s = sample((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, options);
          for (let i = 0; i < 3; i++) sum[i] += s[i] * s[3];
          sum[3] += s[3];
        }
      }
      const n = samples * samples;
      const offset = (py * size + px) * 4;
      const alpha = sum[3] / n;
      for (let i = 0; i < 3; i++) pixels[offset + i] = alpha ? Math.round(sum[i] / sum[3]) : 0;
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, pixels);
}

const icons = [
  { file: 'icon-192.png', size: 192, full: false, scale: 1 },
  { file: 'icon-512.png', size: 512, full: false, scale: 1 },
  // Maskable icons keep the picture inside the central safe zone (a circle of 80 %).
  { file: 'maskable-192.png', size: 192, full: true, scale: 0.8 },
  { file: 'maskable-512.png', size: 512, full: true, scale: 0.8 },
  { file: 'apple-touch-icon.png', size: 180, full: true, scale: 0.9 },
];

mkdirSync(outDir, { recursive: true });
for (const { file, size, ...options } of icons) {
  writeFileSync(join(outDir, file), render(size, options));
  console.log(`wrote icons/${file} (${size}x${size})`);
}
