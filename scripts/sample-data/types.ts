/**
 * Plain data shapes for the sample workbooks (see docs/buku-kerja.md).
 * Every sample is first described as `UnitData`, turned into `SheetData` (header row +
 * data rows, in contract column order) and only then written with exceljs, so that the
 * invalid variants can be made by editing cells at known A1 addresses.
 */

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

/** One worksheet: header row (row 1) and data rows (row 2 on). */
export interface SheetData {
  name: string;
  header: string[];
  rows: CellInput[][];
}

/** Identitas block shared by the Dinas Tenaga Kerja samples. */
export const DISNAKER_LUMAJANG = {
  pemerintah: 'Pemerintah Kabupaten Lumajang',
  perangkatDaerah: 'Dinas Tenaga Kerja',
  alamat: 'Jl. Veteran No. 53 Telp (0334) 881546',
  kota: 'Lumajang',
  jabatanAtasan: 'Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang',
  namaAtasan: 'Ir. PAIMAN',
  nipAtasan: '19670606 199202 1 001',
} as const;
