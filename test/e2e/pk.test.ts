/**
 * `lkj generate --dokumen pk`: the Perjanjian Kinerja printed for real (PDF on A4 and F4,
 * HTML, docx), read back; figures from the workbook written by the fixture.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { pdfOutline } from '../helpers/pdf-outline.js';
import { flat, pdfInfo, pdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';
import { TAHUN, docxText, writeYearWorkbook } from './pk-rencana-aksi-fixture.js';

const NAME = `PK_${TAHUN}_bidang-penempatan-dan-perluasan-kesempatan-kerja`;

/** Page count of a PDF (the /Type /Page objects Chromium writes). */
async function pages(file: string): Promise<number> {
  return (await pdfText(file)).split('\f').length - 1;
}

describe('lkj generate --dokumen pk', () => {
  let xlsx: string;
  let out: string;
  beforeAll(async () => {
    const dir = tempDir();
    xlsx = await writeYearWorkbook(dir);
    out = join(dir, 'out');
  });

  it('prints the agreement and its lampiran on two A4 pages, with every figure and both signatories', async () => {
    const r = await cli(['generate', '--dokumen', 'pk', '--out', join(out, 'a4'), xlsx]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(out, 'a4', `${NAME}.pdf`);
    expect(r.stdout).toBe(file);
    expect(await pages(file)).toBe(2);
    const text = flat(await pdfText(file));
    expect(text.match(/PERJANJIAN KINERJA TAHUN 2024/g)).toHaveLength(2);
    expect(text).toContain('pihak pertama');
    expect(text).toContain('selaku atasan pihak pertama, selanjutnya disebut pihak kedua');
    // Targets with satuan, the Indonesian way; pagu, Sumber Dana and the total 182.244.000 + 53.955.500.
    for (const figure of ['1.100 orang', '6 dokumen', '85 persen', '85 nilai', '182.244.000', '53.955.500', '236.199.500', 'DBHCHT', 'Program Penempatan Tenaga Kerja']) {
      expect(text).toContain(figure);
    }
    // Both signatures twice: on the agreement and on the lampiran; Plt. as typed; dated the first weekday after 1 January 2024.
    for (const s of ['Ir. PAIMAN', 'NIP. 19670606 199202 1 001', 'Ir. HANUM MUBAROKHAH', 'NIP. 19690111 200212 2 004', 'Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang,', 'Lumajang, 2 Januari 2024', 'Pihak Kedua,', 'Pihak Pertama,']) {
      expect(text.split(s).length - 1, s).toBeGreaterThanOrEqual(2);
    }
    // Pihak kedua left: on each signature line the superior's name comes first.
    const raw = await pdfText(file);
    for (const page of raw.split('\f').slice(0, 2)) {
      expect(page.indexOf('Ir. PAIMAN')).toBeLessThan(page.lastIndexOf('Ir. HANUM MUBAROKHAH'));
    }
    const info = await pdfInfo(file);
    expect(info.Title).toBe('Perjanjian Kinerja Tahun 2024 — Bidang Penempatan dan Perluasan Kesempatan Kerja');
    expect(info.Author).toBe('Dinas Tenaga Kerja');
    expect(await pdfOutline(file)).toEqual(['Perjanjian Kinerja Tahun 2024', 'Lampiran: Perjanjian Kinerja Tahun 2024']);
  });

  it('fits F4 in two pages, takes --date, adds a cover with --sampul, and prints the same bytes twice', async () => {
    const args = ['generate', '--dokumen', 'pk', '--paper', 'F4', '--sampul', '--date', '2024-01-15', '--out'];
    const a = await cli([...args, join(out, 'f4a'), xlsx]);
    const b = await cli([...args, join(out, 'f4b'), xlsx]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const file = join(out, 'f4a', `${NAME}.pdf`);
    expect(readFileSync(file).equals(readFileSync(join(out, 'f4b', `${NAME}.pdf`)))).toBe(true);
    expect(await pages(file)).toBe(3);
    const text = flat(await pdfText(file));
    expect(text).toContain('Lumajang, 15 Januari 2024');
    expect(await pdfOutline(file)).toEqual(['Sampul', 'Perjanjian Kinerja Tahun 2024', 'Lampiran: Perjanjian Kinerja Tahun 2024']);
    const f4 = await cli(['generate', '--dokumen', 'pk', '--paper', 'F4', '--out', join(out, 'f4'), xlsx]);
    expect(f4.code).toBe(0);
    expect(await pages(join(out, 'f4', `${NAME}.pdf`))).toBe(2);
  });

  it('writes HTML and docx with the same words', async () => {
    const h = await cli(['generate', '--dokumen', 'pk', '--format', 'html', '--out', join(out, 'html'), xlsx]);
    expect(h.code).toBe(0);
    const html = readFileSync(join(out, 'html', `${NAME}.html`), 'utf8');
    expect(html).toContain('<title>Perjanjian Kinerja Tahun 2024 — Bidang Penempatan dan Perluasan Kesempatan Kerja</title>');
    expect(html).toContain('236.199.500');
    const d = await cli(['generate', '--dokumen', 'pk', '--format', 'docx', '--out', join(out, 'docx'), xlsx]);
    expect(d.code).toBe(0);
    expect(readdirSync(join(out, 'docx'))).toEqual([`${NAME}.docx`]);
    const text = docxText(readFileSync(join(out, 'docx', `${NAME}.docx`)));
    for (const s of ['PERJANJIAN KINERJA TAHUN 2024', '1.100 orang', '236.199.500', 'Ir. PAIMAN', 'NIP. 19670606 199202 1 001', 'Ir. HANUM MUBAROKHAH', 'Lumajang, 2 Januari 2024']) {
      expect(text).toContain(s);
    }
  });

  it('refuses --tw and --rekap (usage errors, exit 2)', async () => {
    expect((await cli(['generate', '--dokumen', 'pk', '--tw', '3', '--out', join(out, 'x'), xlsx])).code).toBe(2);
    expect((await cli(['batch', '--dokumen', 'pk', '--rekap', '--out', join(out, 'x'), xlsx])).code).toBe(2);
  });
});
