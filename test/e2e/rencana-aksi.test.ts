/**
 * `lkj generate --dokumen rencana-aksi`: the quarter targets printed cumulatively (target s.d.
 * TW n by the indicator's Agregasi), read back from the PDF, HTML and docx.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { flat, pdfInfo, pdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';
import { TAHUN, docxText, writeYearWorkbook } from './pk-rencana-aksi-fixture.js';

const NAME = `Rencana_Aksi_${TAHUN}_bidang-penempatan-dan-perluasan-kesempatan-kerja`;

describe('lkj generate --dokumen rencana-aksi', () => {
  let dir: string;
  let xlsx: string;
  beforeAll(async () => {
    dir = tempDir();
    xlsx = await writeYearWorkbook(dir);
  });

  // Fixture quarters: IK1 300/300/200/300 Kumulatif -> 300, 600, 800, 1.100; IK2 1/2/1/2 -> 1, 3, 4, 6;
  // IK3 Terakhir 60/70/-/85 -> 60, 70, 70, 85; IK4 Rata-rata 80/90/85/85 -> 80, 85, 85, 85.
  const expectedRows = [
    ['Jumlah pencari kerja ditempatkan', 'orang', '1.100', '300', '600', '800', '1.100'],
    ['Jumlah data pasar kerja yang dikelola', 'dokumen', '6', '1', '3', '4', '6'],
    ['Persentase lowongan terisi', 'persen', '85', '60', '70', '70', '85'],
    ['Indeks kepuasan layanan', 'nilai', '85', '80', '85', '85', '85'],
  ];

  for (const paper of ['A4', 'F4']) {
    it(`prints the cumulative quarter targets on one ${paper} page, signed by the unit head`, async () => {
      const out = join(dir, paper);
      const r = await cli(['generate', '--dokumen', 'rencana-aksi', '--paper', paper, '--out', out, xlsx]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const file = join(out, `${NAME}.pdf`);
      const raw = await pdfText(file);
      expect(raw.split('\f').length - 1).toBe(1);
      const text = flat(raw);
      expect(text).toContain('RENCANA AKSI TAHUN 2024');
      for (const h of ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV', 'Target Kumulatif', 'Target Tahun 2024']) expect(text).toContain(h);
      for (const row of expectedRows) expect(text).toContain(row.join(' '));
      // Each kegiatan with its pagu, once per run of indicators it carries.
      expect(text).toContain('Pelayanan Antar Kerja di Daerah Kabupaten/Kota 53.955.500');
      expect(text.split('Pengelolaan Informasi Pasar Kerja 182.244.000')).toHaveLength(3);
      for (const s of ['Lumajang, 2 Januari 2024', 'Ir. HANUM MUBAROKHAH', 'NIP. 19690111 200212 2 004']) expect(text).toContain(s);
      expect(text).not.toContain('Ir. PAIMAN');
      const info = await pdfInfo(file);
      expect(info.Title).toBe('Rencana Aksi Tahun 2024 — Bidang Penempatan dan Perluasan Kesempatan Kerja');
    });
  }

  it('writes HTML and docx with the same figures', async () => {
    const out = join(dir, 'formats');
    expect((await cli(['generate', '--dokumen', 'rencana-aksi', '--format', 'html', '--out', out, xlsx])).code).toBe(0);
    const html = readFileSync(join(out, `${NAME}.html`), 'utf8');
    expect(html).toContain('s.d. TW III');
    expect((await cli(['generate', '--dokumen', 'rencana-aksi', '--format', 'docx', '--out', out, xlsx])).code).toBe(0);
    const text = docxText(readFileSync(join(out, `${NAME}.docx`)));
    for (const s of ['RENCANA AKSI TAHUN 2024', 's.d. TW IV', '1.100', '800', '53.955.500', 'Ir. HANUM MUBAROKHAH', 'NIP. 19690111 200212 2 004']) expect(text).toContain(s);
  });

  it('refuses a workbook without quarter targets (exit 1, missing-target-tw naming the sheet), writing nothing', async () => {
    const bare = await writeYearWorkbook(dir, false);
    const out = join(dir, 'none');
    const r = await cli(['generate', '--dokumen', 'rencana-aksi', '--out', out, bare]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Indikator');
    expect(r.stderr).toContain('Target TW1');
    expect(existsSync(join(out, `${NAME}.pdf`))).toBe(false);
  });

  it('refuses --tw and --rekap (usage errors, exit 2)', async () => {
    expect((await cli(['generate', '--dokumen', 'rencana-aksi', '--tw', '2', '--out', join(dir, 'x'), xlsx])).code).toBe(2);
    expect((await cli(['batch', '--dokumen', 'rencana-aksi', '--rekap', '--out', join(dir, 'x'), xlsx])).code).toBe(2);
  });
});
