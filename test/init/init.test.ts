import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_INIT_FILE, initCommand } from '../../src/commands/init.js';
import { UsageError, UserError } from '../../src/model/errors.js';
import { IDENTITAS_KEYS, SHEETS, type SheetSpec } from '../../src/model/sheet-specs.js';
import { validateFile } from '../../src/validate/validate-file.js';
import { columnLetter } from '../../src/workbook/raw-workbook.js';
import { buildTemplateWorkbook, PETUNJUK_SHEET, TEMPLATE_RENSTRA, TEMPLATE_ROWS } from '../../src/workbook/write-template-workbook.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'lkj-'));
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function initFile(name = DEFAULT_INIT_FILE): Promise<string> {
  const file = join(dir, name);
  const r = await initCommand({ file, force: false });
  expect(r.path).toBe(file);
  return file;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Column letter of a contract column, from the spec (not hard-coded). */
function col(spec: SheetSpec, key: string): string {
  const i = spec.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return columnLetter(i + 1);
}

function texts(ws: ExcelJS.Worksheet): string {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value ?? ''))));
  return out.join('\n');
}


/** Problems other than `example-unchanged` (which an untouched template rightly gets). */
const notExample = <P extends { code: string }>(ps: P[]): P[] => ps.filter((p) => p.code !== 'example-unchanged');
describe('lkj init', () => {
  it('has the default file name lkj-buku-kerja.xlsx', () => {
    expect(DEFAULT_INIT_FILE).toBe('lkj-buku-kerja.xlsx');
  });

  it('writes an .xlsx workbook', async () => {
    const file = await initFile();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // No temporary file left behind.
    expect(fs.readdirSync(dir)).toEqual([DEFAULT_INIT_FILE]);
  });

  it('validates with no errors, and no warnings but that its examples are unchanged, without --tw and for TW1..TW3', async () => {
    const file = await initFile();
    for (const tw of [undefined, 1, 2, 3] as const) {
      const v = await validateFile(file, tw === undefined ? {} : { tw });
      expect(notExample(v.problems), `tw=${tw}`).toEqual([]);
      // The contract's plausibility rule: the example rows left unchanged are a warning.
      expect(v.problems.map((p) => `${p.severity} ${p.code}`)).toContain('warning example-unchanged');
      expect(v.workbook).not.toBeNull();
    }
  });

  it('for TW4 warns exactly about the blank TW4 realisations (the example is the TW III report)', async () => {
    const file = await initFile();
    const v = await validateFile(file, { tw: 4 });
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const warnings = notExample(v.problems).map((p) => `${p.severity} ${p.code} ${p.sheet}!${p.cell}`).sort();
    const anggaran = col(SHEETS.anggaran, 'realisasiTw4');
    const indikator = col(SHEETS.indikator, 'realisasiTw4');
    expect(warnings).toEqual(
      [
        ...[2, 3, 4].map((r) => `warning blank-realisasi Anggaran!${anggaran}${r}`),
        ...[2, 3, 4].map((r) => `warning blank-realisasi Indikator!${indikator}${r}`),
      ].sort(),
    );
  });

  it('holds consistent example data from the reference report', async () => {
    const v = await validateFile(await initFile());
    const wb = v.workbook!;
    expect(wb.identitas.pemerintah).toBe('Pemerintah Kabupaten Lumajang');
    expect(wb.identitas.nipPejabat).toBe('19690111 200212 2 004');
    expect(wb.identitas.logo).toBeNull();
    expect(wb.identitas.tanggalLaporan).toEqual({});
    expect(wb.anggaran.map((a) => a.kode)).toEqual(['K1', 'K2', 'K3']);
    expect(wb.indikator.map((i) => [i.kode, i.kegiatan])).toEqual([
      ['IK1', 'K3'],
      ['IK2', 'K1'],
      ['IK3', 'K2'],
    ]);
    // IK1 and IK3 realisations come from Penempatan / Rincian: 153 and 410 people up to TW III.
    const ik1 = wb.indikator.find((i) => i.kode === 'IK1')!;
    expect(ik1.realisasi.every((r) => r === null)).toBe(true);
    const sum = (rows: { indikator: string; jumlah: { toNumber(): number } }[], kode: string) =>
      rows.filter((r) => r.indikator === kode).reduce((s, r) => s + r.jumlah.toNumber(), 0);
    expect(sum(wb.penempatan, 'IK1')).toBe(153);
    expect(sum(wb.rincian, 'IK3')).toBe(410);
    expect(wb.skala.map((s) => [s.batasBawah.toNumber(), s.kategori])).toEqual([
      [91, 'Sangat Tinggi'],
      [76, 'Tinggi'],
      [66, 'Sedang'],
      [51, 'Rendah'],
      [0, 'Sangat Rendah'],
    ]);
  });

  it('has Petunjuk first, then every contract sheet with its headers, styled and frozen', async () => {
    const wb = await load(await initFile());
    expect(wb.creator).toBe('lkj');
    expect(wb.worksheets.map((w) => w.name)).toEqual([PETUNJUK_SHEET, ...Object.values(SHEETS).map((s) => s.name)]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]?.state, ws.name).toBe('frozen');
      expect((ws.views[0] as { ySplit?: number }).ySplit, ws.name).toBe(1);
      const header = ws.getRow(1);
      header.eachCell((cell) => {
        expect(cell.font?.bold, `${ws.name}!${cell.address}`).toBe(true);
        expect(cell.fill, `${ws.name}!${cell.address}`).toMatchObject({ type: 'pattern', pattern: 'solid' });
        expect(cell.border?.bottom?.style, `${ws.name}!${cell.address}`).toBe('thin');
      });
    }
    for (const contract of Object.values(SHEETS)) {
      // Renstra: the contract's fixed columns with year columns (Target/Realisasi <yyyy>) between them.
      const spec = contract.id === 'renstra' ? TEMPLATE_RENSTRA : contract;
      const ws = sheet(wb, spec.name);
      const headers = spec.columns.map((_, i) => ws.getRow(1).getCell(i + 1).value);
      expect(headers, spec.name).toEqual(spec.columns.map((c) => c.header));
      for (let i = 1; i <= spec.columns.length; i++) expect(ws.getColumn(i).width, `${spec.name} col ${i}`).toBeGreaterThan(4);
    }
  });

  it('lists every Identitas key, with Logo and the Tanggal Laporan values left empty', async () => {
    const ws = sheet(await load(await initFile()), SHEETS.identitas.name);
    const kunci = col(SHEETS.identitas, 'kunci');
    const nilai = col(SHEETS.identitas, 'nilai');
    const labels = IDENTITAS_KEYS.map((_, i) => ws.getCell(`${kunci}${i + 2}`).value);
    expect(labels).toEqual(IDENTITAS_KEYS.map((k) => k.label));
    IDENTITAS_KEYS.forEach((k, i) => {
      const value = ws.getCell(`${nilai}${i + 2}`).value;
      // Logo, dates and the annual-report keys (Extension 2) are left to the unit.
      const blank = ['logo', 'judulLaporanTahunan', 'tanggalPk', 'baganOrganisasi'].includes(k.key) || k.key.startsWith('tanggalLaporan');
      if (blank) expect(value, k.label).toBeNull();
      else expect(value, k.label).not.toBeNull();
    });
    // NIP cells are Text so that typed digits stay 18 digits.
    const nipRow = IDENTITAS_KEYS.findIndex((k) => k.key === 'nipPejabat') + 2;
    expect(ws.getCell(`${nilai}${nipRow}`).numFmt).toBe('@');
  });

  it('has drop-down lists and number checks on whole column ranges', async () => {
    const wb = await load(await initFile());
    const dv = (spec: SheetSpec, key: string, row: number) => sheet(wb, spec.name).getCell(`${col(spec, key)}${row}`).dataValidation;
    const list = (formula: string) => ({ type: 'list', allowBlank: true, showErrorMessage: true, formulae: [formula] });

    for (const row of [2, 3, 100, TEMPLATE_ROWS]) {
      expect(dv(SHEETS.indikator, 'polaritas', row)).toMatchObject(list('"Positif,Negatif"'));
      expect(dv(SHEETS.indikator, 'agregasi', row)).toMatchObject(list('"Kumulatif,Terakhir,Rata-rata"'));
      expect(dv(SHEETS.indikator, 'kegiatan', row)).toMatchObject(list(`'Anggaran'!$A$2:$A$${TEMPLATE_ROWS}`));
    }
    expect(dv(SHEETS.indikator, 'polaritas', 2)?.error).toBeTruthy();
    expect(dv(SHEETS.indikator, 'polaritas', 2)?.errorTitle).toBeTruthy();
    expect(col(SHEETS.anggaran, 'kode')).toBe('A');
    expect(col(SHEETS.indikator, 'kode')).toBe('A');

    const indikatorKode = list(`'Indikator'!$A$2:$A$${TEMPLATE_ROWS}`);
    expect(dv(SHEETS.penempatan, 'indikator', 2)).toMatchObject(indikatorKode);
    expect(dv(SHEETS.rincian, 'indikator', 2)).toMatchObject(indikatorKode);
    expect(dv(SHEETS.analisis, 'indikator', 2)).toMatchObject(indikatorKode);
    expect(dv(SHEETS.tindakLanjut, 'kegiatan', 2)).toMatchObject(list(`'Anggaran'!$A$2:$A$${TEMPLATE_ROWS}`));
    for (const spec of [SHEETS.penempatan, SHEETS.rincian]) {
      expect(dv(spec, 'tw', 7), spec.name).toMatchObject(list('"1,2,3,4"'));
    }
    // Analisis and Tindak Lanjut rows may belong to the annual report only.
    for (const spec of [SHEETS.analisis, SHEETS.tindakLanjut]) {
      expect(dv(spec, 'tw', 7), spec.name).toMatchObject(list('"1,2,3,4,Tahunan"'));
    }
    expect(dv(SHEETS.pendahuluan, 'bagian', 2)).toMatchObject(
      list('"Dasar,Fungsi,Substansi,Penutup,Kata Pengantar,Ikhtisar,Latar Belakang,Struktur Organisasi,Isu Strategis,Penutup Tahunan"'),
    );
    for (const key of ['targetTw1', 'targetTw4']) expect(dv(SHEETS.indikator, key, 2), key).toMatchObject({ type: 'decimal', formulae: [0] });

    const nonNegative = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
    for (const key of ['pagu', 'realisasiTw1', 'realisasiTw4']) expect(dv(SHEETS.anggaran, key, 2), key).toMatchObject(nonNegative);
    expect(dv(SHEETS.indikator, 'target', 2)).toMatchObject(nonNegative);
    expect(dv(SHEETS.penempatan, 'jumlah', 2)).toMatchObject(nonNegative);
    expect(dv(SHEETS.rincian, 'jumlah', 2)).toMatchObject(nonNegative);

    // Beyond the template rows: nothing.
    expect(dv(SHEETS.indikator, 'polaritas', TEMPLATE_ROWS + 1)).toBeUndefined();
    // Free-text columns have none.
    expect(dv(SHEETS.indikator, 'indikatorKinerja', 2)).toBeUndefined();

    const identitas = sheet(wb, SHEETS.identitas.name);
    const sebutanRow = IDENTITAS_KEYS.findIndex((k) => k.key === 'sebutanPeriode') + 2;
    expect(identitas.getCell(`${col(SHEETS.identitas, 'nilai')}${sebutanRow}`).dataValidation).toMatchObject(list('"Triwulan,Tribulan"'));
  });

  it('shows money and counts with thousands separators', async () => {
    const wb = await load(await initFile());
    const cell = (spec: SheetSpec, key: string, row: number) => sheet(wb, spec.name).getCell(`${col(spec, key)}${row}`);
    expect(cell(SHEETS.anggaran, 'pagu', 2).numFmt).toBe('#,##0');
    expect(cell(SHEETS.anggaran, 'pagu', 2).value).toBe(182244000);
    expect(cell(SHEETS.anggaran, 'realisasiTw3', 4).numFmt).toBe('#,##0');
    expect(cell(SHEETS.penempatan, 'jumlah', 2).numFmt).toBe('#,##0');
    expect(cell(SHEETS.rincian, 'jumlah', 2).numFmt).toBe('#,##0');
    // Column style, so that new rows get it too.
    expect(sheet(wb, SHEETS.anggaran.name).getColumn(col(SHEETS.anggaran, 'pagu')).numFmt).toBe('#,##0');
  });

  it('explains every sheet, column and Identitas key in Petunjuk', async () => {
    const wb = await load(await initFile());
    const petunjuk = sheet(wb, PETUNJUK_SHEET);
    const all = texts(petunjuk);
    for (const spec of Object.values(SHEETS)) {
      expect(all, spec.name).toContain(spec.name);
      for (const c of spec.columns) {
        const rows: string[] = [];
        petunjuk.eachRow((row) => {
          if (row.getCell(1).value === spec.name && row.getCell(2).value === c.header) rows.push(String(row.getCell(4).value));
        });
        expect(rows, `${spec.name}.${c.header}`).toHaveLength(1);
        expect(rows[0]!.length, `${spec.name}.${c.header}`).toBeGreaterThan(10);
      }
    }
    for (const k of IDENTITAS_KEYS) expect(all, k.label).toContain(k.label);
    for (const phrase of [
      'lkj validate --tw 3 file.xlsx',
      'lkj generate --tw 3 file.xlsx',
      'TIDAK kumulatif',
      'Positif',
      'Negatif',
      'Kumulatif',
      'Terakhir',
      'Rata-rata',
      '19690111 200212 2 004',
      '91 Sangat Tinggi, 76 Tinggi, 66 Sedang, 51 Rendah, 0 Sangat Rendah',
      'Penempatan atau Rincian',
    ]) {
      expect(all, phrase).toContain(phrase);
    }
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const file = join(dir, 'data.xlsx');
    fs.writeFileSync(file, 'punya saya');
    const err = await initCommand({ file, force: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err).not.toBeInstanceOf(UsageError);
    expect((err as UserError).exitCode).toBe(1);
    expect((err as UserError).message).toBe(`Berkas "${file}" sudah ada; pakai --force untuk menimpanya.`);
    expect(fs.readFileSync(file, 'utf8')).toBe('punya saya');
  });

  it('overwrites an existing file with --force', async () => {
    const file = join(dir, 'data.xlsx');
    fs.writeFileSync(file, 'punya saya');
    await expect(initCommand({ file, force: true })).resolves.toEqual({ path: file });
    const v = await validateFile(file);
    expect(notExample(v.problems)).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['data.xlsx']);
  });

  it('refuses a name that does not end in .xlsx (usage error, exit 2)', async () => {
    for (const name of ['data.xls', 'data.csv', 'data', 'data.xlsx.bak']) {
      const file = join(dir, name);
      const err = await initCommand({ file, force: true }).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(UsageError);
      expect((err as UsageError).exitCode).toBe(2);
      expect(fs.existsSync(file), name).toBe(false);
    }
    // Upper case extension is fine.
    await expect(initCommand({ file: join(dir, 'DATA.XLSX'), force: false })).resolves.toBeTruthy();
  });

  it('refuses a folder named like a workbook, even with --force', async () => {
    const folder = join(dir, 'folder.xlsx');
    fs.mkdirSync(folder);
    for (const force of [false, true]) {
      const err = await initCommand({ file: folder, force }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toContain('folder');
    }
  });

  it('creates missing parent folders', async () => {
    const file = join(dir, 'a', 'b', 'data.xlsx');
    await initCommand({ file, force: false });
    expect(fs.existsSync(file)).toBe(true);
  });

  it('gives identical bytes every time, whatever the clock says', async () => {
    const first = await initFile('satu.xlsx');
    const second = await initFile('dua.xlsx');
    expect(fs.readFileSync(first).equals(fs.readFileSync(second))).toBe(true);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T13:37:42Z'));
    const later = Buffer.from(await buildTemplateWorkbook());
    vi.useRealTimers();
    expect(later.equals(fs.readFileSync(first))).toBe(true);
  });
});
