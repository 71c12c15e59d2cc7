/**
 * The chart pictures of the Word output (src/output/docx/svg-to-png.ts) and the zip that
 * carries them (src/output/docx/zip-package.ts): the PNG holds exactly the pixels resvg drew,
 * the zip holds exactly the parts given, and both are the same bytes on every run.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { svgToPng } from '../../../src/output/docx/svg-to-png.js';
import { crc32, zipPackage } from '../../../src/output/docx/zip-package.js';
import { centralDirectory, entryData } from '../../../src/write/zip.js';
import { woffToSfnt } from '../../../src/output/docx/woff-to-sfnt.js';

const require = createRequire(import.meta.url);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const CHART = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60" width="200" height="60" font-family="Tinos" font-size="12">
<rect x="10" y="10" width="120" height="14" fill="#1f3864"/><rect x="10" y="30" width="40" height="14" fill="#a6a6a6"/>
<line x1="90" y1="4" x2="90" y2="56" stroke="#000" stroke-dasharray="4 3"/><text x="134" y="22">139,09</text></svg>`;

/** Chunks of a PNG by type (IDATs joined), each CRC checked. */
function pngChunks(png: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(png);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer>();
  for (let p = 8; p < buf.length; ) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    const data = buf.subarray(p + 8, p + 8 + len);
    expect(buf.readUInt32BE(p + 8 + len)).toBe(crc32(buf.subarray(p + 4, p + 8 + len)));
    chunks.set(type, Buffer.concat([chunks.get(type) ?? Buffer.alloc(0), data]));
    p += 12 + len;
  }
  return chunks;
}

describe('svgToPng', () => {
  it('is an RGB PNG of exactly the pixels resvg draws, at 1.5 × by default', () => {
    const png = svgToPng(CHART);
    expect([png.width, png.height]).toEqual([300, 90]);
    const chunks = pngChunks(png.data);
    const ihdr = chunks.get('IHDR')!;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([300, 90, 8, 2]);
    expect(chunks.has('IEND')).toBe(true);
    // resvg's own drawing of the same SVG with the same faces, compared pixel by pixel.
    const dir = mkdtempSync(join(tmpdir(), 'lkj-test-fonts-'));
    dirs.push(dir);
    const fontFiles = ['400-normal'].map((w) => {
      const f = join(dir, `${w}.ttf`);
      writeFileSync(f, woffToSfnt(readFileSync(require.resolve(`@fontsource/tinos/files/tinos-latin-${w}.woff`))));
      return f;
    });
    const img = new Resvg(CHART, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Tinos', serifFamily: 'Tinos' }, fitTo: { mode: 'zoom', value: 1.5 }, background: '#ffffff' }).render();
    const rgba = img.pixels;
    const raw = inflateSync(chunks.get('IDAT')!);
    expect(raw.length).toBe(90 * (300 * 3 + 1));
    let differing = 0;
    for (let y = 0; y < 90; y++) {
      expect(raw[y * 901]).toBe(0); // filter: None
      for (let x = 0; x < 300; x++) {
        for (let c = 0; c < 3; c++) if (raw[y * 901 + 1 + x * 3 + c] !== rgba[(y * 300 + x) * 4 + c]) differing++;
        expect(rgba[(y * 300 + x) * 4 + 3]).toBe(255); // opaque: the alpha channel carries nothing
      }
    }
    expect(differing).toBe(0);
  });

  it('gives the same bytes every time, and a bigger picture at a bigger scale', () => {
    expect(Buffer.from(svgToPng(CHART).data)).toEqual(Buffer.from(svgToPng(CHART).data));
    const big = svgToPng(CHART, 2);
    expect([big.width, big.height]).toEqual([400, 120]);
  });
});

describe('zipPackage', () => {
  it('holds the parts in the order given, XML deflated, pictures stored, every entry dated as given', () => {
    const png = svgToPng(CHART).data;
    const xml = `<?xml version="1.0"?><w:document>${'<w:p>Capaian 139,09</w:p>'.repeat(200)}</w:document>`;
    const date = new Date('2023-10-02T00:00:00Z');
    const zip = Buffer.from(zipPackage([['[Content_Types].xml', '<Types/>'], ['word/document.xml', xml], ['word/media/image1.png', png]], date));
    const records = centralDirectory(zip)!;
    expect(records.map((r) => r.name)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/image1.png']);
    expect(records.map((r) => r.method)).toEqual([8, 8, 0]);
    const content = records.map((r) => {
      const data = entryData(zip, r)!;
      return r.method === 8 ? inflateRawSync(data) : data;
    });
    expect(content[1]!.toString('utf8')).toBe(xml);
    expect(Buffer.from(content[2]!)).toEqual(Buffer.from(png));
    for (const r of records) {
      // DOS date and time of 2023-10-02 00:00 in the central directory and the local header.
      expect(zip.readUInt16LE(r.centralOffset + 14)).toBe(((2023 - 1980) << 9) | (10 << 5) | 2);
      expect(zip.readUInt16LE(r.centralOffset + 12)).toBe(0);
      expect(zip.readUInt16LE(r.localOffset + 12)).toBe(((2023 - 1980) << 9) | (10 << 5) | 2);
      expect(zip.readUInt32LE(r.centralOffset + 16)).toBe(crc32(content[records.indexOf(r)]!));
    }
    expect(Buffer.from(zipPackage([['a.xml', xml]], date))).toEqual(Buffer.from(zipPackage([['a.xml', xml]], date)));
  });

  it('leaves nothing in the temp folder (chart faces live in the per-user cache)', () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('lkj-fonts-')).length;
    svgToPng(CHART);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('lkj-fonts-')).length).toBe(before);
  });
});
