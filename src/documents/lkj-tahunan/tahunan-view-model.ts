/**
 * The annual LKj as the templates see it: plain JSON, every string already worded and
 * formatted. The body is a list of sections made of uniform blocks (paragraph, list,
 * table, chart, signature), so one template loop and one docx mapping print every part.
 * Every field is always present (Handlebars strict mode).
 */
import type { ChartView, CoverView, HeadingView, PaperView, TableHead, TerbilangNote } from '../shared/view-types.js';

export interface TahunanMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  keywordsText: string;
  tahun: number;
  /** Signing date, `2 Januari 2024`. */
  tanggal: string;
  tanggalIso: string;
  lang: 'id';
}

/** A table cell; `show` false = covered by a rowspan above. */
export interface Cell {
  text: string;
  rowspan: number;
  colspan: number;
  show: boolean;
  /** CSS class chosen by the view model: '', `number`, `center`, `bold`. */
  className: string;
}

export interface TableRow {
  cells: Cell[];
  /** A subtotal / total row (bold). */
  isTotal: boolean;
}

export interface TableBlockView {
  /** Anchor of the table title (Daftar Tabel); null when the table is not listed. */
  id: string | null;
  /** `Tabel 3.1 Capaian Kinerja …`; null = no title. */
  title: string | null;
  head: TableHead;
  rows: TableRow[];
  /** Extra CSS class: '' or `grid-small` (a wide table in smaller type). */
  className: string;
  /** Column widths in %, summing to about 100. */
  widths: number[];
  note: string | null;
}

export interface ChartBlockView extends ChartView {
  /** Anchor of the caption (Daftar Grafik). */
  id: string;
}

export interface SignatureView {
  /** `Lumajang, 2 Januari 2024`. */
  label: string;
  jabatan: string;
  nama: string;
  nip: string | null;
  /**
   * The head's main signature (the Kata Pengantar), where `--tte` puts their anchor and
   * `--qr` the verification block; false for the one closing BAB IV (a box without anchor).
   */
  main: boolean;
}

export interface ListItem {
  marker: string;
  text: string;
}

/** One block of a section; exactly one `is…` flag is true and only its payload is non-null. */
export interface Block {
  isParagraph: boolean;
  isList: boolean;
  isTable: boolean;
  isChart: boolean;
  isSignature: boolean;
  /** An image from the workbook (Identitas › Bagan Organisasi). */
  isImage: boolean;
  /** A run-in title inside a section (`1. Indikator …`, `a. Target dan realisasi`). */
  isSubtitle: boolean;
  /** Paragraph or subtitle text; '' otherwise. */
  text: string;
  /** Numbered list when true, bullets otherwise. */
  ordered: boolean;
  /** List items; marker `1.` for a numbered list, '' for bullets. */
  items: ListItem[];
  table: TableBlockView | null;
  chart: ChartBlockView | null;
  signature: SignatureView | null;
  image: ImageView | null;
}

export interface ImageView {
  /** Anchor of the caption (listed in Daftar Grafik). */
  id: string;
  /** `data:image/png;base64,…`. */
  dataUrl: string;
  alt: string;
  /** `Gambar 1.1 Bagan Struktur Organisasi …`. */
  title: string;
}

export interface SectionView {
  heading: HeadingView;
  /** 1 = chapter-level (new page), 2 = A./B., 3 = per sasaran or indicator. */
  level: 1 | 2 | 3;
  isLevel1: boolean;
  isLevel2: boolean;
  isLevel3: boolean;
  /** Front matter (Kata Pengantar, Ikhtisar). */
  front: boolean;
  /** Starts a new page (each Lampiran after the first). */
  newPage: boolean;
  blocks: Block[];
}

/** One line of Daftar Isi / Tabel / Grafik. */
export interface TocLine {
  /** The outline id of the heading, table or chart it points to. */
  id: string;
  text: string;
  /** Printed page (`5`); '' before the pages are known (HTML output). */
  page: string;
  level: 1 | 2 | 3 | 4;
  /** `toc-1` … `toc-3`. */
  className: string;
}

export interface TocView {
  heading: HeadingView;
  lines: TocLine[];
}

export interface OutlineItem {
  /** 4 = a table title or chart caption. */
  level: 1 | 2 | 3 | 4;
  id: string;
  text: string;
}

export interface TahunanViewModel {
  lang: 'id';
  kind: 'lkj-tahunan';
  paper: PaperView;
  meta: TahunanMeta;
  /** Every bookmark in order (the cover is added by the PDF step). */
  outline: OutlineItem[];
  cover: CoverView;
  /** Kata Pengantar and Ikhtisar Eksekutif (before the lists). */
  frontSections: SectionView[];
  daftarIsi: TocView;
  daftarTabel: TocView;
  daftarGrafik: TocView;
  /** BAB I … BAB IV and Lampiran. */
  sections: SectionView[];
  terbilangCorrections: TerbilangNote[];
  /** Parts lkj leaves out or thin because the workbook lacks them (for warnings). */
  missing: MissingPart[];
}

export interface MissingPart {
  /** Pendahuluan › Bagian to fill, e.g. `Isu Strategis`. */
  bagian: string;
  message: string;
}
