import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { tempDir as makeTempDir, validSheets, writeXlsx } from '../helpers/xlsx.js';

// Every temporary folder a test makes is removed when the file is done.
const made: string[] = [];
function tempDir(): string {
  const d = makeTempDir();
  made.push(d);
  return d;
}
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

const SAMPLE = 'samples/bidang-penempatan.xlsx';
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('usage errors exit 2 with an Indonesian line', () => {
  it.each([
    [['generate', '--tw', '5', SAMPLE], '--tw harus 1, 2, 3 atau 4, ditemukan "5".'],
    [['generate', SAMPLE], '--tw wajib untuk --dokumen lkj (triwulan 1..4).'],
    [['generate', '--dokumen', 'pk', '--tw', '3', SAMPLE], '--tw tidak berlaku untuk --dokumen pk'],
    [['generate', '--dokumen', 'laporan', SAMPLE], '--dokumen harus salah satu dari lkj, lkj-tahunan, pk, rencana-aksi, ditemukan "laporan".'],
    [['batch', '--dokumen', 'pk', '--rekap', SAMPLE], '--rekap hanya untuk --dokumen lkj dan lkj-tahunan, bukan pk.'],
    [['generate', '--tw', '3', '--sampul', SAMPLE], '--sampul hanya berlaku untuk --dokumen pk.'],
    [['generate', '--tw', '3'], 'argumen wajib tidak ada: <file>'],
    [['calc', '--tw', '3', '--bogus', SAMPLE], 'opsi tidak dikenal: --bogus'],
    [['calc', '--tw', '3', '--format', 'xml', SAMPLE], '--format harus salah satu dari table, json, csv, ditemukan "xml".'],
    [['generate', '--tw', '3', '--paper', 'A3', SAMPLE], '--paper harus A4 atau F4, ditemukan "A3".'],
    [['generate', '--tw', '3', '--date', '2/10/2023', SAMPLE], '--date harus tanggal berbentuk YYYY-MM-DD'],
    [['frobnicate'], 'perintah tidak dikenal: frobnicate'],
  ])('%j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    noStack(r.stderr);
  });
  it('--version and --help exit 0', async () => {
    const v = await cli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+$/);
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('generate');
    expect(h.stdout).toContain('validate');
  });
});

describe('lkj calc', () => {
  it('--format json follows the contract shape with the correct figures', async () => {
    const r = await cli(['calc', '--tw', '3', '--format', 'json', SAMPLE]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['tahun', 'tw', 'unitKerja', 'indikator', 'anggaran', 'efisiensi']);
    expect(j.tahun).toBe(2023);
    expect(j.tw).toBe(3);
    expect(j.indikator[0]).toEqual({
      kode: 'IK1',
      sasaran: 'Meningkatnya pelayanan informasi pasar kerja dan fasilitasi penempatan kerja bagi pencari kerja terdaftar',
      indikator: 'Jumlah pencari kerja ditempatkan melalui program AKL',
      satuan: 'orang',
      polaritas: 'positif',
      agregasi: 'kumulatif',
      target: 110,
      realisasi: 153,
      capaian: 139.09,
      kategori: 'Sangat Tinggi',
      kegiatan: 'K3',
    });
    expect(j.indikator.map((i: { capaian: number }) => i.capaian)).toEqual([139.09, 66.67, 205]);
    expect(j.anggaran.find((a: { kode: string }) => a.kode === 'K3')).toEqual({
      kode: 'K3',
      kegiatan: 'Pelayanan Antar Kerja di Daerah Kabupaten/Kota',
      sumberDana: 'DAU',
      pagu: 53955500,
      realisasi: 13600000,
      capaian: 25.21,
    });
    expect(j.efisiensi[0]).toEqual({ indikator: 'IK1', kegiatan: 'K3', capaianAnggaran: 25.21, capaianKinerja: 139.09, efisiensi: 113.88 });
  });
  it('TW 1 of the same workbook', async () => {
    const j = JSON.parse((await cli(['calc', '--tw', '1', '--format', 'json', SAMPLE])).stdout);
    expect(j.anggaran.find((a: { kode: string }) => a.kode === 'K3').capaian).toBe(6.3);
  });
  it('--format table and csv', async () => {
    const t = await cli(['calc', '--tw', '3', SAMPLE]);
    expect(t.stdout).toContain('139,09');
    expect(t.stdout).toContain('13.600.000');
    const c = await cli(['calc', '--tw', '3', '--format', 'csv', SAMPLE]);
    const lines = c.stdout.split('\n');
    expect(lines[0]).toBe('kode,indikator,satuan,polaritas,agregasi,target,realisasi,capaian,kategori,kegiatan,pagu,realisasi_anggaran,capaian_anggaran,efisiensi');
    expect(lines[1]).toBe('IK1,Jumlah pencari kerja ditempatkan melalui program AKL,orang,positif,kumulatif,110,153.00,139.09,Sangat Tinggi,K3,53955500,13600000,25.21,113.88');
  });
  it('pagu 0 is null in JSON', async () => {
    const dir = tempDir();
    const s = validSheets();
    s.Anggaran![1]![3] = 0;
    const file = await writeXlsx(join(dir, 'pagu0.xlsx'), s);
    const j = JSON.parse((await cli(['calc', '--tw', '4', '--format', 'json', file])).stdout);
    expect(j.anggaran[0].capaian).toBeNull();
    expect(j.efisiensi[1].efisiensi).toBeNull();
  });
  it('refuses an invalid workbook: exit 1, one line per error naming file and cell', async () => {
    const r = await cli(['calc', '--tw', '3', 'samples/invalid/type-error-target.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('samples/invalid/type-error-target.xlsx: Indikator!E4: Target harus berupa angka, ditemukan "seratus".');
    expect(r.stdout).toBe('');
    noStack(r.stderr);
  });
});

describe('lkj validate', () => {
  it('json for several files, exit 1 when one is invalid', async () => {
    const r = await cli(['validate', '--format', 'json', SAMPLE, 'samples/invalid/zero-target.xlsx']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.valid).toBe(false);
    expect(j.files.map((f: { valid: boolean }) => f.valid)).toEqual([true, false]);
    expect(j.files[1].errors[0]).toMatchObject({ code: 'zero-target', sheet: 'Indikator', cell: 'E3', value: '0' });
  });
  it('github annotations', async () => {
    const r = await cli(['validate', '--format', 'github', 'samples/invalid/type-error-target.xlsx']);
    expect(r.stdout).toContain('::error file=samples/invalid/type-error-target.xlsx,title=Indikator!E4::Target harus berupa angka');
  });
  it('text, grouped by sheet, without colours when not a terminal', async () => {
    const r = await cli(['validate', 'samples/invalid/unknown-column-realisai-tw1.xlsx']);
    expect(r.stdout).toContain('Sheet Indikator');
    expect(r.stdout).toContain('maksud Anda "Realisasi TW1"?');
    expect(r.stdout).not.toContain('\u001b[');
  });
  it('a path that does not exist or is a folder named like a workbook', async () => {
    const dir = tempDir();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'data.xlsx'));
    const r = await cli(['validate', 'tidak-ada.xlsx', join(dir, 'data.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Berkas tidak ditemukan.');
    expect(r.stdout).toContain('folder');
    noStack(r.stdout + r.stderr);
  });
});

describe('lkj generate (no browser needed)', () => {
  it('--format html writes one self-contained file with the figures', async () => {
    const out = tempDir();
    const r = await cli(['generate', '--tw', '3', '--format', 'html', '--out', out, SAMPLE]);
    expect(r.code).toBe(0);
    const path = join(out, 'LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja.html');
    expect(r.stdout).toBe(path);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('139,09');
    expect(html).toContain('113,88');
    expect(html).not.toContain('139,10');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(readdirSync(out)).toEqual(['LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja.html']);
  });
  it('an explicit browser that does not exist: exit 3, how to get one', async () => {
    const out = tempDir();
    const r = await cli(['generate', '--tw', '3', '--out', out, '--browser', '/tidak/ada/chromium', SAMPLE]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('tidak ditemukan');
    expect(readdirSync(out)).toEqual([]);
  });
  it('an output folder that cannot be created: exit 1, one clear line', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'berkas'), 'x');
    const r = await cli(['generate', '--tw', '3', '--format', 'html', '--out', join(dir, 'berkas', 'sub'), SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bukan folder');
    expect(r.stderr.split('\n')).toHaveLength(1);
  });
  it('an invalid workbook writes nothing', async () => {
    const out = tempDir();
    const r = await cli(['generate', '--tw', '3', '--out', out, 'samples/invalid/sum-mismatch-penempatan.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Indikator!J2');
    expect(existsSync(out) && readdirSync(out)).toEqual([]);
  });
});
