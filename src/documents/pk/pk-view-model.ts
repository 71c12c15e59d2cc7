/**
 * The Perjanjian Kinerja as its templates (templates/pk/) and its Word mapping (./pk-docx.ts)
 * see it: every string already worded and formatted. Plain JSON; every field always present.
 */
import type {
  DocumentMeta,
  OutlineEntry,
  PaperView,
  SignatureView,
  SpanCell,
  TableHead,
  YearCoverView,
} from '../shared/year-document.js';

/** `Nama : …` / `Jabatan : …` of one party. */
export interface PartyView {
  nama: string;
  jabatan: string;
  /** `selanjutnya disebut pihak pertama.` */
  sebutan: string;
}

export interface PkSignaturesView {
  /** Pihak kedua (the superior). */
  left: SignatureView;
  /** Pihak pertama (the unit head), under the place and date. */
  right: SignatureView;
  /** `Lumajang, 2 Januari 2024`, above the right block. */
  placeDate: string;
}

export interface PkAgreementView {
  id: string;
  /** An h1 (bookmarked) only after a cover; without one, page 1's own bookmark names it. */
  isHeading: boolean;
  /** `PERJANJIAN KINERJA TAHUN 2024`. */
  title: string;
  /** `BIDANG …` / `DINAS TENAGA KERJA KABUPATEN LUMAJANG`. */
  unitLines: string[];
  intro: string;
  pihakPertama: PartyView;
  pihakKedua: PartyView;
  paragraphs: string[];
  signatures: PkSignaturesView;
}

export interface PkSasaranRow {
  no: SpanCell;
  sasaran: SpanCell;
  indikator: string;
  /** `1.200 orang`. */
  target: string;
}

export interface PkAnggaranRow {
  /** A programme heading row (colspan over the table) or a kegiatan. */
  isProgram: boolean;
  no: string;
  kegiatan: string;
  anggaran: string;
  keterangan: string;
}

export interface PkLampiranView {
  id: string;
  /** `LAMPIRAN`. */
  label: string;
  title: string;
  unitLines: string[];
  head: TableHead;
  rows: PkSasaranRow[];
  anggaranHead: TableHead;
  anggaranRows: PkAnggaranRow[];
  /** `Jumlah` and the total pagu. */
  totalLabel: string;
  total: string;
  signatures: PkSignaturesView;
}

export interface PkViewModel {
  lang: 'id';
  paper: PaperView;
  meta: DocumentMeta;
  /** Headings Chromium bookmarks (h1), in order. */
  outline: OutlineEntry[];
  /** The bookmark of page 1: `Sampul`, or the agreement when there is no cover. */
  firstPage: string;
  /** Only with `--sampul`. */
  cover: YearCoverView | null;
  agreement: PkAgreementView;
  lampiran: PkLampiranView;
}
