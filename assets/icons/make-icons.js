#!/usr/bin/env node
// The add-in's icons (16, 32, 64, 80 and 128 px PNGs): a stack of three boxes on a green tile, the
// "inventory" of Inventory Costing. Pure Node (zlib), no image libraries: `node assets/icons/make-icons.js`
// rewrites them; test/addin/icons.test.ts checks the committed files match this generator.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x10, 0x7c, 0x41]; // Excel green
const BOX = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4 x 4 samples per pixel: smooth edges at 16 px

/** Boxes in a 0..1 square: two on the floor, one on top; each with a lid line. */
const BOXES = [
  { x0: 0.17, y0: 0.52, x1: 0.49, y1: 0.82 },
  { x0: 0.51, y0: 0.52, x1: 0.83, y1: 0.82 },
  { x0: 0.34, y0: 0.2, x1: 0.66, y1: 0.5 },
];
const GAP = 0.035; // the gap that separates the boxes (and draws the lids)

function insideTile(x, y) {
  // A rounded square, corner radius 18 %.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideBox(x, y) {
  for (const b of BOXES) {
    if (x < b.x0 || x > b.x1 || y < b.y0 || y > b.y1) continue;
    const lid = b.y0 + (b.y1 - b.y0) * 0.3;
    if (Math.abs(y - lid) < GAP / 2) return false; // the lid's edge
    return true;
  }
  return false;
}

/** RGBA pixels, row by row. */
function render(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxx = 0; pxx < size; pxx++) {
      let tile = 0;
      let box = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (pxx + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideTile(x, y)) continue;
          tile++;
          if (insideBox(x, y)) box++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const i = (py * size + pxx) * 4;
      const alpha = tile / n;
      const mix = tile ? box / tile : 0;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(TILE[c] * (1 - mix) + BOX[c] * mix);
      px[i + 3] = Math.round(alpha * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of the icon at `size` px. */
function png(size) {
  const rgba = render(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const fileName = (size) => `icon-${size}.png`;

module.exports = { SIZES, png, fileName };

if (require.main === module) {
  const dir = process.argv[2] ?? __dirname;
  for (const size of SIZES) fs.writeFileSync(path.join(dir, fileName(size)), png(size));
  console.log(`Wrote ${SIZES.map(fileName).join(", ")} to ${dir}`);
}
