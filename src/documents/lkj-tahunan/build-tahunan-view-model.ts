/**
 * Shapes a validated workbook and its annual figures (computeTahunan) into the annual LKj
 * view model, in the structure of PermenPAN-RB 53/2014. Pure: figures come only from the
 * TahunanResult; page numbers of the lists come from the caller (a first print).
 */
import type { Decimal } from 'decimal.js';
import type { AnggaranResult, IndikatorTahunan, TahunanResult } from '../../model/calc-types.js';
import { formatTanggal, toIsoDate } from '../../format/format-date.js';
import { formatMoney, formatPercent } from '../../format/format-number.js';
import { toRoman } from '../../format/roman.js';
import { fixTerbilang } from '../../format/terbilang.js';
import type { BagianPendahuluan, CalendarDate, Workbook } from '../../model/workbook-types.js';
import type { CoverView, HeadingView, PaperName, PaperView, TableHead, TerbilangNote } from '../shared/view-types.js';
import { hc, paperView } from '../shared/view-builders.js';
import { clean, formatNip, joinIndonesian, kegiatanPhrase, letter, narrativeBlocks, quantity, spacedLetters, splitLines, upper, wilayahOf, withWilayah } from '../shared/text-utils.js';
import {
  efisiensiText,
  ikhtisarFigures,
  isPercentSatuan,
  pendukungText,
  perubahanText,
  renstraText,
  standarText,
  targetRealisasiText,
} from './tahunan-text.js';
import type {
  Block,
  Cell,
  MissingPart,
  OutlineItem,
  SectionView,
  SignatureView,
  TableBlockView,
  TableRow,
  TahunanViewModel,
  TocLine,
  TocView,
} from './tahunan-view-model.js';
import { trendChartSvg } from './trend-chart.js';

export interface BuildTahunanOptions {
  tanggal: CalendarDate;
  paper: PaperName;
  logoDataUrl: string | null;
  /** Identitas › Bagan Organisasi as a data URL (read by the validation), or null. */
  baganDataUrl?: string | null;
  /** Printed page per outline id, from a first print; absent = placeholders. */
  pages?: ReadonlyMap<string, string>;
}

const DASH = '-';
/**
 * Page number before the pages are known (the first print, and HTML output, which has no
 * pages): empty; the page column keeps its width (style.css), so the numbers of the second
 * print move no heading.
 */
export const PAGE_PLACEHOLDER = '';


/** `Tanggal Laporan Tahunan`, else `Tanggal Laporan TW4`, else the first weekday after 1 January of Tahun+1 (not 1 January). */
export function tahunanDate(wb: Workbook, override: CalendarDate | undefined, fallback: (tahun: number) => CalendarDate): CalendarDate {
  return override ?? wb.identitas.tanggalLaporanTahunan ?? wb.identitas.tanggalLaporan[4] ?? fallback(wb.identitas.tahun);
}

// ------------------------------------------------------------------ blocks

const base: Block = {
  isParagraph: false,
  isList: false,
  isTable: false,
  isChart: false,
  isSignature: false,
  isImage: false,
  isSubtitle: false,
  text: '',
  ordered: false,
  items: [],
  table: null,
  chart: null,
  signature: null,
  image: null,
};
const para = (text: string): Block => ({ ...base, isParagraph: true, text });
const subtitle = (text: string): Block => ({ ...base, isSubtitle: true, text });
const list = (items: string[], ordered: boolean): Block => ({
  ...base,
  isList: true,
  ordered,
  items: items.map((text, i) => ({ marker: ordered ? `${i + 1}.` : '', text })),
});
const table = (t: TableBlockView): Block => ({ ...base, isTable: true, table: t });

function cell(text: string, className = '', rowspan = 1, colspan = 1, show = true): Cell {
  return { text, rowspan, colspan, show, className };
}
const row = (cells: Cell[], isTotal = false): TableRow => ({ cells, isTotal });

/** Paragraph and bullet blocks from narrative lines. */
function narrative(lines: readonly string[]): Block[] {
  return narrativeBlocks(lines).map((b) => (b.isList ? list(b.items, false) : para(b.text)));
}

function pct(x: Decimal | null): string {
  return x === null ? DASH : formatPercent(x);
}

// ------------------------------------------------------------------ builder

class Builder {
  readonly id: Workbook['identitas'];
  readonly tahun: number;
  readonly unit: string;
  readonly jabatan: string;
  readonly pdLengkap: string;
  readonly corrections: TerbilangNote[] = [];
  readonly missing: MissingPart[] = [];
  readonly outline: OutlineItem[] = [];
  readonly tables: TocLine[] = [];
  readonly charts: TocLine[] = [];
  private tableNo = 0;
  private chartNo = 0;
  /** `1`…`4`, `L` in the Lampiran: the prefix of table and chart numbers. */
  private chapter = '0';

  constructor(
    readonly wb: Workbook,
    readonly calc: TahunanResult,
    readonly options: BuildTahunanOptions,
  ) {
    this.id = wb.identitas;
    this.tahun = calc.tahun;
    this.unit = clean(wb.identitas.unitKerja);
    this.jabatan = clean(wb.identitas.jabatan);
    this.pdLengkap = withWilayah(wb.identitas.perangkatDaerah, wilayahOf(wb.identitas.pemerintah));
  }

  page(id: string): string {
    return this.options.pages?.get(id) ?? PAGE_PLACEHOLDER;
  }

  rows(bagian: BagianPendahuluan, label: string): string[] {
    return this.wb.pendahuluan
      .filter((r) => r.bagian === bagian)
      .flatMap((r) => {
        const { text, corrections } = fixTerbilang(r.isi);
        for (const c of corrections) this.corrections.push({ source: `Pendahuluan (${label})`, found: c.found, expected: c.expected });
        return splitLines(text);
      });
  }

  /** The heading is bookmarked before its blocks are built, so tables inside follow it in the outline. */
  section(id: string, number: string, title: string, level: 1 | 2 | 3, build: () => Block[] = () => [], front = false): SectionView {
    const text = `${number} ${title}`.trim();
    const heading: HeadingView = { id, number, title, text };
    this.outline.push({ level, id, text });
    const blocks = build();
    return { heading, level, isLevel1: level === 1, isLevel2: level === 2, isLevel3: level === 3, front, newPage: false, blocks };
  }

  /** A numbered table (`Tabel 3.2 …`), listed in Daftar Tabel. */
  table(title: string, t: Omit<TableBlockView, 'id' | 'title' | 'className'> & { className?: string }): Block {
    this.tableNo += 1;
    const id = `tabel-${this.chapter.toLowerCase()}-${this.tableNo}`;
    const full = `Tabel ${this.chapter}.${this.tableNo} ${title}`;
    this.outline.push({ level: 4, id, text: full });
    this.tables.push({ id, text: full, page: this.page(id), level: 1, className: 'toc-plain' });
    return table({ id, title: full, className: '', ...t });
  }

  chart(title: string, svg: string): Block {
    this.chartNo += 1;
    const id = `grafik-${this.chapter.toLowerCase()}-${this.chartNo}`;
    const full = `Grafik ${this.chapter}.${this.chartNo} ${title}`;
    this.outline.push({ level: 4, id, text: full });
    this.charts.push({ id, text: full, page: this.page(id), level: 1, className: 'toc-plain' });
    return { ...base, isChart: true, chart: { id, title: full, svg } };
  }

  /** A workbook image with a numbered caption, listed in Daftar Grafik. */
  image(title: string, dataUrl: string): Block {
    this.chartNo += 1;
    const id = `grafik-${this.chapter.toLowerCase()}-${this.chartNo}`;
    const full = `Gambar ${this.chapter}.${this.chartNo} ${title}`;
    this.outline.push({ level: 4, id, text: full });
    this.charts.push({ id, text: full, page: this.page(id), level: 1, className: 'toc-plain' });
    return { ...base, isImage: true, image: { id, dataUrl, alt: title, title: full } };
  }

  startChapter(n: number | 'L'): void {
    this.chapter = String(n);
    this.tableNo = 0;
    this.chartNo = 0;
  }

  signature(main: boolean): SignatureView {
    return {
      main,
      label: `${clean(this.id.kota)}, ${formatTanggal(this.options.tanggal)}`,
      jabatan: `${this.jabatan},`,
      nama: clean(this.id.namaPejabat),
      nip: clean(this.id.nipPejabat) === '' ? null : `NIP. ${formatNip(this.id.nipPejabat)}`,
    };
  }

  anggaranOf(kode: string): AnggaranResult | undefined {
    return this.calc.anggaran.find((a) => a.kode === kode);
  }

  kegiatanName(ind: IndikatorTahunan): string {
    return this.anggaranOf(ind.kegiatan)?.kegiatan ?? ind.kegiatan;
  }

  programOf(ind: IndikatorTahunan): string | null {
    const row = this.wb.indikator.find((r) => r.kode === ind.kode);
    return row?.program ?? this.wb.anggaran.find((a) => a.kode === ind.kegiatan)?.program ?? null;
  }
}

export function buildTahunanViewModel(wb: Workbook, calc: TahunanResult, options: BuildTahunanOptions): TahunanViewModel {
  const b = new Builder(wb, calc, options);
  const frontSections = [kataPengantar(b), ikhtisar(b)];
  // The lists are bookmarked before the chapters, in reading order.
  const tocHeadings = {
    isi: tocHeading(b, 'daftar-isi', 'DAFTAR ISI'),
    tabel: tocHeading(b, 'daftar-tabel', 'DAFTAR TABEL'),
    grafik: tocHeading(b, 'daftar-grafik', 'DAFTAR GRAFIK'),
  };
  const sections = [...bab1(b), ...bab2(b), ...bab3(b), ...bab4(b), ...lampiran(b)];
  const isiLines: TocLine[] = b.outline
    .filter((o) => !o.id.startsWith('tabel-') && !o.id.startsWith('grafik-') && o.id !== 'daftar-isi')
    .map((o) => ({ id: o.id, text: o.text, page: b.page(o.id), level: o.level, className: `toc-${o.level}` }));
  const meta = buildMeta(b);
  return {
    lang: 'id',
    kind: 'lkj-tahunan',
    paper: buildPaper(options.paper),
    meta,
    outline: b.outline,
    cover: buildCover(b),
    frontSections,
    daftarIsi: { heading: tocHeadings.isi, lines: isiLines },
    daftarTabel: { heading: tocHeadings.tabel, lines: b.tables },
    daftarGrafik: { heading: tocHeadings.grafik, lines: b.charts },
    sections,
    terbilangCorrections: b.corrections,
    missing: b.missing,
  };
}

/**
 * The same view model with the printed pages of a first print in its lists. `pages` are the
 * bookmarks of that print in outline order (Chromium's, without the cover entry): matched to
 * vm.outline by position when the counts agree, else by title (a custom template may differ).
 */
export function withPages(vm: TahunanViewModel, pages: readonly { title: string; page: number | null }[]): TahunanViewModel {
  const byId = new Map<string, string>();
  const norm = (t: string) => t.replace(/\s+/gu, ' ').trim().toLowerCase();
  if (pages.length === vm.outline.length) {
    vm.outline.forEach((o, i) => {
      const p = pages[i]!.page;
      if (p !== null) byId.set(o.id, String(p));
    });
  } else {
    const byTitle = new Map<string, number>();
    for (const p of pages) if (p.page !== null && !byTitle.has(norm(p.title))) byTitle.set(norm(p.title), p.page);
    for (const o of vm.outline) {
      const p = byTitle.get(norm(o.text));
      if (p !== undefined) byId.set(o.id, String(p));
    }
  }
  const fill = (toc: TocView): TocView => ({ ...toc, lines: toc.lines.map((l) => ({ ...l, page: byId.get(l.id) ?? l.page })) });
  return { ...vm, daftarIsi: fill(vm.daftarIsi), daftarTabel: fill(vm.daftarTabel), daftarGrafik: fill(vm.daftarGrafik) };
}

function tocHeading(b: Builder, id: string, title: string): HeadingView {
  b.outline.push({ level: 1, id, text: title });
  return { id, number: '', title, text: title };
}

/** `@page` top + bottom margins of templates/shared/report.css (25 mm + 20 mm), as the quarterly report. */
const VERTICAL_MARGINS_MM = 45;

function buildPaper(name: PaperName): PaperView {
  return paperView(name, VERTICAL_MARGINS_MM);
}

function buildMeta(b: Builder): TahunanViewModel['meta'] {
  const keywords = ['Laporan Kinerja', 'LKj', 'SAKIP', 'Tahunan', String(b.tahun), b.unit, clean(b.id.perangkatDaerah), clean(b.id.pemerintah)];
  return {
    title: `Laporan Kinerja Tahun ${b.tahun} — ${b.unit}`,
    author: clean(b.id.perangkatDaerah),
    subject: `Laporan Kinerja (LKj) Tahunan ${b.unit} ${b.pdLengkap} Tahun ${b.tahun}`,
    keywords,
    keywordsText: keywords.join(', '),
    tahun: b.tahun,
    tanggal: formatTanggal(b.options.tanggal),
    tanggalIso: toIsoDate(b.options.tanggal),
    lang: 'id',
  };
}

function buildCover(b: Builder): CoverView {
  const jenjang = b.id.jenjangJabatan === null ? '' : clean(b.id.jenjangJabatan);
  const judul = b.id.judulLaporanTahunan === null || clean(b.id.judulLaporanTahunan) === '' ? 'LAPORAN KINERJA' : upper(b.id.judulLaporanTahunan);
  return {
    judul,
    periode: `TAHUN ${b.tahun}`,
    jenjangJabatan: jenjang === '' ? null : upper(jenjang),
    jabatan: upper(b.id.jabatan),
    pemerintah: upper(b.id.pemerintah),
    perangkatDaerah: upper(b.id.perangkatDaerah),
    alamat: b.id.alamat === null || clean(b.id.alamat) === '' ? null : clean(b.id.alamat),
    kota: spacedLetters(b.id.kota),
    logoDataUrl: b.options.logoDataUrl,
    logoAlt: `Logo ${clean(b.id.pemerintah)}`,
  };
}

// ------------------------------------------------------------------ front matter

function kataPengantar(b: Builder): SectionView {
  const rows = b.rows('kataPengantar', 'Kata Pengantar');
  const paragraphs =
    rows.length > 0
      ? narrative(rows)
      : [
          para(
            `Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan Kinerja ${b.unit} ${b.pdLengkap} Tahun ${b.tahun} dapat tersusun.`,
          ),
          para(
            `Laporan Kinerja ini disusun sebagai wujud pertanggungjawaban ${b.jabatan} atas pelaksanaan tugas dan fungsi serta penggunaan anggaran selama Tahun ${b.tahun}, sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014. Laporan ini menyajikan capaian kinerja terhadap Perjanjian Kinerja Tahun ${b.tahun}, perbandingannya dengan tahun-tahun sebelumnya dan dengan target Rencana Strategis, serta realisasi anggaran.`,
          ),
          para(`Semoga laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja pada tahun-tahun berikutnya.`),
        ];
  return b.section('kata-pengantar', '', 'KATA PENGANTAR', 1, () => [...paragraphs, { ...base, isSignature: true, signature: b.signature(true) }], true);
}

function ikhtisar(b: Builder): SectionView {
  const r = b.calc.ringkasan;
  const blocks: Block[] = [
    para(
      `Laporan Kinerja ${b.unit} ${b.pdLengkap} Tahun ${b.tahun} menyajikan capaian ${r.jumlahIndikator} indikator kinerja yang ditetapkan dalam Perjanjian Kinerja Tahun ${b.tahun}.`,
    ),
    ...ikhtisarFigures(r, b.tahun, b.unit).map(para),
  ];
  const sasaran = [...new Set(b.calc.indikator.map((i) => clean(i.sasaran)))];
  if (sasaran.length > 0) {
    blocks.splice(1, 0, para(`Sasaran yang hendak dicapai pada Tahun ${b.tahun} adalah ${joinIndonesian(sasaran.map((x) => `"${x}"`))}.`));
  }
  const measured = b.calc.indikator.filter((i) => i.capaian !== null);
  if (measured.length > 1) {
    const best = measured.reduce((m, i) => (i.capaian!.greaterThan(m.capaian!) ? i : m));
    const worst = measured.reduce((m, i) => (i.capaian!.lessThan(m.capaian!) ? i : m));
    blocks.push(
      para(
        `Capaian tertinggi diraih indikator ${clean(best.indikator)} sebesar ${formatPercent(best.capaian!)} %, sedangkan capaian terendah pada indikator ${clean(worst.indikator)} sebesar ${formatPercent(worst.capaian!)} %.`,
      ),
    );
  }
  const effs = b.calc.efisiensi.filter((e) => e.efisiensi !== null);
  if (effs.length > 0) {
    const efisien = effs.filter((e) => !e.efisiensi!.isNegative() || e.efisiensi!.isZero()).length;
    blocks.push(
      para(
        `Dari ${effs.length} indikator yang efisiensinya dapat dihitung (capaian kinerja dibandingkan dengan capaian anggaran kegiatannya), ${efisien} indikator menunjukkan penggunaan anggaran yang efisien${efisien < effs.length ? ` dan ${effs.length - efisien} indikator tidak efisien` : ''}.`,
      ),
    );
  }
  const kat = Object.entries(r.perKategori);
  if (kat.length > 0) {
    blocks.push(
      table({
        id: null,
        title: null,
        className: '',
        head: { rows: [[hc('Kategori'), hc('Jumlah Indikator')]] },
        rows: [
          ...kat.map(([k, n]) => row([cell(k), cell(String(n), 'center')])),
          ...(r.belumDapatDiukur > 0 ? [row([cell('Belum dapat diukur'), cell(String(r.belumDapatDiukur), 'center')])] : []),
          row([cell('Jumlah', 'bold'), cell(String(r.jumlahIndikator), 'center bold')], true),
        ],
        widths: [60, 40],
        note: null,
      }),
    );
  }
  blocks.push(...narrative(b.rows('ikhtisar', 'Ikhtisar')));
  return b.section('ikhtisar', '', 'IKHTISAR EKSEKUTIF', 1, () => blocks, true);
}

// ------------------------------------------------------------------ BAB I

function bab1(b: Builder): SectionView[] {
  b.startChapter(1);
  const out: SectionView[] = [b.section('bab-1', 'BAB I', 'PENDAHULUAN', 1)];
  const parts: { id: string; title: string; blocks: Block[]; bagan?: string | null }[] = [];

  const latar = b.rows('latarBelakang', 'Latar Belakang');
  parts.push({
    id: 'bab-1-latar',
    title: 'Latar Belakang',
    blocks:
      latar.length > 0
        ? narrative(latar)
        : [
            para(
              `Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) sebagaimana diatur dalam Peraturan Presiden Nomor 29 Tahun 2014 mewajibkan setiap entitas akuntabilitas kinerja menyusun laporan kinerja sebagai bentuk pertanggungjawaban atas kinerja yang dicapai. Peraturan Menteri PANRB Nomor 53 Tahun 2014 mengatur bahwa laporan kinerja tahunan menyajikan capaian kinerja dibandingkan dengan target tahun berjalan, dengan tahun-tahun sebelumnya dan dengan target jangka menengah.`,
            ),
            para(
              `Sehubungan dengan itu, ${b.unit} pada ${b.pdLengkap} menyusun Laporan Kinerja Tahun ${b.tahun} atas pelaksanaan Perjanjian Kinerja Tahun ${b.tahun}.`,
            ),
          ],
  });

  const dasar = b.rows('dasar', 'Dasar');
  const fungsi = b.rows('fungsi', 'Fungsi');
  const tupoksi: Block[] = dasar.length > 0 ? narrative(dasar) : [para(`${b.unit} dipimpin oleh seorang ${b.jabatan} yang bertanggung jawab kepada pimpinan ${b.pdLengkap}.`)];
  if (fungsi.length > 0) tupoksi.push(para(`${b.jabatan} melaksanakan fungsi antara lain :`), list(fungsi, true));
  parts.push({ id: 'bab-1-tupoksi', title: 'Tugas Pokok dan Fungsi', blocks: tupoksi });

  const struktur = b.rows('strukturOrganisasi', 'Struktur Organisasi');
  const substansi = b.rows('substansi', 'Substansi');
  const bagan = b.options.baganDataUrl ?? null;
  const strukturBlocks: Block[] = [...narrative(struktur)];
  if (substansi.length > 0) strukturBlocks.push(para(`${b.unit} mengkoordinasikan Kelompok Sub Substansi yang terdiri atas :`), list(substansi, true));
  if (struktur.length === 0 && bagan === null) {
    b.missing.push({
      bagian: 'Struktur Organisasi',
      message: `Bagian Struktur Organisasi tidak diisi pada lembar Pendahuluan (Bagian "Struktur Organisasi", atau kunci Identitas "Bagan Organisasi")${substansi.length > 0 ? '; BAB I hanya memuat daftar Sub Substansi' : '; subbab Struktur Organisasi tidak dicetak'}.`,
    });
  }
  if (strukturBlocks.length > 0 || bagan !== null) {
    // The figure is numbered when the section is built (after its heading), like tables.
    parts.push({ id: 'bab-1-struktur', title: 'Struktur Organisasi', blocks: strukturBlocks, bagan });
  }

  const isu = b.rows('isuStrategis', 'Isu Strategis');
  // One issue per row (the validator's advice): several rows are a numbered list.
  const isuBlocks = isu.length > 1 ? [para(`Isu strategis yang dihadapi ${b.unit} adalah sebagai berikut :`), list(isu.map((t) => t.replace(/^[-•–*·]\s*/u, '').replace(/[;.]$/u, '')).map((t, i, all) => (i < all.length - 1 ? `${t};` : `${t}.`)), true)] : narrative(isu);
  if (isu.length > 0) parts.push({ id: 'bab-1-isu', title: 'Isu Strategis', blocks: isuBlocks });
  else b.missing.push({ bagian: 'Isu Strategis', message: 'Bagian Isu Strategis tidak diisi pada lembar Pendahuluan (Bagian "Isu Strategis"); subbab Isu Strategis tidak dicetak.' });

  parts.push({
    id: 'bab-1-sistematika',
    title: 'Sistematika Penyajian',
    blocks: [
      para(`Laporan Kinerja Tahun ${b.tahun} disajikan dengan sistematika sebagai berikut :`),
      list(
        [
          'Ikhtisar Eksekutif, ringkasan capaian kinerja dan anggaran tahun ini;',
          'BAB I Pendahuluan, latar belakang, tugas pokok dan fungsi, serta hal-hal yang melatarbelakangi penyusunan laporan;',
          'BAB II Perencanaan Kinerja, Rencana Strategis, Perjanjian Kinerja dan anggaran tahun ini;',
          'BAB III Akuntabilitas Kinerja, capaian kinerja per indikator beserta analisisnya dan realisasi anggaran;',
          'BAB IV Penutup, kesimpulan dan langkah perbaikan pada tahun berikutnya;',
          'Lampiran, Perjanjian Kinerja dan pengukuran kinerja.',
        ],
        false,
      ),
    ],
  });
  parts.forEach((p, i) =>
    out.push(
      b.section(p.id, `${upper(letter(i))}.`, p.title, 2, () =>
        p.bagan ? [...p.blocks, b.image(`Bagan Struktur Organisasi ${b.unit}`, p.bagan)] : p.blocks,
      ),
    ),
  );
  return out;
}

// ------------------------------------------------------------------ BAB II

function pkTable(b: Builder, title: string): Block {
  const inds = b.calc.indikator;
  const rows: TableRow[] = [];
  let no = 0;
  inds.forEach((ind, i) => {
    const start = i === 0 || clean(inds[i - 1]!.sasaran) !== clean(ind.sasaran);
    let span = 1;
    if (start) {
      no += 1;
      while (i + span < inds.length && clean(inds[i + span]!.sasaran) === clean(ind.sasaran)) span += 1;
    }
    rows.push(
      row([
        cell(`${no}.`, 'center', span, 1, start),
        cell(clean(ind.sasaran), '', span, 1, start),
        cell(clean(ind.indikator)),
        cell(quantity(ind.target, ind.satuan), 'center'),
      ]),
    );
  });
  return b.table(title, {
    head: { rows: [[hc('No.'), hc('Sasaran'), hc('Indikator Kinerja'), hc('Target')]] },
    rows,
    widths: [7, 33, 42, 18],
    note: null,
  });
}

function anggaranPkTable(b: Builder, title: string): Block {
  return b.table(title, {
    head: { rows: [[hc('No.'), hc('Program / Kegiatan'), hc('Anggaran (Rp)'), hc('Sumber Dana')]] },
    rows: [
      ...b.calc.anggaran.map((a, i) => {
        const prog = b.wb.anggaran.find((r) => r.kode === a.kode)?.program ?? null;
        return row([cell(`${i + 1}.`, 'center'), cell(prog === null ? clean(a.kegiatan) : `${clean(prog)} / ${clean(a.kegiatan)}`), cell(formatMoney(a.pagu, 2), 'number'), cell(clean(a.sumberDana), 'center')]);
      }),
      row([cell('', '', 1, 1), cell('Jumlah', 'bold'), cell(formatMoney(b.calc.ringkasan.pagu, 2), 'number bold'), cell('')], true),
    ],
    widths: [7, 55, 23, 15],
    note: null,
  });
}

function bab2(b: Builder): SectionView[] {
  b.startChapter(2);
  const out: SectionView[] = [b.section('bab-2', 'BAB II', 'PERENCANAAN KINERJA', 1)];
  const renstra = b.wb.renstra;
  const years = [...new Set(renstra.flatMap((r) => r.target.map((t) => t.tahun)))].sort((x, y) => x - y);
  out.push(b.section('bab-2-renstra', 'A.', 'Rencana Strategis', 2, () => renstraBlocks(b, renstra, years)));
  out.push(
    b.section('bab-2-pk', 'B.', 'Perjanjian Kinerja', 2, () => [
      para(`Perjanjian Kinerja Tahun ${b.tahun} memuat sasaran, indikator kinerja dan target yang disepakati ${b.jabatan} dengan atasannya, sebagai berikut :`),
      pkTable(b, `Perjanjian Kinerja Tahun ${b.tahun}`),
      para(`Untuk mencapai target tersebut, ${b.unit} didukung anggaran sebagai berikut :`),
      anggaranPkTable(b, `Anggaran Tahun ${b.tahun}`),
    ]),
  );
  return out;
}

function renstraBlocks(b: Builder, renstra: Workbook['renstra'], years: number[]): Block[] {
  const rBlocks: Block[] = [];
  if (renstra.length === 0) {
    rBlocks.push(para(`Buku kerja tidak memuat lembar Renstra, sehingga target jangka menengah indikator kinerja ${b.unit} tidak dapat disajikan.`));
    b.missing.push({ bagian: 'Renstra', message: 'Lembar Renstra tidak ada: perbandingan dengan target akhir Renstra dan tahun-tahun sebelumnya tidak dapat disajikan.' });
  } else {
    const period = years.length > 0 ? ` periode ${years[0]}–${years[years.length - 1]}` : '';
    rBlocks.push(
      para(`Rencana Strategis${period} menetapkan kondisi awal, target tahunan dan target akhir indikator kinerja ${b.unit} sebagai berikut :`),
    );
    const rows = b.calc.indikator.map((ind, i) => {
      const r = renstra.find((x) => x.kode === ind.kode);
      const fmt = (v: Decimal | null | undefined) => (v === null || v === undefined ? DASH : quantity(v, ''));
      return row([
        cell(`${i + 1}.`, 'center'),
        cell(clean(ind.indikator)),
        cell(clean(ind.satuan), 'center'),
        cell(fmt(r?.kondisiAwal), 'center'),
        ...years.map((y) => cell(fmt(r?.target.find((t) => t.tahun === y)?.nilai), 'center')),
        cell(fmt(r?.targetAkhir), 'center'),
      ]);
    });
    // Kondisi Awal and Target Akhir keep room for their two-line headers; the years share the rest.
    const w = 40 / Math.max(1, years.length);
    rBlocks.push(
      b.table('Target Rencana Strategis', {
        head: {
          rows: [
            [hc('No.', 1, 2), hc('Indikator Kinerja', 1, 2), hc('Satuan', 1, 2), hc('Kondisi Awal', 1, 2), hc('Target', years.length), hc('Target Akhir', 1, 2)],
            years.map((y) => hc(String(y))),
          ],
        },
        rows,
        widths: [5, 25, 12, 9, ...Array<number>(years.length).fill(w), 9],
        className: 'grid-small',
        note: b.calc.indikator.some((ind) => !renstra.some((r) => r.kode === ind.kode)) ? 'Tanda - : indikator atau tahun tidak tercantum dalam Renstra.' : null,
      }),
    );
  }
  return rBlocks;
}

// ------------------------------------------------------------------ BAB III

function bab3(b: Builder): SectionView[] {
  b.startChapter(3);
  const out: SectionView[] = [b.section('bab-3', 'BAB III', 'AKUNTABILITAS KINERJA', 1)];
  const inds = b.calc.indikator;
  const summaryRows = inds.map((ind, i) =>
    row([
      cell(`${i + 1}.`, 'center'),
      cell(clean(ind.indikator)),
      cell(quantity(ind.target, ind.satuan), 'center'),
      cell(ind.realisasi === null ? DASH : quantity(ind.realisasi, ind.satuan), 'center'),
      cell(pct(ind.capaian), 'center'),
      cell(ind.kategori ?? 'Belum dapat diukur', 'center'),
    ]),
  );
  out.push(
    b.section('bab-3-a', 'A.', 'Capaian Kinerja Organisasi', 2, () => [
      para(
        `Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target setiap indikator kinerja. Capaian kinerja Tahun ${b.tahun} ${b.unit} secara ringkas sebagai berikut :`,
      ),
      b.table(`Capaian Kinerja Tahun ${b.tahun}`, {
        head: { rows: [[hc('No.'), hc('Indikator Kinerja'), hc('Target'), hc('Realisasi'), hc('Capaian (%)'), hc('Kategori')]] },
        rows: summaryRows,
        widths: [6, 40, 14, 14, 12, 14],
        note: null,
      }),
    ]),
  );
  const tahunAkhir = (kode: string) => {
    const r = b.wb.renstra.find((x) => x.kode === kode);
    const last = r?.target.at(-1);
    return last?.tahun ?? null;
  };
  // `<sasaran>.<indikator within it>.`, sasaran counted by runs as in the PK table.
  let sasaranNo = 0;
  let runStart = 0;
  inds.forEach((ind, i) => {
    if (i === 0 || clean(inds[i - 1]!.sasaran) !== clean(ind.sasaran)) {
      sasaranNo += 1;
      runStart = i;
    }
    out.push(b.section(`bab-3-a-${i + 1}`, `${sasaranNo}.${i - runStart + 1}.`, `${clean(ind.indikator)}`, 3, () => indikatorBlocks(b, ind, i, clean(ind.sasaran), tahunAkhir(ind.kode))));
  });
  out.push(b.section('bab-3-b', 'B.', 'Realisasi Anggaran', 2, () => anggaranBlocks(b)));
  return out;
}

function indikatorBlocks(b: Builder, ind: IndikatorTahunan, i: number, sasaran: string, tahunAkhir: number | null): Block[] {
  const kegiatan = b.kegiatanName(ind);
  const ang = b.anggaranOf(ind.kegiatan);
  const eff = b.calc.efisiensi.find((e) => e.indikator === ind.kode);
  const name = clean(ind.indikator);
  const blocks: Block[] = [para(`Sasaran : ${sasaran}`)];

  blocks.push(subtitle('a. Target dan realisasi Tahun ' + b.tahun));
  blocks.push(para(targetRealisasiText(ind, kegiatan, b.tahun)));
  blocks.push(
    b.table(`Target dan Realisasi ${name}`, {
      head: { rows: [[hc('Target'), hc('Realisasi'), hc('Capaian (%)'), hc('Kategori')]] },
      rows: [
        row([
          cell(quantity(ind.target, ind.satuan), 'center'),
          cell(ind.realisasi === null ? DASH : quantity(ind.realisasi, ind.satuan), 'center'),
          cell(pct(ind.capaian), 'center'),
          cell(ind.kategori ?? 'Belum dapat diukur', 'center'),
        ]),
      ],
      widths: [25, 25, 25, 25],
      note: null,
    }),
  );

  blocks.push(subtitle('b. Perbandingan dengan tahun-tahun sebelumnya'));
  blocks.push(para(perubahanText(ind, b.tahun)));
  if (ind.riwayat.length > 0) {
    const years = [...ind.riwayat.map((r) => ({ tahun: r.tahun, target: r.target, realisasi: r.realisasi, capaian: r.capaian })), { tahun: b.tahun, target: ind.target, realisasi: ind.realisasi, capaian: ind.capaian }];
    const q = (v: Decimal | null) => (v === null ? DASH : quantity(v, ind.satuan));
    const w = 70 / years.length;
    const pctPer = isPercentSatuan(ind.satuan);
    // One sign for both figures: `+20 orang (+25,00 %)`, `−1 poin (−9,09 %)`.
    const sign = (x: Decimal) => (x.isZero() ? '' : x.isPositive() ? '+' : '−');
    const perubahan =
      ind.perubahan === null
        ? DASH
        : `${sign(ind.perubahan.selisih)}${pctPer ? `${quantity(ind.perubahan.selisih.abs(), '')} poin` : quantity(ind.perubahan.selisih.abs(), ind.satuan)}${ind.perubahan.persen === null ? '' : ` (${sign(ind.perubahan.persen)}${formatPercent(ind.perubahan.persen.abs())} %)`}`;
    blocks.push(
      b.table(`Realisasi dan Capaian ${name} ${years[0]!.tahun}–${b.tahun}`, {
        head: { rows: [[hc('Uraian'), ...years.map((y) => hc(String(y.tahun)))]] },
        rows: [
          row([cell('Target'), ...years.map((y) => cell(q(y.target), 'center'))]),
          row([cell('Realisasi'), ...years.map((y) => cell(q(y.realisasi), 'center'))]),
          row([cell('Capaian (%)'), ...years.map((y) => cell(pct(y.capaian), 'center'))]),
        ],
        widths: [30, ...Array<number>(years.length).fill(w)],
        note: `Perubahan realisasi terhadap Tahun ${b.tahun - 1}: ${perubahan}.`,
      }),
    );
    blocks.push(b.chart(`Tren Target dan Realisasi ${name}`, trendChartSvg(years, `Tren ${name}`, clean(ind.satuan))));
  }

  blocks.push(subtitle('c. Perbandingan dengan target akhir Renstra'));
  blocks.push(para(renstraText(ind, b.tahun, tahunAkhir)));

  blocks.push(subtitle('d. Perbandingan dengan standar nasional'));
  blocks.push(para(standarText(ind, b.tahun)));

  blocks.push(subtitle('e. Analisis penyebab keberhasilan atau kegagalan dan solusi'));
  const analisis = b.wb.analisis
    .filter((a) => a.indikator === ind.kode && (a.tw === null || a.tw === 4 || a.tw === 'tahunan'))
    .flatMap((a) => {
      const { text, corrections } = fixTerbilang(a.isi);
      for (const c of corrections) b.corrections.push({ source: `Analisis ${ind.kode}`, found: c.found, expected: c.expected });
      return splitLines(text);
    });
  if (analisis.length > 0) blocks.push(...narrative(analisis));
  else {
    blocks.push(para(`Analisis penyebab keberhasilan atau kegagalan indikator ini belum diuraikan.`));
    b.missing.push({ bagian: 'Analisis', message: `Lembar Analisis tidak memuat baris untuk indikator ${ind.kode} dengan TW kosong, 4 atau Tahunan.` });
  }

  blocks.push(subtitle('f. Efisiensi penggunaan sumber daya'));
  blocks.push(para(efisiensiText(ind, ang, eff, b.tahun)));
  if (ang !== undefined) {
    blocks.push(
      b.table(`Cost per Outcome ${name}`, {
        head: { rows: [[hc('Pagu (Rp)'), hc('Realisasi Anggaran (Rp)'), hc('Capaian Anggaran (%)'), hc('Capaian Kinerja (%)'), hc('Efisiensi (%)')]] },
        rows: [
          row([
            cell(formatMoney(ang.pagu), 'number'),
            cell(formatMoney(ang.realisasi), 'number'),
            cell(pct(ang.capaian), 'center'),
            cell(pct(ind.capaian), 'center'),
            cell(pct(eff?.efisiensi ?? null), 'center'),
          ]),
        ],
        widths: [22, 22, 18, 18, 20],
        note: null,
      }),
    );
  }

  blocks.push(subtitle('g. Program dan kegiatan pendukung'));
  blocks.push(para(pendukungText(ind, b.programOf(ind), ang)));
  void i;
  return blocks;
}

function anggaranBlocks(b: Builder): Block[] {
  const groups = new Map<string, AnggaranResult[]>();
  for (const a of b.calc.anggaran) {
    const prog = clean(b.wb.anggaran.find((r) => r.kode === a.kode)?.program ?? '') || 'Program tidak disebutkan';
    const g = groups.get(prog);
    if (g) g.push(a);
    else groups.set(prog, [a]);
  }
  const rows: TableRow[] = [];
  let n = 0;
  const sum = (xs: Decimal[]) => xs.reduce((s, x) => s.plus(x));
  // Without any Program in the workbook there is nothing to group by: one list, one total.
  const grouped = b.wb.anggaran.some((r) => r.program !== null && clean(r.program) !== '');
  for (const [prog, items] of groups) {
    if (grouped) rows.push(row([cell(prog, 'bold', 1, 6)]));
    for (const a of items) {
      n += 1;
      rows.push(
        row([
          cell(`${n}.`, 'center'),
          cell(clean(a.kegiatan)),
          cell(formatMoney(a.pagu), 'number'),
          cell(formatMoney(a.realisasi), 'number'),
          cell(pct(a.capaian), 'center'),
          cell(formatMoney(a.sisa), 'number'),
        ]),
      );
    }
    if (!grouped) continue;
    const pagu = sum(items.map((a) => a.pagu));
    const real = sum(items.map((a) => a.realisasi));
    rows.push(
      row(
        [
          cell(''),
          cell(`Jumlah ${prog}`, 'bold'),
          cell(formatMoney(pagu), 'number bold'),
          cell(formatMoney(real), 'number bold'),
          cell(pagu.isZero() ? DASH : formatPercent(real.div(pagu).times(100)), 'center bold'),
          cell(formatMoney(pagu.minus(real)), 'number bold'),
        ],
        true,
      ),
    );
  }
  const r = b.calc.ringkasan;
  rows.push(
    row(
      [cell(''), cell('JUMLAH', 'bold'), cell(formatMoney(r.pagu), 'number bold'), cell(formatMoney(r.realisasi), 'number bold'), cell(pct(r.capaianAnggaran), 'center bold'), cell(formatMoney(r.pagu.minus(r.realisasi)), 'number bold')],
      true,
    ),
  );
  return [
    para(ikhtisarFigures(r, b.tahun, b.unit)[1]!),
    b.table(`Realisasi Anggaran Tahun ${b.tahun}`, {
      head: { rows: [[hc('No.'), hc('Program / Kegiatan'), hc('Pagu (Rp)'), hc('Realisasi (Rp)'), hc('%'), hc('Sisa (Rp)')]] },
      rows,
      widths: [6, 36, 17, 17, 8, 16],
      className: 'grid-small',
      note: null,
    }),
  ];
}

// ------------------------------------------------------------------ BAB IV, Lampiran

function bab4(b: Builder): SectionView[] {
  b.startChapter(4);
  const r = b.calc.ringkasan;
  const kesimpulan: Block[] = [
    para(
      `Laporan Kinerja Tahun ${b.tahun} merupakan pertanggungjawaban ${b.jabatan} atas pelaksanaan Perjanjian Kinerja Tahun ${b.tahun}. ${ikhtisarFigures(r, b.tahun, b.unit).join(' ')}`,
    ),
  ];
  const below = b.calc.indikator.filter((i) => i.capaian !== null && i.capaian.lessThan(100));
  const measured = b.calc.indikator.filter((i) => i.capaian !== null);
  if (measured.length > 0 && below.length === 0) kesimpulan.push(para(`Seluruh indikator yang dapat diukur telah mencapai atau melampaui target Tahun ${b.tahun}.`));
  if (below.length > 0) {
    kesimpulan.push(para(`Indikator yang belum mencapai target adalah ${joinIndonesian(below.map((i) => `${clean(i.indikator)} (${formatPercent(i.capaian!)} %)`))}; capaian indikator tersebut menjadi perhatian pada tahun berikutnya.`));
  }
  kesimpulan.push(...narrative(b.rows('penutupTahunan', 'Penutup Tahunan')));
  const tl = b.wb.tindakLanjut.filter((t) => t.tw === null || t.tw === 4 || t.tw === 'tahunan');
  const groups = new Map<string, string[]>();
  for (const t of tl) {
    const name = b.anggaranOf(t.kegiatan)?.kegiatan ?? t.kegiatan;
    const g = groups.get(name);
    const lines = splitLines(t.rencana);
    if (g) g.push(...lines);
    else groups.set(name, lines);
  }
  const tlBlocks: Block[] =
    groups.size === 0
      ? [para(`Langkah perbaikan pada Tahun ${b.tahun + 1} akan disusun berdasarkan hasil evaluasi atas capaian kinerja tersebut.`)]
      : [
          para(`Langkah perbaikan yang akan dilaksanakan pada Tahun ${b.tahun + 1} adalah sebagai berikut :`),
          ...[...groups].flatMap(([k, items], i) => [subtitle(`${letter(i)}. ${kegiatanPhrase(k)} :`), list(items, false)]),
        ];
  if (groups.size === 0) b.missing.push({ bagian: 'Tindak Lanjut', message: 'Lembar Tindak Lanjut tidak memuat baris dengan TW kosong, 4 atau Tahunan.' });
  return [
    b.section('bab-4', 'BAB IV', 'PENUTUP', 1),
    b.section('bab-4-kesimpulan', 'A.', 'Kesimpulan', 2, () => kesimpulan),
    b.section('bab-4-tindak-lanjut', 'B.', 'Tindak Lanjut', 2, () => [...tlBlocks, { ...base, isSignature: true, signature: b.signature(false) }]),
  ];
}

function lampiran(b: Builder): SectionView[] {
  b.startChapter('L');
  const out: SectionView[] = [b.section('lampiran', '', 'LAMPIRAN', 1)];
  out.push(b.section('lampiran-1', 'Lampiran 1.', `Perjanjian Kinerja Tahun ${b.tahun}`, 2, () => [pkTable(b, `Lampiran Perjanjian Kinerja Tahun ${b.tahun}`), anggaranPkTable(b, `Lampiran Anggaran Tahun ${b.tahun}`)]));
  const withTw = b.wb.indikator.filter((r) => r.targetTw.some((v) => v !== null));
  if (withTw.length > 0) {
    const q = (v: Decimal | null, satuan: string) => (v === null ? DASH : quantity(v, satuan));
    const rows = b.wb.indikator.map((r, i) =>
      row([
        cell(`${i + 1}.`, 'center'),
        cell(clean(r.indikator)),
        cell(clean(r.satuan), 'center'),
        // Figures only: the unit has its own column, so eight narrow columns stay legible.
        ...[0, 1, 2, 3].flatMap((k) => [cell(q(r.targetTw[k] ?? null, ''), 'center'), cell(q(r.realisasi[k] ?? null, ''), 'center')]),
      ]),
    );
    out.push({
      ...b.section('lampiran-2', 'Lampiran 2.', 'Pengukuran Kinerja per Triwulan', 2, () => [
        para(`Target dan realisasi setiap triwulan sebagaimana diisikan pada buku kerja (untuk indikator Kumulatif: bagian triwulan itu, bukan kumulatif).`),
        b.table('Pengukuran Kinerja per Triwulan', {
          head: {
            rows: [
              [hc('No.', 1, 2), hc('Indikator Kinerja', 1, 2), hc('Satuan', 1, 2), ...[1, 2, 3, 4].map((t) => hc(`${b.id.sebutanPeriode} ${toRoman(t)}`, 2))],
              [1, 2, 3, 4].flatMap(() => [hc('T'), hc('R')]),
            ],
          },
          rows,
          widths: [5, 24, 11, ...Array<number>(8).fill(7.5)],
          className: 'grid-small',
          note: 'T = target triwulan, R = realisasi triwulan; tanda - : tidak diisi.',
        }),
      ]),
      newPage: true,
    });
  }
  return out;
}

export type { TahunanViewModel, TocView };
export type { TableHead };
