/**
 * (Re)builds the sample workbooks under samples/ (run: `npm run samples`).
 *
 *   samples/bidang-penempatan.xlsx            the reference report's data (LKj Tribulan III 2023)
 *   samples/bidang-pelatihan-produktivitas.xlsx, bidang-hubungan-industrial.xlsx,
 *   samples/sekretariat.xlsx, dinkes-bidang-p2p.xlsx   more valid units
 *   samples/invalid/*.xlsx + expected.json    one defect each, with the problems expected
 *
 * Output is deterministic: fixed document properties and fixed zip entry dates, so a
 * rerun rewrites byte-identical files. The data lives in scripts/sample-data/.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

import { bidangHubunganIndustrial } from './sample-data/bidang-hubungan-industrial.js';
import { bidangPelatihan } from './sample-data/bidang-pelatihan.js';
import { bidangPenempatan } from './sample-data/bidang-penempatan.js';
import { dinkesBidangP2p } from './sample-data/dinkes-bidang-p2p.js';
import { invalidCases, type Expected } from './sample-data/invalid.js';
import { sekretariat } from './sample-data/sekretariat.js';
import { unitSheets } from './sample-data/sheets.js';
import type { CellInput, SheetData, UnitData } from './sample-data/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples');
const INVALID = path.join(SAMPLES, 'invalid');

/** Fixed timestamp for document properties and zip entries. */
const FIXED_DATE_MS = Date.UTC(2023, 0, 2, 0, 0, 0);

const VALID: [string, UnitData][] = [
  ['bidang-penempatan.xlsx', bidangPenempatan],
  ['bidang-pelatihan-produktivitas.xlsx', bidangPelatihan],
  ['bidang-hubungan-industrial.xlsx', bidangHubunganIndustrial],
  ['sekretariat.xlsx', sekretariat],
  ['dinkes-bidang-p2p.xlsx', dinkesBidangP2p],
];

// ---------------------------------------------------------------------------
// Layout

const WIDTHS: Record<string, number> = {
  Kunci: 24,
  Nilai: 60,
  Bagian: 12,
  Isi: 110,
  Program: 32,
  Kegiatan: 45,
  'Sub Kegiatan': 50,
  Pelaksana: 50,
  Kode: 8,
  'Sumber Dana': 13,
  Pagu: 16,
  Sasaran: 45,
  'Indikator Kinerja': 55,
  Satuan: 14,
  Target: 10,
  Polaritas: 11,
  Agregasi: 11,
  Indikator: 11,
  TW: 5,
  Perusahaan: 28,
  Jumlah: 9,
  Keterangan: 24,
  Uraian: 80,
  Rencana: 110,
  'Batas Bawah': 13,
  Kategori: 22,
};
const WRAP = new Set(['Isi', 'Rencana', 'Uraian', 'Sasaran', 'Indikator Kinerja', 'Kegiatan', 'Sub Kegiatan', 'Pelaksana', 'Program']);
const MONEY_SHEETS = new Set(['Anggaran']);
const MONEY_COLUMNS = new Set(['Pagu', 'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4']);

function widthOf(header: string): number {
  if (header.startsWith('Realisasi')) return 15;
  return WIDTHS[header] ?? 18;
}

function toExcel(v: CellInput): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object' && !(v instanceof Date)) return { formula: v.formula, result: v.result };
  return v;
}

function addSheet(wb: ExcelJS.Workbook, sheet: SheetData): void {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.addRow(sheet.header);
  header.font = { bold: true };
  for (const r of sheet.rows) ws.addRow(r.map(toExcel));
  sheet.header.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    col.width = widthOf(h);
    if (WRAP.has(h)) col.alignment = { wrapText: true, vertical: 'top' };
    if (MONEY_SHEETS.has(sheet.name) && MONEY_COLUMNS.has(h)) col.numFmt = '#,##0';
  });
  // Dates (Identitas Tanggal Laporan) shown as dates.
  ws.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'd mmmm yyyy';
    });
  });
  // Header cells keep the bold font even where a column style was set afterwards.
  header.eachCell((cell) => {
    cell.font = { bold: true };
  });
}

/**
 * Runs `fn` with `new Date()` / `Date.now()` pinned, so that JSZip (inside exceljs)
 * stamps every zip entry with the same date and reruns give byte-identical files.
 */
async function withFixedClock<T>(fn: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(FIXED_DATE_MS);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return FIXED_DATE_MS;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return await fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

async function writeWorkbook(file: string, sheets: SheetData[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lkj';
  wb.lastModifiedBy = 'lkj';
  wb.created = new Date(FIXED_DATE_MS);
  wb.modified = new Date(FIXED_DATE_MS);
  for (const s of sheets) addSheet(wb, s);
  const buf = await withFixedClock(() => wb.xlsx.writeBuffer());
  await writeFile(file, Buffer.from(buf as ArrayBuffer));
}

function describe(sheets: SheetData[]): string {
  return sheets.map((s) => `${s.name} ${s.rows.length}`).join(', ');
}

const rel = (f: string): string => path.relative(ROOT, f);

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  await mkdir(INVALID, { recursive: true });

  for (const [name, unit] of VALID) {
    const file = path.join(SAMPLES, name);
    const sheets = unitSheets(unit);
    await writeWorkbook(file, sheets);
    console.log(`wrote ${rel(file)}  (${describe(sheets)})`);
  }

  const cases = invalidCases();
  const names = new Set(cases.map((c) => c.file));
  if (names.size !== cases.length) throw new Error('duplicate invalid sample name');

  // Remove workbooks left over from earlier runs under other names.
  for (const f of await readdir(INVALID)) {
    if (f.endsWith('.xlsx') && !names.has(f)) {
      await rm(path.join(INVALID, f));
      console.log(`removed stale ${rel(path.join(INVALID, f))}`);
    }
  }

  const expected: Record<string, Expected> = {};
  for (const c of cases) {
    const file = path.join(INVALID, c.file);
    if (Buffer.isBuffer(c.content)) await writeFile(file, c.content);
    else await writeWorkbook(file, c.content);
    expected[c.file] = c.expected;
    const codes = [...c.expected.errors, ...c.expected.warnings]
      .map((p) => `${p.code}${p.sheet ? ` ${p.sheet}${p.cell ? `!${p.cell}` : ''}` : ''}`)
      .join('; ');
    console.log(`wrote ${rel(file)}  ${c.about} => exit ${c.expected.exit}${codes ? `: ${codes}` : ''}`);
  }

  const expectedFile = path.join(INVALID, 'expected.json');
  await writeFile(expectedFile, `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`wrote ${rel(expectedFile)}  (${cases.length} files)`);
}

await main();
