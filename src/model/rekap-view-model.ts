/** The Dinas-level summary of a batch, as printed (strings already formatted). */
export interface RekapView {
  title: string;
  subtitle: string;
  tahun: number;
  tw: number;
  groups: RekapGroup[];
}

export interface RekapGroup {
  /** `Pemerintah Kabupaten Lumajang — Dinas Tenaga Kerja` */
  heading: string;
  pemerintah: string;
  perangkatDaerah: string;
  indikatorRows: RekapIndikatorRow[];
  anggaranRows: RekapAnggaranRow[];
  anggaranTotal: { pagu: string; realisasi: string; capaian: string };
  /** Counts of the group's indicators; those belum dapat diukur are counted apart, in no kategori. */
  ringkasan: RekapRingkasan;
}

export interface RekapRingkasan {
  jumlahIndikator: number;
  belumDapatDiukur: number;
  /** Kategori with at least one indicator, highest first. */
  perKategori: { kategori: string; jumlah: number }[];
  capaianMin100: number;
  /** `9 indikator: Sangat Tinggi 2, Sedang 1; belum dapat diukur 6.` */
  text: string;
}

export interface RekapIndikatorRow {
  /** Unit cell printed only on a unit's first row, spanning its indicators. */
  unitKerja: string;
  showUnit: boolean;
  unitRowspan: number;
  no: string;
  indikator: string;
  target: string;
  realisasi: string;
  capaian: string;
  kategori: string;
  /** Raw figures for the XLSX (numbers, not text). */
  figures: { target: number; realisasi: number | null; capaian: number | null };
}

export interface RekapAnggaranRow {
  no: string;
  unitKerja: string;
  pagu: string;
  realisasi: string;
  capaian: string;
  figures: { pagu: number; realisasi: number; capaian: number | null };
}
