import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DocxDocument } from '../../../src/model/docx-document.js';
import { imageSize } from '../../../src/output/docx/image-size.js';
import { renderDocx } from '../../../src/output/docx/render-docx.js';
import { svgToPng } from '../../../src/output/docx/svg-to-png.js';
import { woffToSfnt } from '../../../src/output/docx/woff-to-sfnt.js';
import { centralDirectory, entryData } from '../../../src/write/zip.js';

const require = createRequire(import.meta.url);

function part(bytes: Uint8Array, name: string): string {
  const buf = Buffer.from(bytes);
  const r = centralDirectory(buf)!.find((x) => x.name === name)!;
  const data = entryData(buf, r)!;
  return (r.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

/** A document of another kind than the LKj: no cover, a TOC field over its headings. */
function doc(): DocxDocument {
  return {
    meta: { title: 'Judul', author: 'Dinas', subject: 'Subjek', keywords: ['a', 'b'], date: new Date('2024-01-31T00:00:00Z'), generator: 'lkj test', language: 'id-ID' },
    page: { widthMm: 210, heightMm: 297, margin: { top: 25, right: 20, bottom: 20, left: 25 } },
    font: 'Times New Roman',
    size: 12,
    lineSpacing: 1.5,
    pageNumberSize: 11,
    cover: null,
    body: [
      { kind: 'paragraph', text: 'DAFTAR ISI', align: 'center', bold: true },
      { kind: 'toc', title: 'Daftar Isi' },
      { kind: 'heading', level: 1, number: 'BAB I', title: 'PENDAHULUAN', pageBreakBefore: true },
      { kind: 'list', style: 'decimal', items: [{ text: 'satu', blocks: [{ kind: 'list', style: 'bullet', items: [{ text: 'anak' }] }] }, { text: 'dua' }] },
      { kind: 'heading', level: 2, number: '1.1.', title: 'Latar Belakang' },
      { kind: 'paragraph', text: [{ text: 'tebal', bold: true }, { text: 'baris baru', lineBreakBefore: true }] },
    ],
  };
}

describe('renderDocx (kind-neutral Word renderer)', () => {
  it('writes a TOC field over Heading 1–2, marked to be updated when Word opens the file', async () => {
    const bytes = await renderDocx(doc());
    const body = part(bytes, 'word/document.xml');
    expect(body).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
    expect(body).toContain('w:dirty="true"');
    expect(part(bytes, 'word/settings.xml')).toContain('<w:updateFields/>');
    // No cover: no title page, and the first heading starts no extra page.
    expect(body).not.toContain('<w:titlePg/>');
    expect(body.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
  });

  it('gives the same bytes on a second run in the same process (ids are numbered per document)', async () => {
    const a = Buffer.from(await renderDocx(doc()));
    const b = Buffer.from(await renderDocx(doc()));
    expect(a.equals(b)).toBe(true);
  });

  it('indents a nested list under its item', async () => {
    const body = part(await renderDocx(doc()), 'word/document.xml');
    const indents = [...body.matchAll(/<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // decimal items at 2em (480 twips), the bullet inside at 2em + 1.4em.
    expect(indents).toEqual([480, 480 + 336, 480]);
  });

  it('has no updateFields without a TOC', async () => {
    const d = doc();
    d.body = d.body.filter((b) => b.kind !== 'toc');
    expect(part(await renderDocx(d), 'word/settings.xml')).not.toContain('updateFields');
  });
});

describe('chart images', () => {
  it('unwraps a WOFF face into the SFNT tables it holds', () => {
    const woff = readFileSync(require.resolve('@fontsource/tinos/files/tinos-latin-400-normal.woff'));
    const sfnt = woffToSfnt(woff);
    const tables = woff.readUInt16BE(12);
    expect(sfnt.readUInt16BE(4)).toBe(tables);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const tags = Array.from({ length: tables }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    expect(tags).toContain('glyf');
    expect(tags).toContain('cmap');
  });

  it('draws chart text with the bundled Tinos (text changes the picture)', () => {
    const svg = (t: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="Tinos" font-size="20"><text x="4" y="28">${t}</text></svg>`;
    const blank = svgToPng(svg(''), 2);
    const text = svgToPng(svg('Capaian 139,09'), 2);
    expect([text.width, text.height]).toEqual([400, 80]);
    expect(Buffer.compare(Buffer.from(text.data), Buffer.from(blank.data))).not.toBe(0);
    expect(text.data.length).toBeGreaterThan(blank.data.length + 500);
  });
});

describe('imageSize (cover logos)', () => {
  it('reads a PNG IHDR and a JPEG SOF marker past other segments', () => {
    const png = Buffer.alloc(24);
    png.writeUInt32BE(640, 16);
    png.writeUInt32BE(480, 20);
    expect(imageSize(png, 'png')).toEqual({ width: 640, height: 480 });
    // SOI, an APP0 segment of 16 bytes, then SOF2 (progressive): precision, height 300, width 200.
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.alloc(14), Buffer.from([0xff, 0xc2, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x00, 0xc8, 0x03])]);
    expect(imageSize(jpeg, 'jpg')).toEqual({ width: 200, height: 300 });
    expect(imageSize(Buffer.from([0xff, 0xd8, 0x00]), 'jpg')).toBeNull();
  });
});
