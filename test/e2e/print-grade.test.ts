import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { pdfFonts, pdfOutline } from '../helpers/pdf-outline.js';
import { flat, pdfInfo, pdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';

const SAMPLE = 'samples/bidang-penempatan.xlsx';
const NAME = 'LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja.pdf';

describe('print-grade PDF', () => {
  let a4: string;
  let f4: string;
  beforeAll(async () => {
    const out = tempDir();
    await cli(['generate', '--tw', '3', '--out', join(out, 'a4'), SAMPLE]);
    await cli(['generate', '--tw', '3', '--paper', 'F4', '--out', join(out, 'f4'), SAMPLE]);
    a4 = join(out, 'a4', NAME);
    f4 = join(out, 'f4', NAME);
  });

  it('A4 is 210 × 297 mm and F4 is 215 × 330 mm', async () => {
    // 1 mm = 2.8346 pt; Chromium rounds the width to whole CSS pixels (594.96 pt for 210 mm).
    const size = async (file: string) => (await pdfInfo(file))['Page size']!.match(/^([\d.]+) x ([\d.]+) pts/)!.slice(1).map(Number);
    const [aw, ah] = await size(a4);
    expect(aw! / 2.8346).toBeCloseTo(210, 0);
    expect(ah! / 2.8346).toBeCloseTo(297, 0);
    expect((await pdfInfo(a4))['Page size']).toContain('(A4)');
    const [fw, fh] = await size(f4);
    expect(fw! / 2.8346).toBeCloseTo(215, 0);
    expect(fh! / 2.8346).toBeCloseTo(330, 0);
  });
  it('embeds every font, all from the bundled Tinos family', async () => {
    for (const file of [a4, f4]) {
      const fonts = await pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.embedded, f.name).toBe(true);
        expect(f.name).toMatch(/\+Tinos-/);
      }
    }
  });
  it('has bookmarks for the cover, every BAB and every 2.x section', async () => {
    expect(await pdfOutline(a4)).toEqual([
      'Sampul',
      'BAB I PENDAHULUAN',
      'BAB II AKUNTABILITAS KINERJA',
      '  2.1. Perjanjian Kinerja',
      '  2.2. Capaian Kinerja',
      '  2.3. Evaluasi dan Analisis Kinerja',
      '  2.4. Rencana Tindak Lanjut',
      '  2.5. Tanggapan Atasan Langsung',
      'BAB III PENUTUP',
      'LEMBAR PENGESAHAN',
    ]);
  });
  it('metadata: title, author, subject, keywords, dated on the report date', async () => {
    const info = await pdfInfo(a4);
    expect(info.Subject).toMatch(/\S/);
    expect(info.Keywords).toMatch(/LKj|Laporan Kinerja/);
    expect(info.CreationDate).toContain('Oct  2');
    expect(info.CreationDate).toContain('2023');
    expect(info.Creator).toMatch(/^lkj \d+\.\d+\.\d+$/);
  });
  it('page numbers in the footer, none on the cover', async () => {
    const pages = (await pdfText(a4)).split('\f').filter((p) => p.trim());
    expect(pages[0]).not.toMatch(/^\s*1\s*$/m);
    expect(pages[1]).toMatch(/^\s*2\s*$/m);
    expect(pages.at(-1)).toMatch(new RegExp(`^\\s*${pages.length}\\s*$`, 'm'));
  });
  it('charts in 2.2 by default, none with --no-charts', async () => {
    expect(flat(await pdfText(a4))).toContain('Grafik Capaian Kinerja');
    const out = tempDir();
    await cli(['generate', '--tw', '3', '--no-charts', '--out', out, SAMPLE]);
    expect(flat(await pdfText(join(out, NAME)))).not.toContain('Grafik Capaian Kinerja');
  });
});

describe('own templates', () => {
  it('a directory with only a cover partial changes the cover and keeps everything else', async () => {
    const out = tempDir();
    const r = await cli(['generate', '--tw', '3', '--templates', 'samples/templates', '--out', out, SAMPLE]);
    expect(r.code).toBe(0);
    const pages = (await pdfText(join(out, NAME))).split('\f');
    // The letterhead cover prints the date under the city; the built-in one does not.
    expect(flat(pages[0]!)).toMatch(/PEMERINTAH KABUPATEN LUMAJANG DINAS TENAGA KERJA .*LAPORAN KINERJA .* (LUMAJANG|L U M A J A N G) 2 Oktober 2023/);
    expect(flat(pages.slice(1).join(' '))).toContain('BAB II AKUNTABILITAS KINERJA');
    expect(flat(pages.slice(1).join(' '))).toContain('113,88');
  });
  it('a template error names the template file and line, exit 1, no stack', async () => {
    const dir = tempDir();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'cover.hbs'), '<section>\n<p>{{cover.judul}}</p>\n{{#if cover.logoDataUrl}}\n</section>\n');
    const r = await cli(['generate', '--tw', '3', '--format', 'html', '--templates', dir, '--out', tempDir(), SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cover\.hbs baris \d+/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
  it('--format html writes one self-contained file (fonts inlined, no external URL)', async () => {
    const out = tempDir();
    await cli(['generate', '--tw', '3', '--format', 'html', '--out', out, 'samples/dinkes-bidang-p2p.xlsx']);
    const html = readFileSync(join(out, 'LKj_TW3_2023_bidang-pencegahan-dan-pengendalian-penyakit.html'), 'utf8');
    expect(html).toContain('data:font/woff2;base64,');
    expect(html).toContain('data:image/svg+xml;base64,');
    expect(html).not.toMatch(/(src|href)=["']?(https?:|file:|\/\/)/);
    expect(html).not.toContain('<script');
  });
});
