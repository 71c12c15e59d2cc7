/**
 * The Rencana Aksi as its templates (templates/rencana-aksi/) and its Word mapping
 * (./rencana-aksi-docx.ts) see it: every string already worded and formatted.
 */
import type { DocumentMeta, OutlineEntry, PaperView, SignatureView, SpanCell, TableHead, YearCoverView } from '../shared/year-document.js';

export interface RencanaAksiRow {
  no: SpanCell;
  sasaran: SpanCell;
  indikator: string;
  satuan: string;
  /** The annual target. */
  target: string;
  /** Target s.d. TW I … s.d. TW IV (cumulative by the indicator's Agregasi); `-` where none. */
  targetTw: string[];
  kegiatan: SpanCell;
  pagu: SpanCell;
}

export interface RencanaAksiViewModel {
  lang: 'id';
  paper: PaperView;
  meta: DocumentMeta;
  /** Headings Chromium bookmarks (h1): the title, when a cover precedes it. */
  outline: OutlineEntry[];
  /** The bookmark of page 1: `Sampul`, or the Rencana Aksi itself when there is no cover. */
  firstPage: string;
  /** The title is an h1 only after a cover (without one, page 1's bookmark names it). */
  isHeading: boolean;
  /** Only with `--sampul`. */
  cover: YearCoverView | null;
  id: string;
  /** `RENCANA AKSI TAHUN 2024`. */
  title: string;
  unitLines: string[];
  head: TableHead;
  rows: RencanaAksiRow[];
  /** How the quarter columns read (cumulative). */
  notes: string[];
  /** Place and date above the unit head's block. */
  placeDate: string;
  signature: SignatureView;
}
