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

export type Bagian = 'Dasar' | 'Fungsi' | 'Substansi' | 'Penutup';

export interface AnggaranData {
  kode: string;
  kegiatan: string;
  sumberDana: string;
  pagu: CellInput;
  realisasi: Quarterly;
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
}

/** [Indikator, TW, Perusahaan, Jumlah, Keterangan] */
export type PenempatanData = [string, number, string, number, string | null];
/** [Indikator, TW, Uraian, Jumlah] */
export type RincianData = [string, number, string, number];
/** [Indikator, TW (null = every quarter), Isi] */
export type AnalisisData = [string, number | null, string];
/** [Kegiatan, TW (null = every quarter), Rencana] */
export type TindakLanjutData = [string, number | null, string];
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
}

const blankToNull = (s: string | null | undefined): string | null => (s ? s : null);

/**
 * The data rows of each sheet the unit has, cells in the contract's column order
 * (`SHEETS[id].columns`); sheets the unit leaves out are absent.
 */
export function unitRows(u: UnitData): Partial<Record<SheetId, CellInput[][]>> {
  return {
    identitas: u.identitas.map(([k, v]) => [k, v]),
    pendahuluan: u.pendahuluan?.map(([b, isi]) => [b, isi]),
    program: u.program?.map((r) => r.map(blankToNull)),
    anggaran: u.anggaran.map((a) => [a.kode, a.kegiatan, a.sumberDana, a.pagu, ...a.realisasi]),
    indikator: u.indikator.map((i) => [
      i.kode, i.sasaran, i.indikator, i.satuan, i.target, i.polaritas, i.agregasi, i.kegiatan, ...i.realisasi,
    ]),
    penempatan: u.penempatan?.map((r) => [...r]),
    rincian: u.rincian?.map((r) => [...r]),
    analisis: u.analisis?.map((r) => [...r]),
    tindakLanjut: u.tindakLanjut?.map((r) => [...r]),
    skala: u.skala?.map((r) => [...r]),
  };
}
