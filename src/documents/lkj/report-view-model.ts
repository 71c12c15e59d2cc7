/**
 * The report as the templates see it: every string the document prints, already
 * worded and formatted the Indonesian way. Templates only loop and test booleans;
 * they never compute, format or pick words.
 *
 * Everything is plain JSON (strings, numbers, booleans, null, arrays, objects), so a
 * view model can be dumped for debugging and rendered by any template set. Fields are
 * always present (null / [] / false where there is nothing), because the templates are
 * compiled in Handlebars strict mode, where a missing field is an error.
 */



import type { PaperName, PaperView, HeadingView, CoverView, NumberedItem, SpanCell, HeaderCell, TableHead, ChartView, NarrativeBlock, TerbilangNote } from '../shared/view-types.js';
export type { PaperName, PaperView, HeadingView, CoverView, NumberedItem, SpanCell, HeaderCell, TableHead, ChartView, NarrativeBlock, TerbilangNote } from '../shared/view-types.js';

export interface MetaView {
  /** `Laporan Kinerja Tribulan III 2023 — Bidang …` (HTML title, PDF Title). */
  title: string;
  /** Perangkat daerah (PDF Author). */
  author: string;
  /** PDF Subject. */
  subject: string;
  /** PDF Keywords. */
  keywords: string[];
  /** The same, joined with `, ` for the HTML `<meta name="keywords">`. */
  keywordsText: string;
  /** `Triwulan` or `Tribulan` (Identitas › Sebutan Periode). */
  periode: string;
  tw: number;
  /** `III`. */
  twRoman: string;
  tahun: number;
  /** `Tribulan III Tahun 2023`. */
  periodeLengkap: string;
  /** Signing date, `2 Oktober 2023`. */
  tanggal: string;
  /** Signing date, `2023-10-02`. */
  tanggalIso: string;
  /** Output language (HTML `lang`, PDF Lang). */
  lang: 'id';
}


export interface OutlineEntry {
  level: 1 | 2;
  id: string;
  text: string;
}






export interface ProgramTableRow {
  no: SpanCell;
  program: SpanCell;
  kegiatan: SpanCell;
  subKegiatan: string;
  pelaksana: string;
}

export interface ProgramTableView {
  head: TableHead;
  rows: ProgramTableRow[];
}

export interface Bab1View {
  heading: HeadingView;
  /** Dasar paragraphs (workbook rows, or a default built from Identitas). */
  dasar: string[];
  /** `<Jabatan> melaksanakan fungsi antara lain :`, null when there are no Fungsi rows. */
  fungsiIntro: string | null;
  fungsi: NumberedItem[];
  /** `<Unit Kerja> pada … mengkoordinasikan Kelompok Sub Substansi yang terdiri atas :`, or null. */
  substansiIntro: string | null;
  substansi: NumberedItem[];
  /** `Dalam tahun 2023, <Unit Kerja> melaksanakan tugas dan fungsi :`, null without Program rows. */
  programIntro: string | null;
  programTable: ProgramTableView | null;
}

export interface PerjanjianKinerjaRow {
  no: SpanCell;
  sasaran: SpanCell;
  /** `1. Jumlah pencari kerja …` (numbered within its sasaran). */
  indikator: string;
  /** `110 orang`. */
  target: string;
}

export interface AnggaranTableRow {
  /** `1. Pengelolaan informasi Pasar Kerja`. */
  kegiatan: string;
  /** `182.244.000,00`. */
  anggaran: string;
  /** Sumber dana, `DAU`. */
  keterangan: string;
}

export interface PerjanjianKinerjaView {
  heading: HeadingView;
  head: TableHead;
  rows: PerjanjianKinerjaRow[];
  anggaranHead: TableHead;
  anggaranRows: AnggaranTableRow[];
}

export interface CapaianRow {
  sasaran: SpanCell;
  indikator: string;
  target: string;
  /** Target s.d. TW N from the quarter targets (`-` for an indicator without them); printed only when `withTargetTw`. */
  targetTw: string;
  realisasi: string;
  capaian: string;
  /** Realisasi against targetTw (`-` where it cannot be computed); printed only when `withTargetTw`. */
  capaianTargetTw: string;
  keterangan: string;
}

export interface CostPerOutcomeRow {
  no: SpanCell;
  sasaran: SpanCell;
  indikator: string;
  pagu: string;
  realisasiAnggaran: string;
  capaianAnggaran: string;
  target: string;
  realisasi: string;
  capaian: string;
  efisiensi: string;
}


export interface CapaianKinerjaView {
  heading: HeadingView;
  /** `Capaian Kinerja Tribulan III Tahun 2023`. */
  tableTitle: string;
  head: TableHead;
  rows: CapaianRow[];
  /** Some indicator has quarter targets: the table has the `Target s.d. TW N` and `Capaian thd Target TW` columns. */
  withTargetTw: boolean;
  /** `Tabel Cost per outcome`. */
  costTitle: string;
  costHead: TableHead;
  costRows: CostPerOutcomeRow[];
  /** Names the indicators that are belum dapat diukur (printed under the cost table); null when none. */
  unmeasuredNote: string | null;
  charts: ChartView[];
}


export interface EvaluasiItem {
  /** `a.`. */
  letter: string;
  kodeIndikator: string;
  /** The generated paragraph with the figures. */
  lead: string;
  /** Analisis rows for this quarter. */
  blocks: NarrativeBlock[];
}

export interface EvaluasiView {
  heading: HeadingView;
  intro: string;
  items: EvaluasiItem[];
}

export interface TindakLanjutGroup {
  letter: string;
  /** `Kegiatan <name> :`. */
  title: string;
  items: string[];
}

export interface TindakLanjutView {
  heading: HeadingView;
  intro: string | null;
  groups: TindakLanjutGroup[];
  /** Printed instead of the groups when there are none. */
  emptyText: string | null;
}

export interface TanggapanView {
  heading: HeadingView;
  /** `RUANGAN DISPOSISI/ TANGGAPAN ATASAN LANGSUNG`. */
  boxTitle: string;
  /** The checkbox lines (the box itself is drawn by CSS). */
  options: string[];
}

export interface Bab2View {
  heading: HeadingView;
  perjanjianKinerja: PerjanjianKinerjaView;
  capaianKinerja: CapaianKinerjaView;
  evaluasi: EvaluasiView;
  tindakLanjut: TindakLanjutView;
  tanggapan: TanggapanView;
}

export interface Bab3View {
  heading: HeadingView;
  paragraphs: string[];
}

export interface SignatureBlock {
  /** `Mengetahui` or `Lumajang, 2 Oktober 2023`. */
  label: string;
  /** `Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang,` (with the comma). */
  jabatan: string;
  nama: string;
  /** `NIP. 19670606 199202 1 001`, or null. */
  nip: string | null;
}

export interface PengesahanView {
  heading: HeadingView;
  /** The superior's block (only when Nama Atasan is given). */
  left: SignatureBlock | null;
  right: SignatureBlock;
}


export interface ReportViewModel {
  lang: 'id';
  paper: PaperView;
  meta: MetaView;
  /** The headings of the document in order, for the PDF outline / bookmarks. */
  outline: OutlineEntry[];
  cover: CoverView;
  bab1: Bab1View;
  bab2: Bab2View;
  bab3: Bab3View;
  pengesahan: PengesahanView;
  /** Charts (also reachable as bab2.capaianKinerja.charts); empty unless requested. */
  charts: ChartView[];
  /** Corrections fixTerbilang made to typed narratives, for warnings. */
  terbilangCorrections: TerbilangNote[];
}
