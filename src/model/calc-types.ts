import type { Decimal } from 'decimal.js';
import type { Agregasi, Polaritas, Quarterly, Tw } from './workbook-types.js';

/** One line of an indicator's realisation breakdown (a company, or a Rincian item). */
export interface BreakdownItem {
  source: 'penempatan' | 'rincian';
  /** Perusahaan or Uraian. */
  label: string;
  /** Penempatan.Keterangan, e.g. `Penyandang Disabilitas`. */
  keterangan: string | null;
  jumlah: Decimal;
}

export interface IndikatorResult {
  kode: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: Polaritas;
  agregasi: Agregasi;
  kegiatan: string;
  target: Decimal;
  /** Effective realisation per quarter (cell, else breakdown sum, else null). */
  quarters: Quarterly;
  /** Aggregated up to TW N and rounded to 2 decimals as printed; null when nothing was filled. */
  realisasi: Decimal | null;
  capaian: Decimal | null;
  kategori: string | null;
  /**
   * No realisation up to TW N at all (every cell blank, no Penempatan/Rincian row):
   * realisasi, capaian, kategori and efisiensi are null, and counts and charts leave it out.
   */
  belumDapatDiukur: boolean;
  /** Summed over the quarters that make up `realisasi`, in order of first appearance. */
  breakdown: BreakdownItem[];
}

export interface AnggaranResult {
  kode: string;
  kegiatan: string;
  sumberDana: string;
  pagu: Decimal;
  /** Spending TW1..TW N (blank quarters count as 0). */
  realisasi: Decimal;
  /** null when pagu is 0. */
  capaian: Decimal | null;
}

export interface EfisiensiResult {
  indikator: string;
  kegiatan: string;
  capaianAnggaran: Decimal | null;
  capaianKinerja: Decimal | null;
  /** capaianKinerja − capaianAnggaran on the printed figures; null if either is missing. */
  efisiensi: Decimal | null;
}

export interface CalcResult {
  tahun: number;
  tw: Tw;
  unitKerja: string;
  indikator: IndikatorResult[];
  anggaran: AnggaranResult[];
  efisiensi: EfisiensiResult[];
}
