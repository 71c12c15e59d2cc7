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
  /** Extension 2 (annual report, PK): all optional. Default `LAPORAN KINERJA`. */
  judulLaporanTahunan: string | null;
  tanggalLaporanTahunan: CalendarDate | null;
  tanggalPk: CalendarDate | null;
  /** Organisation chart image, a path relative to the workbook (like logo). */
  baganOrganisasi: string | null;
}

/** The documents of the SAKIP year (CLI `--dokumen`). */
export type DokumenKind = 'lkj' | 'lkj-tahunan' | 'pk' | 'rencana-aksi';

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

export type BagianPendahuluan =
  | 'dasar'
  | 'fungsi'
  | 'substansi'
  | 'penutup'
  // Extension 2: parts of the annual report.
  | 'kataPengantar'
  | 'ikhtisar'
  | 'latarBelakang'
  | 'strukturOrganisasi'
  | 'isuStrategis'
  | 'penutupTahunan';

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
  /** Extension 2: the programme of the kegiatan (annual budget table groups by it). */
  program: string | null;
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
  /** Extension 2 (Rencana Aksi): planned target per quarter, in the sense of `realisasi`; all null = none. */
  targetTw: Quarterly;
  /** Extension 2: national standard or benchmark, where given. */
  standarNasional: StandarNasional | null;
  /** Extension 2: the programme; blank in the workbook = its kegiatan's Anggaran.Program. */
  program: string | null;
  row: number;
}

export interface StandarNasional {
  /** As written, for printing (`SPM 100 %`, `85`). */
  teks: string;
  /** The number, when the cell is one (comparisons need it). */
  nilai: Decimal | null;
}

/** One year's figure of a Renstra row. */
export interface YearValue {
  tahun: number;
  nilai: Decimal | null;
}

/** Extension 2: the medium-term plan of one indicator (`Renstra` sheet). */
export interface RenstraRow {
  /** Indikator.Kode */
  kode: string;
  kondisiAwal: Decimal | null;
  /** `Target <yyyy>` columns, ascending by year. */
  target: YearValue[];
  /** `Realisasi <yyyy>` columns of past years, ascending by year. */
  realisasi: YearValue[];
  /** `Target Akhir`, else the target of the highest year present. */
  targetAkhir: Decimal | null;
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

/** `TW` of Analisis / Tindak Lanjut: a quarter, null = every quarter, `tahunan` = the annual report only. */
export type TwOrTahunan = Tw | null | 'tahunan';

export interface AnalisisRow {
  indikator: string;
  /** null = every quarter; `tahunan` = annual report only */
  tw: TwOrTahunan;
  isi: string;
}

export interface TindakLanjutRow {
  kegiatan: string;
  tw: TwOrTahunan;
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
  /** Extension 2: empty when the workbook has no Renstra sheet. */
  renstra: RenstraRow[];
}
