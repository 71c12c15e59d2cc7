import type { Decimal } from 'decimal.js';

/** Quarter number (triwulan). */
export type Tw = 1 | 2 | 3 | 4;
export const TWS: readonly Tw[] = [1, 2, 3, 4];

export type Polaritas = 'positif' | 'negatif';
export type Agregasi = 'kumulatif' | 'terakhir' | 'rata-rata';

/** Quarterly values TW1..TW4; null = cell left blank. */
export type Quarterly = [Decimal | null, Decimal | null, Decimal | null, Decimal | null];

export interface Identitas {
  tahun: number;
  pemerintah: string;
  perangkatDaerah: string;
  unitKerja: string;
  jabatan: string;
  jenjangJabatan: string | null;
  alamat: string | null;
  kota: string;
  namaPejabat: string;
  nipPejabat: string;
  jabatanAtasan: string | null;
  namaAtasan: string | null;
  nipAtasan: string | null;
  /** Path as written in the workbook (relative to the workbook). */
  logo: string | null;
  sebutanPeriode: 'Triwulan' | 'Tribulan';
  /** Signing date per quarter, as calendar dates (no time zone games). */
  tanggalLaporan: Partial<Record<Tw, CalendarDate>>;
}

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

export type BagianPendahuluan = 'dasar' | 'fungsi' | 'substansi' | 'penutup';

export interface PendahuluanRow {
  bagian: BagianPendahuluan;
  isi: string;
}

export interface ProgramRow {
  program: string;
  kegiatan: string;
  subKegiatan: string;
  pelaksana: string;
  /** True where the Program cell was blank and continues the row above. */
  continuesProgram: boolean;
  continuesKegiatan: boolean;
}

export interface AnggaranRow {
  kode: string;
  kegiatan: string;
  sumberDana: string;
  pagu: Decimal;
  realisasi: Quarterly;
  /** 1-based worksheet row, for messages. */
  row: number;
}

export interface IndikatorRow {
  kode: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  target: Decimal;
  polaritas: Polaritas;
  agregasi: Agregasi;
  kegiatan: string;
  realisasi: Quarterly;
  row: number;
}

export interface PenempatanRow {
  indikator: string;
  tw: Tw;
  perusahaan: string;
  jumlah: Decimal;
  keterangan: string | null;
  row: number;
}

export interface RincianRow {
  indikator: string;
  tw: Tw;
  uraian: string;
  jumlah: Decimal;
  row: number;
}

export interface AnalisisRow {
  indikator: string;
  /** null = every quarter */
  tw: Tw | null;
  isi: string;
}

export interface TindakLanjutRow {
  kegiatan: string;
  tw: Tw | null;
  rencana: string;
}

export interface SkalaRow {
  batasBawah: Decimal;
  kategori: string;
}

/** A workbook after reading and validation: every value typed, every rule checked. */
export interface Workbook {
  /** Path of the workbook file as given. */
  file: string;
  identitas: Identitas;
  pendahuluan: PendahuluanRow[];
  program: ProgramRow[];
  anggaran: AnggaranRow[];
  indikator: IndikatorRow[];
  penempatan: PenempatanRow[];
  rincian: RincianRow[];
  analisis: AnalisisRow[];
  tindakLanjut: TindakLanjutRow[];
  /** Empty = the default Permendagri 86/2017 scale. */
  skala: SkalaRow[];
}
