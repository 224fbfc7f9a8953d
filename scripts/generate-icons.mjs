// Generates every tray and app icon from one vector description (a disc
// with a state glyph), so no size is drawn by hand. Run: node scripts/generate-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'resources', 'icons');

const colours = {
  clear: [46, 160, 67],
  open: [11, 92, 173],
  soon: [191, 135, 0],
  overdue: [207, 34, 46],
  attention: [130, 80, 223],
};

// Glyphs are capsules (line segments with a radius) in a unit square.
const glyphs = {
  clear: [
    [0.3, 0.52, 0.44, 0.66],
    [0.44, 0.66, 0.7, 0.36],
  ],
  open: [[0.5, 0.5, 0.5, 0.5]],
  soon: [
    [0.5, 0.5, 0.5, 0.28],
    [0.5, 0.5, 0.66, 0.6],
  ],
  overdue: [
    [0.5, 0.27, 0.5, 0.56],
    [0.5, 0.72, 0.5, 0.72],
  ],
  attention: [
    [0.5, 0.27, 0.5, 0.56],
    [0.5, 0.72, 0.5, 0.72],
  ],
};

function segmentDistance(px, py, [ax, ay, bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Returns RGBA for a point in the unit square. `template`: black glyph on a ring, for macOS. */
function shade(x, y, state, template) {
  const r = Math.hypot(x - 0.5, y - 0.5);
  const inGlyph = glyphs[state].some((segment) => segmentDistance(x, y, segment) < 0.075);
  if (template) {
    const inRing = r < 0.47 && r > 0.39;
    return inRing || inGlyph ? [0, 0, 0, 255] : [0, 0, 0, 0];
  }
  if (r >= 0.47) return [0, 0, 0, 0];
  return inGlyph ? [255, 255, 255, 255] : [...colours[state], 255];
}

function render(size, state, template) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const rgba = shade(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            state,
            template,
          );
          // Premultiply so edges blend towards transparent, not towards black.
          for (let c = 0; c < 3; c++) sum[c] += (rgba[c] * rgba[3]) / 255;
          sum[3] += rgba[3];
        }
      }
      const n = samples * samples;
      const alpha = sum[3] / n;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++)
        pixels[offset + c] = alpha === 0 ? 0 : Math.round((sum[c] / n) * (255 / alpha));
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, pixels);
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
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO container holding PNG images (supported since Windows Vista). */
function encodeIco(pngsBySize) {
  const entries = Object.entries(pngsBySize);
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(([size, png], index) => {
    const base = 6 + index * 16;
    header.writeUInt8(Number(size) >= 256 ? 0 : Number(size), base);
    header.writeUInt8(Number(size) >= 256 ? 0 : Number(size), base + 1);
    header.writeUInt16LE(1, base + 4);
    header.writeUInt16LE(32, base + 6);
    header.writeUInt32LE(png.length, base + 8);
    header.writeUInt32LE(offset, base + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...entries.map(([, png]) => png)]);
}

mkdirSync(outDir, { recursive: true });
const written = [];
function write(name, data) {
  writeFileSync(join(outDir, name), data);
  written.push(name);
}

for (const state of Object.keys(colours)) {
  // Linux and Windows: colour PNGs at 1x and 2x; Windows also gets an .ico.
  write(`tray-${state}.png`, render(16, state, false));
  write(`tray-${state}@2x.png`, render(32, state, false));
  write(
    `tray-${state}.ico`,
    encodeIco({ 16: render(16, state, false), 32: render(32, state, false) }),
  );
  // macOS: monochrome template images; the name must end in "Template".
  write(`tray-${state}Template.png`, render(16, state, true));
  write(`tray-${state}Template@2x.png`, render(32, state, true));
}
const appSizes = [16, 32, 48, 64, 128, 256, 512];
const appPngs = Object.fromEntries(appSizes.map((size) => [size, render(size, 'clear', false)]));
for (const size of appSizes) write(`app-${size}.png`, appPngs[size]);
write(
  'app.ico',
  encodeIco({ 16: appPngs[16], 32: appPngs[32], 48: appPngs[48], 256: appPngs[256] }),
);
mkdirSync(join(root, 'build'), { recursive: true });
writeFileSync(join(root, 'build', 'icon.png'), appPngs[512]);
writeFileSync(
  join(root, 'build', 'icon.ico'),
  encodeIco({ 16: appPngs[16], 32: appPngs[32], 48: appPngs[48], 256: appPngs[256] }),
);
console.log(`wrote ${written.length} icons to resources/icons and build/icon.{png,ico}`);
