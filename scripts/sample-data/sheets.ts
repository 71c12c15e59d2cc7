import { SHEETS } from '../../src/model/sheet-specs.js';
import { renstraHeaders, unitRows } from '../../src/workbook/unit-data.js';
import type { CellInput, SheetData, UnitData } from './types.js';

/** Column headers exactly as the workbook contract names them, in contract order. */
export const HEADERS = {
  Identitas: ['Kunci', 'Nilai'],
  Pendahuluan: ['Bagian', 'Isi'],
  Program: ['Program', 'Kegiatan', 'Sub Kegiatan', 'Pelaksana'],
  Anggaran: [
    'Kode', 'Kegiatan', 'Sumber Dana', 'Pagu',
    'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4',
  ],
  Indikator: [
    'Kode', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Polaritas', 'Agregasi', 'Kegiatan',
    'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4',
  ],
  Penempatan: ['Indikator', 'TW', 'Perusahaan', 'Jumlah', 'Keterangan'],
  Rincian: ['Indikator', 'TW', 'Uraian', 'Jumlah'],
  Analisis: ['Indikator', 'TW', 'Isi'],
  'Tindak Lanjut': ['Kegiatan', 'TW', 'Rencana'],
  Skala: ['Batas Bawah', 'Kategori'],
} as const satisfies Record<string, readonly string[]>;

/** Turns a unit's data into worksheets in the contract's sheet and column order. */
export function unitSheets(u: UnitData): SheetData[] {
  const rows = unitRows(u);
  return Object.values(SHEETS).flatMap((spec) => {
    const r = rows[spec.id];
    if (!r) return [];
    if (spec.id === 'renstra') return u.renstra ? [{ name: spec.name, header: renstraHeaders(u.renstra), rows: r }] : [];
    // Extension 2 columns (after the quarterly ones) only when the unit's rows carry them.
    const base: string[] = [...HEADERS[spec.name as keyof typeof HEADERS]];
    const width = Math.max(base.length, ...r.map((row) => row.length));
    const header = width > base.length ? [...base, ...spec.columns.slice(base.length, width).map((c) => c.header)] : base;
    return [{ name: spec.name, header, rows: r }];
  });
}

// ---------------------------------------------------------------------------
// Cell addressing helpers (row 1 = header row, data row i = worksheet row i + 2)

export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseAddress(addr: string): { col0: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m || !m[1] || !m[2]) throw new Error(`bad address ${addr}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col0: col - 1, row: Number(m[2]) };
}

export function sheetOf(sheets: SheetData[], name: string): SheetData {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function columnIndex(sheet: SheetData, header: string): number {
  const i = sheet.header.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return i;
}

/**
 * A1 address of the cell in column `header` of the first data row whose first
 * column equals `key` (Kode / Kunci / Indikator ...), or of data row `key` (0-based).
 */
export function cellAddress(sheets: SheetData[], sheetName: string, key: string | number, header: string): string {
  const sheet = sheetOf(sheets, sheetName);
  const rowIdx = typeof key === 'number' ? key : sheet.rows.findIndex((r) => r[0] === key);
  if (rowIdx < 0 || rowIdx >= sheet.rows.length) throw new Error(`no row ${key} in ${sheetName}`);
  return `${columnLetter(columnIndex(sheet, header))}${rowIdx + 2}`;
}

/** A1 address of a header cell. */
export function headerAddress(sheets: SheetData[], sheetName: string, header: string): string {
  return `${columnLetter(columnIndex(sheetOf(sheets, sheetName), header))}1`;
}

/** Sets one cell by A1 address (row 1 = header text). Returns the address. */
export function setCell(sheets: SheetData[], sheetName: string, addr: string, value: CellInput): string {
  const sheet = sheetOf(sheets, sheetName);
  const { col0, row } = parseAddress(addr);
  if (row === 1) {
    if (typeof value !== 'string') throw new Error('header must be text');
    sheet.header[col0] = value;
    return addr;
  }
  const r = sheet.rows[row - 2];
  if (!r) throw new Error(`no row ${row} in ${sheetName}`);
  while (r.length <= col0) r.push(null);
  r[col0] = value;
  return addr;
}

export function getCell(sheets: SheetData[], sheetName: string, addr: string): CellInput {
  const { col0, row } = parseAddress(addr);
  const sheet = sheetOf(sheets, sheetName);
  if (row === 1) return sheet.header[col0] ?? null;
  return sheet.rows[row - 2]?.[col0] ?? null;
}

export function removeSheet(sheets: SheetData[], name: string): void {
  const i = sheets.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`no sheet ${name}`);
  sheets.splice(i, 1);
}

export function removeColumn(sheets: SheetData[], sheetName: string, header: string): void {
  const sheet = sheetOf(sheets, sheetName);
  const i = columnIndex(sheet, header);
  sheet.header.splice(i, 1);
  for (const r of sheet.rows) r.splice(i, 1);
}

/** Removes the data row whose first column equals `key`. */
export function removeRow(sheets: SheetData[], sheetName: string, key: string): void {
  const sheet = sheetOf(sheets, sheetName);
  const i = sheet.rows.findIndex((r) => r[0] === key);
  if (i < 0) throw new Error(`no row ${key} in ${sheetName}`);
  sheet.rows.splice(i, 1);
}

/** Appends a data row; returns its worksheet row number. */
export function appendRow(sheets: SheetData[], sheetName: string, row: CellInput[]): number {
  const sheet = sheetOf(sheets, sheetName);
  sheet.rows.push(row);
  return sheet.rows.length + 1;
}
