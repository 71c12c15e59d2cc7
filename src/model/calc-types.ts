import type { Decimal } from 'decimal.js';
import type { Agregasi, Polaritas, Quarterly, StandarNasional, Tw } from './workbook-types.js';

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
  /**
   * Extension 2: target s.d. TW N from `Target TWn`, aggregated with the indicator's Agregasi
   * exactly like realisasi, rounded as printed; null when the indicator has no quarter targets
   * (or, for Terakhir/Rata-rata, none filled up to TW N).
   */
  targetTw: Decimal | null;
  /** Realisasi s.d. TW N against targetTw (same formulas); null when either is missing or targetTw is 0 with positive polarity. */
  capaianTargetTw: Decimal | null;
  /** Does the indicator have quarter targets at all (any `Target TWn` filled)? */
  hasTargetTw: boolean;
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
  /** Extension 2: pagu − realisasi s.d. TW N (negative when spending exceeds pagu). */
  sisa: Decimal;
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

/** One past year of an indicator, from the Renstra sheet. */
export interface RiwayatTahun {
  tahun: number;
  target: Decimal | null;
  realisasi: Decimal | null;
  /** null (printed `-`) when the year lacks its target or realisation. */
  capaian: Decimal | null;
}

/** Change of the annual realisation against last year's (Renstra `Realisasi <Tahun−1>`). */
export interface Perubahan {
  /** R(Tahun) − R(Tahun−1), rounded as printed. */
  selisih: Decimal;
  /** selisih / R(Tahun−1) × 100; null when last year's realisation is 0. */
  persen: Decimal | null;
}

/** An indicator's annual figures: the TW 4 figures plus the Renstra comparison. */
export interface IndikatorTahunan extends IndikatorResult {
  /** Renstra `Target Akhir` (default: the target of the highest year); null without a Renstra row. */
  targetAkhir: Decimal | null;
  capaianTargetAkhir: Decimal | null;
  /** Past years (before Tahun) from Renstra, ascending. */
  riwayat: RiwayatTahun[];
  /** null when either year's realisation is unknown or not measurable. */
  perubahan: Perubahan | null;
  standarNasional: StandarNasional | null;
}

/** Counts and totals for the Ikhtisar. */
export interface Ringkasan {
  /** Every indicator, measurable or not. */
  jumlahIndikator: number;
  belumDapatDiukur: number;
  /** Measurable indicators per kategori, every kategori of the scale listed (highest first), 0 included. */
  perKategori: Record<string, number>;
  /** Measurable indicators with capaian ≥ 100. */
  capaianMin100: number;
  pagu: Decimal;
  realisasi: Decimal;
  /** From the totals (not a mean of percentages); null when the total pagu is 0. */
  capaianAnggaran: Decimal | null;
}

/** `computeTahunan`: the year's figures (TW 4) with the annual extras. */
export interface TahunanResult extends CalcResult {
  tw: 4;
  indikator: IndikatorTahunan[];
  ringkasan: Ringkasan;
}
