/**
 * Pieces the documents that open the SAKIP year share (Perjanjian Kinerja, Rencana Aksi):
 * paper, metadata, signature blocks, header cells, sasaran runs. Pure: no I/O, no clock.
 */
import { defaultReportDate, formatTanggal, toIsoDate } from '../../format/format-date.js';
import type { CalendarDate, Identitas, Workbook } from '../../model/workbook-types.js';
import { clean, formatNip, spacedLetters, upper, wilayahOf, withWilayah } from './text-utils.js';

import { paperView } from './view-builders.js';
import type { HeaderCell, PaperName, PaperView, SpanCell, TableHead } from './view-types.js';

export type { HeaderCell, PaperName, PaperView, SpanCell, TableHead };

export interface DocumentMeta {
  /** HTML title and PDF Title. */
  title: string;
  /** Perangkat daerah (PDF Author). */
  author: string;
  subject: string;
  keywords: string[];
  keywordsText: string;
  tahun: number;
  /** Document date, `2 Januari 2024`. */
  tanggal: string;
  /** Document date, `2024-01-02` (PDF and docx dates). */
  tanggalIso: string;
  lang: 'id';
}

export interface OutlineEntry {
  level: 1 | 2;
  id: string;
  text: string;
}

/** One signature column: lines above the signing space, the name (bold, underlined), the NIP. */
export interface SignatureView {
  /** `Pihak Kedua,` / `Lumajang, 2 Januari 2024` — may be ''. */
  label: string;
  /** `Plt. Kepala Dinas …,` printed as given. */
  jabatan: string;
  nama: string;
  /** `NIP. 19690111 200212 2 004`, or null. */
  nip: string | null;
}

/** A title page: document name and year, the office, its logo. */
export interface YearCoverView {
  judul: string;
  periode: string;
  jabatan: string;
  pemerintah: string;
  perangkatDaerah: string;
  alamat: string | null;
  kota: string;
  logoDataUrl: string | null;
  logoAlt: string;
}


/** `@page` top + bottom margins of the year documents' stylesheet, templates/shared/year-document.css (20 mm + 20 mm). */
const VERTICAL_MARGINS_MM = 40;

export function buildPaper(name: PaperName): PaperView {
  return paperView(name, VERTICAL_MARGINS_MM);
}

/**
 * The date a PK (and the Rencana Aksi) carries: `--date`, else Identitas `Tanggal PK`, else the
 * first weekday after 1 January of Tahun (1 January is a holiday) — the day after the last one
 * of the year before, as the default quarterly date of TW IV computes it.
 */
export function tanggalPk(wb: Workbook, override?: CalendarDate): CalendarDate {
  return override ?? wb.identitas.tanggalPk ?? defaultReportDate(wb.identitas.tahun - 1, 4);
}

export function buildMeta(id: Identitas, tanggal: CalendarDate, name: { title: string; subject: string; keywords: string[] }): DocumentMeta {
  const unit = clean(id.unitKerja);
  const keywords = [...name.keywords, 'SAKIP', String(id.tahun), unit, clean(id.perangkatDaerah), clean(id.pemerintah)];
  return {
    title: `${name.title} — ${unit}`,
    author: clean(id.perangkatDaerah),
    subject: name.subject,
    keywords,
    keywordsText: keywords.join(', '),
    tahun: id.tahun,
    tanggal: formatTanggal(tanggal),
    tanggalIso: toIsoDate(tanggal),
    lang: 'id',
  };
}

/** `Dinas Tenaga Kerja Kabupaten Lumajang`. */
export function perangkatDaerahLengkap(id: Identitas): string {
  return withWilayah(id.perangkatDaerah, wilayahOf(id.pemerintah));
}

/** `Lumajang, 2 Januari 2024`. */
export function placeAndDate(id: Identitas, tanggal: CalendarDate): string {
  return `${clean(id.kota)}, ${formatTanggal(tanggal)}`;
}

export function withComma(jabatan: string): string {
  return `${clean(jabatan).replace(/[,:]+$/u, '')},`;
}

function nipLine(nip: string | null): string | null {
  return nip === null || clean(nip) === '' ? null : `NIP. ${formatNip(nip)}`;
}

/** The unit head (pihak pertama; the Rencana Aksi's signer). */
export function pejabatSignature(id: Identitas, label: string): SignatureView {
  return { label, jabatan: withComma(id.jabatan), nama: clean(id.namaPejabat), nip: nipLine(id.nipPejabat) };
}

/** The superior (pihak kedua); `Plt.`/`Plh.` prefixes are part of the jabatan as typed. */
export function atasanSignature(id: Identitas, label: string): SignatureView {
  return {
    label,
    jabatan: id.jabatanAtasan === null ? '' : withComma(id.jabatanAtasan),
    nama: id.namaAtasan === null ? '' : clean(id.namaAtasan),
    nip: nipLine(id.nipAtasan),
  };
}

export function buildYearCover(id: Identitas, judul: string, logoDataUrl: string | null): YearCoverView {
  return {
    judul,
    periode: `TAHUN ${id.tahun}`,
    jabatan: upper(id.jabatan),
    pemerintah: upper(id.pemerintah),
    perangkatDaerah: upper(id.perangkatDaerah),
    alamat: id.alamat === null || clean(id.alamat) === '' ? null : clean(id.alamat),
    kota: spacedLetters(id.kota),
    logoDataUrl,
    logoAlt: `Logo ${clean(id.pemerintah)}`,
  };
}

