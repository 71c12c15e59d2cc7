import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { flat, pdfInfo, pdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';

const SAMPLE = 'samples/bidang-penempatan.xlsx';
const NAME = 'LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja.pdf';

describe('lkj generate: the reference unit as a real PDF', () => {
  let out: string;
  let text: string;
  beforeAll(async () => {
    out = tempDir();
    const r = await cli(['generate', '--tw', '3', '--out', out, SAMPLE]);
    expect(r.stderr).not.toContain('galat');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(join(out, NAME));
    text = flat(await pdfText(join(out, NAME)));
  });

  it('writes exactly the named PDF, nothing else', () => {
    expect(readdirSync(out)).toEqual([NAME]);
  });
  it('prints every figure correctly computed, not the reference slips', () => {
    for (const figure of ['139,09', '66,67', '205,00', '25,21', '113,88', '53.955.500', '13.600.000', '182.244.000', '45.126.000']) {
      expect(text).toContain(figure);
    }
    expect(text).not.toContain('139,10');
    expect(text).not.toContain('113,89');
    expect(text).toContain('8 (delapan) bulan');
    expect(text).not.toContain('8 (lima)');
    expect(text).toContain('4 (empat) Bidang');
  });
  it('names each company with its count in the evaluation', () => {
    for (const c of ['BPRS Karya Mega Sentosa 4 orang', 'Lab Persada 23 orang', 'Alfamart 28 orang', 'Indomart 17 orang', 'MMI 76 orang', 'Anugerah Rimba Raya 1 orang', 'PSI sejumlah 3 orang', 'FIF sejumlah 1 orang']) {
      expect(text).toContain(c);
    }
    expect(text).toContain('376 orang CPMI yang difasilitasi penerbitan ID CPMI dan Rekom Paspor');
    expect(text).toContain('Rp 13.600.000,-');
  });
  it('has the cover, every chapter and section, and both signatories with NIP', () => {
    expect(text).toContain('LAPORAN KINERJA');
    expect(text).toContain('TRIBULAN III TA. 2023');
    for (const h of ['BAB I', 'PENDAHULUAN', 'BAB II', 'BAB III', 'Perjanjian Kinerja', 'Capaian Kinerja', 'Evaluasi dan Analisis', 'Rencana Tindak Lanjut', 'Tanggapan Atasan Langsung', 'LEMBAR PENGESAHAN']) {
      expect(text).toContain(h);
    }
    expect(text).toContain('Lumajang, 2 Oktober 2023');
    expect(text).toContain('Ir. HANUM MUBAROKHAH');
    expect(text).toContain('NIP. 19690111 200212 2 004');
    expect(text).toContain('Ir. PAIMAN');
    expect(text).toContain('NIP. 19670606 199202 1 001');
  });
  it('is an A4 document with metadata', async () => {
    const info = await pdfInfo(join(out, NAME));
    expect(info['Page size']).toContain('A4');
    expect(info.Title).toBe('Laporan Kinerja Tribulan III 2023 — Bidang Penempatan dan Perluasan Kesempatan Kerja');
    expect(info.Author).toBe('Dinas Tenaga Kerja');
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(6);
  });
  it('gives identical bytes on a second run', async () => {
    const again = tempDir();
    await cli(['generate', '--tw', '3', '--out', again, SAMPLE]);
    const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(sha(join(again, NAME))).toBe(sha(join(out, NAME)));
  });
});
