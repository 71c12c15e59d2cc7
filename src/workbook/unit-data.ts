/**
 * A unit's workbook content as plain data: the shape of the reference example that
 * `lkj init` shows (./reference-example.ts) and of the sample workbooks that
 * `npm run samples` writes (scripts/sample-data/). Columns follow the workbook contract.
 */
import type { SheetId } from '../model/sheet-specs.js';

/** An Excel error value as exceljs writes it. */
export type ExcelError = '#N/A' | '#REF!' | '#NAME?' | '#DIV/0!' | '#NULL!' | '#VALUE!' | '#NUM!';

/** A formula with its cached result (what Excel would have stored). */
export interface FormulaCell {
  formula: string;
  result: number | string | { error: ExcelError };
}

/** What one cell holds; `null` = blank cell. Dates are calendar dates at UTC midnight. */
export type CellInput = string | number | Date | FormulaCell | null;

export type Quarterly = [CellInput, CellInput, CellInput, CellInput];

export type Bagian =
  | 'Dasar'
  | 'Fungsi'
  | 'Substansi'
  | 'Penutup'
  // Extension 2: parts of the annual report.
  | 'Kata Pengantar'
  | 'Ikhtisar'
  | 'Latar Belakang'
  | 'Struktur Organisasi'
  | 'Isu Strategis'
  | 'Penutup Tahunan';

export interface AnggaranData {
  kode: string;
  kegiatan: string;
  sumberDana: string;
  pagu: CellInput;
  realisasi: Quarterly;
  /** Extension 2 (optional column). */
  program?: string;
}

export interface IndikatorData {
  kode: string;
  /** Blank = continues the sasaran of the row above. */
  sasaran: string | null;
  indikator: string;
  satuan: string;
  target: CellInput;
  polaritas: 'Positif' | 'Negatif';
  agregasi: 'Kumulatif' | 'Terakhir' | 'Rata-rata';
  kegiatan: string;
  realisasi: Quarterly;
  /** Extension 2 (optional columns, written only when some indicator has one of them). */
  targetTw?: Quarterly;
  standarNasional?: CellInput;
  program?: string;
}

/** Extension 2: the Renstra sheet, its year columns named by the years listed. */
export interface RenstraData {
  targetYears: number[];
  realisasiYears: number[];
  rows: { kode: string; kondisiAwal: CellInput; target: CellInput[]; realisasi: CellInput[]; targetAkhir: CellInput }[];
}

/** [Indikator, TW, Perusahaan, Jumlah, Keterangan] */
export type PenempatanData = [string, number, string, number, string | null];
/** [Indikator, TW, Uraian, Jumlah] */
export type RincianData = [string, number, string, number];
/** [Indikator, TW (null = every quarter, `Tahunan` = annual report only), Isi] */
export type AnalisisData = [string, number | 'Tahunan' | null, string];
/** [Kegiatan, TW (null = every quarter, `Tahunan` = annual report only), Rencana] */
export type TindakLanjutData = [string, number | 'Tahunan' | null, string];
/** [Program, Kegiatan, Sub Kegiatan, Pelaksana]; '' continues the cell above. */
export type ProgramData = [string, string, string, string];

export interface UnitData {
  /** [Kunci, Nilai] in sheet order. */
  identitas: [string, CellInput][];
  pendahuluan?: [Bagian, string][];
  program?: ProgramData[];
  anggaran: AnggaranData[];
  indikator: IndikatorData[];
  penempatan?: PenempatanData[];
  rincian?: RincianData[];
  analisis?: AnalisisData[];
  tindakLanjut?: TindakLanjutData[];
  /** [Batas Bawah, Kategori]; absent = default scale. */
  skala?: [number, string][];
  renstra?: RenstraData;
}

const blankToNull = (s: string | null | undefined): string | null => (s ? s : null);

/** Renstra headers in the order unitRows writes its cells. */
export function renstraHeaders(r: RenstraData): string[] {
  return ['Kode', 'Kondisi Awal', ...r.targetYears.map((y) => `Target ${y}`), ...r.realisasiYears.map((y) => `Realisasi ${y}`), 'Target Akhir'];
}

/**
 * The data rows of each sheet the unit has, cells in the contract's column order
 * (`SHEETS[id].columns`); sheets the unit leaves out are absent.
 */
export function unitRows(u: UnitData): Partial<Record<SheetId, CellInput[][]>> {
  const anggaranExt = u.anggaran.some((a) => a.program !== undefined);
  const indikatorExt = u.indikator.some((i) => i.targetTw !== undefined || i.standarNasional !== undefined || i.program !== undefined);
  return {
    identitas: u.identitas.map(([k, v]) => [k, v]),
    pendahuluan: u.pendahuluan?.map(([b, isi]) => [b, isi]),
    program: u.program?.map((r) => r.map(blankToNull)),
    // Extension 2 columns follow the quarterly ones, and only when the unit uses them.
    anggaran: u.anggaran.map((a) => [
      a.kode, a.kegiatan, a.sumberDana, a.pagu, ...a.realisasi,
      ...(anggaranExt ? [a.program ?? null] : []),
    ]),
    indikator: u.indikator.map((i) => [
      i.kode, i.sasaran, i.indikator, i.satuan, i.target, i.polaritas, i.agregasi, i.kegiatan, ...i.realisasi,
      ...(indikatorExt ? [...(i.targetTw ?? [null, null, null, null]), i.standarNasional ?? null, i.program ?? null] : []),
    ]),
    penempatan: u.penempatan?.map((r) => [...r]),
    rincian: u.rincian?.map((r) => [...r]),
    analisis: u.analisis?.map((r) => [...r]),
    tindakLanjut: u.tindakLanjut?.map((r) => [...r]),
    skala: u.skala?.map((r) => [...r]),
    renstra: u.renstra?.rows.map((r) => [r.kode, r.kondisiAwal, ...r.target, ...r.realisasi, r.targetAkhir]),
  };
}
