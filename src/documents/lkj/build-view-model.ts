/**
 * Shapes a validated workbook and its computed figures into the report view model:
 * every string the LKj prints, worded like the reference report and formatted the
 * Indonesian way. Pure: no I/O, no clock, no randomness.
 */
import type { Decimal } from 'decimal.js';
import type { AnggaranResult, CalcResult, EfisiensiResult } from '../../model/calc-types.js';
import { BELUM_DAPAT_DIUKUR } from '../../model/skala.js';
import { formatTanggal, toIsoDate } from '../../format/format-date.js';
import { formatMoney, formatPercent } from '../../format/format-number.js';
import { toRoman } from '../../format/roman.js';
import { fixTerbilang } from '../../format/terbilang.js';
import type { CalendarDate, Workbook } from '../../model/workbook-types.js';
import { buildAnggaranChart, buildCapaianCharts } from '../shared/build-charts.js';
import { anggaranSentence, kinerjaSentence, periodeLengkap, targetTwSentence } from './evaluasi-text.js';
import type {
  AnggaranTableRow,
  Bab1View,
  Bab2View,
  Bab3View,
  CapaianKinerjaView,
  CapaianRow,
  ChartView,
  CostPerOutcomeRow,
  CoverView,
  EvaluasiView,
  HeadingView,
  MetaView,
  NarrativeBlock,
  OutlineEntry,
  PaperName,
  PaperView,
  PengesahanView,
  PerjanjianKinerjaRow,
  PerjanjianKinerjaView,
  ProgramTableRow,
  ProgramTableView,
  ReportViewModel,
  TableHead,
  TanggapanView,
  TerbilangNote,
  TindakLanjutGroup,
  TindakLanjutView,
} from './report-view-model.js';
import {
  bulletList,
  clean,
  formatNip,
  kegiatanPhrase,
  letter,
  narrativeBlocks,
  numberedList,
  quantity,
  spacedLetters,
  splitLines,
  upper,
  wilayahOf,
  withWilayah,
} from '../shared/text-utils.js';
import { hc, numberingRow, paperView, perjanjianRows, runSpans, sasaranRuns, spanCell } from '../shared/view-builders.js';

export interface BuildViewModelOptions {
  /** Signing date (Identitas › Tanggal Laporan TWn, or the default for the quarter). */
  tanggal: CalendarDate;
  paper: PaperName;
  /** Add the SVG charts to 2.2. */
  charts: boolean;
  /** The logo as a data URL (read by the caller), or null. */
  logoDataUrl: string | null;
}

/** What a figure that cannot be computed prints as. */
export const DASH = '-';

/** Top + bottom page margins of templates/shared/report.css (`@page { margin: 25mm 20mm 20mm 25mm }`). */
const VERTICAL_MARGINS_MM = 45;

export function buildViewModel(wb: Workbook, calc: CalcResult, options: BuildViewModelOptions): ReportViewModel {
  const ctx = new Context(wb, calc, options);
  const bab1 = buildBab1(ctx);
  const bab2 = buildBab2(ctx);
  const bab3 = buildBab3(ctx);
  const pengesahan = buildPengesahan(ctx);
  const outline: OutlineEntry[] = [
    entry(1, bab1.heading),
    entry(1, bab2.heading),
    entry(2, bab2.perjanjianKinerja.heading),
    entry(2, bab2.capaianKinerja.heading),
    entry(2, bab2.evaluasi.heading),
    entry(2, bab2.tindakLanjut.heading),
    entry(2, bab2.tanggapan.heading),
    entry(1, bab3.heading),
    entry(1, pengesahan.heading),
  ];
  return {
    lang: 'id',
    paper: buildPaper(options.paper),
    meta: buildMeta(ctx),
    outline,
    cover: buildCover(ctx),
    bab1,
    bab2,
    bab3,
    pengesahan,
    charts: bab2.capaianKinerja.charts,
    terbilangCorrections: ctx.corrections,
  };
}

/** Shared facts and the terbilang-correcting narrative reader. */
class Context {
  readonly id: Workbook['identitas'];
  readonly sebutan: string;
  readonly tw: number;
  readonly tahun: number;
  /** `Tribulan III Tahun 2023`. */
  readonly periode: string;
  /** `Kabupaten Lumajang`. */
  readonly wilayah: string;
  /** `Dinas Tenaga Kerja Kabupaten Lumajang`. */
  readonly pdLengkap: string;
  readonly unitKerja: string;
  readonly jabatan: string;
  readonly corrections: TerbilangNote[] = [];

  constructor(
    readonly wb: Workbook,
    readonly calc: CalcResult,
    readonly options: BuildViewModelOptions,
  ) {
    this.id = wb.identitas;
    this.sebutan = wb.identitas.sebutanPeriode;
    this.tw = calc.tw;
    this.tahun = calc.tahun;
    this.periode = periodeLengkap({ sebutan: this.sebutan, tw: this.tw, tahun: this.tahun });
    this.wilayah = wilayahOf(wb.identitas.pemerintah);
    this.pdLengkap = withWilayah(wb.identitas.perangkatDaerah, this.wilayah);
    this.unitKerja = clean(wb.identitas.unitKerja);
    this.jabatan = clean(wb.identitas.jabatan);
  }

  get period() {
    return { sebutan: this.sebutan, tw: this.tw, tahun: this.tahun };
  }

  /** Typed narrative text with its terbilang pairs corrected (`8 (lima)` -> `8 (delapan)`). */
  narrative(text: string, source: string): string {
    const { text: fixed, corrections } = fixTerbilang(text);
    for (const c of corrections) this.corrections.push({ source, found: c.found, expected: c.expected });
    return fixed;
  }

  /** Does a row with this TW (null = every quarter; `tahunan` = annual report only) belong to the report's quarter? */
  inQuarter(tw: number | null | 'tahunan'): boolean {
    return tw === null || tw === this.tw;
  }
}

function entry(level: 1 | 2, h: HeadingView): OutlineEntry {
  return { level, id: h.id, text: h.text };
}

function heading(id: string, number: string, title: string, text = `${number} ${title}`.trim()): HeadingView {
  return { id, number, title, text };
}

function buildPaper(name: PaperName): PaperView {
  return paperView(name, VERTICAL_MARGINS_MM);
}

function buildMeta(ctx: Context): MetaView {
  const twRoman = toRoman(ctx.tw);
  const keywords = [
    'Laporan Kinerja',
    'LKj',
    'SAKIP',
    `${ctx.sebutan} ${twRoman}`,
    String(ctx.tahun),
    ctx.unitKerja,
    clean(ctx.id.perangkatDaerah),
    clean(ctx.id.pemerintah),
  ];
  return {
    title: `Laporan Kinerja ${ctx.sebutan} ${twRoman} ${ctx.tahun} — ${ctx.unitKerja}`,
    author: clean(ctx.id.perangkatDaerah),
    subject: `Laporan Kinerja (LKj) ${ctx.unitKerja} ${ctx.pdLengkap} ${ctx.periode}`,
    keywords,
    keywordsText: keywords.join(', '),
    periode: ctx.sebutan,
    tw: ctx.tw,
    twRoman,
    tahun: ctx.tahun,
    periodeLengkap: ctx.periode,
    tanggal: formatTanggal(ctx.options.tanggal),
    tanggalIso: toIsoDate(ctx.options.tanggal),
    lang: 'id',
  };
}

function buildCover(ctx: Context): CoverView {
  const { id } = ctx;
  const jenjang = id.jenjangJabatan === null ? '' : clean(id.jenjangJabatan);
  return {
    judul: 'LAPORAN KINERJA',
    periode: upper(`${ctx.sebutan} ${toRoman(ctx.tw)} TA. ${ctx.tahun}`),
    jenjangJabatan: jenjang === '' ? null : upper(jenjang),
    jabatan: upper(id.jabatan),
    pemerintah: upper(id.pemerintah),
    perangkatDaerah: upper(id.perangkatDaerah),
    alamat: id.alamat === null || clean(id.alamat) === '' ? null : clean(id.alamat),
    kota: spacedLetters(id.kota),
    logoDataUrl: ctx.options.logoDataUrl,
    logoAlt: `Logo ${clean(id.pemerintah)}`,
  };
}

// ---------------------------------------------------------------- BAB I

function pendahuluan(ctx: Context, bagian: 'dasar' | 'fungsi' | 'substansi' | 'penutup'): string[] {
  const label = { dasar: 'Dasar', fungsi: 'Fungsi', substansi: 'Substansi', penutup: 'Penutup' }[bagian];
  return ctx.wb.pendahuluan
    .filter((r) => r.bagian === bagian)
    .map((r) => ctx.narrative(r.isi, `Pendahuluan (${label})`));
}

function defaultDasar(ctx: Context): string[] {
  return [
    `${ctx.unitKerja} merupakan salah satu unit kerja pada ${ctx.pdLengkap} yang dipimpin oleh seorang ${ctx.jabatan} dan mempunyai tugas melaksanakan sebagian tugas ${ctx.pdLengkap} sesuai dengan ketentuan peraturan perundang-undangan yang mengatur kedudukan, susunan organisasi, uraian tugas dan fungsi serta tata kerja ${ctx.pdLengkap}.`,
    `Sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah, ${ctx.jabatan} menyusun Laporan Kinerja ${ctx.periode} sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi serta penggunaan anggaran.`,
  ];
}

function buildBab1(ctx: Context): Bab1View {
  const dasarRows = pendahuluan(ctx, 'dasar').flatMap(splitLines);
  // One function per row: line breaks inside a cell are just wrapping.
  const fungsi = numberedList(pendahuluan(ctx, 'fungsi'));
  const substansi = numberedList(pendahuluan(ctx, 'substansi'));
  const programTable = buildProgramTable(ctx);
  return {
    heading: heading('bab-1', 'BAB I', 'PENDAHULUAN'),
    dasar: dasarRows.length > 0 ? dasarRows : defaultDasar(ctx),
    fungsiIntro: fungsi.length > 0 ? `${ctx.jabatan} melaksanakan fungsi antara lain :` : null,
    fungsi,
    substansiIntro:
      substansi.length > 0
        ? `${ctx.unitKerja} pada ${ctx.pdLengkap} mengkoordinasikan Kelompok Sub Substansi yang terdiri atas :`
        : null,
    substansi,
    programIntro: programTable === null ? null : `Dalam tahun ${ctx.tahun}, ${ctx.unitKerja} melaksanakan tugas dan fungsi :`,
    programTable,
  };
}


function buildProgramTable(ctx: Context): ProgramTableView | null {
  const rows = ctx.wb.program;
  if (rows.length === 0) return null;
  const programStarts = rows.map((r, i) => i === 0 || !r.continuesProgram);
  // A kegiatan cannot continue across a new programme.
  const kegiatanStarts = rows.map((r, i) => programStarts[i] === true || !r.continuesKegiatan);
  const programSpans = runSpans(programStarts);
  const kegiatanSpans = runSpans(kegiatanStarts);

  let no = 0;
  let program = '';
  let kegiatan = '';
  const out: ProgramTableRow[] = rows.map((r, i) => {
    if (programStarts[i]) {
      no += 1;
      program = clean(r.program);
    }
    if (kegiatanStarts[i]) kegiatan = clean(r.kegiatan);
    const pSpan = programSpans[i] ?? 0;
    const kSpan = kegiatanSpans[i] ?? 0;
    return {
      no: spanCell(String(no), pSpan),
      program: spanCell(program, pSpan),
      kegiatan: spanCell(kegiatan, kSpan),
      subKegiatan: clean(r.subKegiatan),
      pelaksana: clean(r.pelaksana),
    };
  });
  return {
    head: { rows: [[hc('No'), hc('Program'), hc('Kegiatan'), hc('Sub Kegiatan'), hc('Pelaksana')]] },
    rows: out,
  };
}

// ---------------------------------------------------------------- BAB II

function buildBab2(ctx: Context): Bab2View {
  return {
    heading: heading('bab-2', 'BAB II', 'AKUNTABILITAS KINERJA'),
    perjanjianKinerja: buildPerjanjianKinerja(ctx),
    capaianKinerja: buildCapaianKinerja(ctx),
    evaluasi: buildEvaluasi(ctx),
    tindakLanjut: buildTindakLanjut(ctx),
    tanggapan: buildTanggapan(),
  };
}

/** Money columns print whole rupiah unless some amount has sen. */
function moneyDecimals(calc: CalcResult): number {
  return calc.anggaran.every((a) => a.pagu.isInteger() && a.realisasi.isInteger()) ? 0 : 2;
}

function buildPerjanjianKinerja(ctx: Context): PerjanjianKinerjaView {
  const rows: PerjanjianKinerjaRow[] = perjanjianRows(ctx.calc.indikator);
  const anggaranRows: AnggaranTableRow[] = ctx.calc.anggaran.map((a, i) => ({
    kegiatan: `${i + 1}. ${clean(a.kegiatan)}`,
    anggaran: formatMoney(a.pagu, 2),
    keterangan: clean(a.sumberDana),
  }));
  return {
    heading: heading('bab-2-1', '2.1.', 'Perjanjian Kinerja'),
    head: {
      rows: [
        [hc('No.'), hc('Sasaran'), hc('Indikator Kinerja'), hc('Target')],
        numberingRow(['1', '2', '3', '4']),
      ],
    },
    rows,
    anggaranHead: { rows: [[hc('Kegiatan'), hc('Anggaran'), hc('Keterangan')]] },
    anggaranRows,
  };
}

function findAnggaran(ctx: Context, kode: string): AnggaranResult | undefined {
  return ctx.calc.anggaran.find((a) => a.kode === kode);
}

function findEfisiensi(ctx: Context, kode: string): EfisiensiResult | undefined {
  return ctx.calc.efisiensi.find((e) => e.indikator === kode);
}

function pct(x: Decimal | null): string {
  return x === null ? DASH : formatPercent(x);
}

function buildCapaianKinerja(ctx: Context): CapaianKinerjaView {
  const inds = ctx.calc.indikator;
  const { starts, texts } = sasaranRuns(inds);
  const spans = runSpans(starts);
  const decimals = moneyDecimals(ctx.calc);

  const rows: CapaianRow[] = inds.map((ind, i) => ({
    sasaran: spanCell(texts[i] ?? '', spans[i] ?? 0),
    indikator: clean(ind.indikator),
    target: quantity(ind.target, ind.satuan),
    targetTw: ind.targetTw === null ? DASH : quantity(ind.targetTw, ind.satuan),
    realisasi: ind.realisasi === null ? DASH : quantity(ind.realisasi, ind.satuan),
    capaian: pct(ind.capaian),
    capaianTargetTw: pct(ind.capaianTargetTw),
    keterangan: ind.belumDapatDiukur ? BELUM_DAPAT_DIUKUR : (ind.kategori ?? DASH),
  }));
  // The annual target stays the reference; the quarter-target capaian is an extra column.
  const withTargetTw = inds.some((ind) => ind.targetTw !== null);
  const twLabel = `TW ${toRoman(ctx.calc.tw)}`;

  let no = 0;
  const costRows: CostPerOutcomeRow[] = inds.map((ind, i) => {
    if (starts[i]) no += 1;
    const span = spans[i] ?? 0;
    const ang = findAnggaran(ctx, ind.kegiatan);
    const eff = findEfisiensi(ctx, ind.kode);
    return {
      no: spanCell(`${no}.`, span),
      sasaran: spanCell(texts[i] ?? '', span),
      indikator: clean(ind.indikator),
      pagu: ang === undefined ? DASH : formatMoney(ang.pagu, decimals),
      realisasiAnggaran: ang === undefined ? DASH : formatMoney(ang.realisasi, decimals),
      capaianAnggaran: pct(ang?.capaian ?? null),
      target: quantity(ind.target, ind.satuan),
      realisasi: ind.realisasi === null ? DASH : quantity(ind.realisasi, ind.satuan),
      capaian: pct(ind.capaian),
      efisiensi: pct(eff?.efisiensi ?? null),
    };
  });

  const unmeasured = inds.flatMap((ind, i) => (ind.belumDapatDiukur ? [`${i + 1}. ${clean(ind.indikator)}`] : []));
  const charts: ChartView[] = ctx.options.charts
    ? [
        ...(unmeasured.length < inds.length ? buildCapaianCharts(ctx.calc, `Grafik Capaian Kinerja dan Capaian Anggaran ${ctx.periode}`) : []),
        ...(ctx.calc.anggaran.length > 0 ? [buildAnggaranChart(ctx.calc, `Grafik Penyerapan Anggaran per Kegiatan ${ctx.periode}`)] : []),
      ]
    : [];

  return {
    heading: heading('bab-2-2', '2.2.', 'Capaian Kinerja'),
    tableTitle: `Capaian Kinerja ${ctx.periode}`,
    head: withTargetTw
      ? {
          rows: [
            [
              hc('Sasaran Kegiatan'),
              hc('Indikator Kinerja'),
              hc('Target'),
              hc(`Target s.d. ${twLabel}`),
              hc('Realisasi'),
              hc('Capaian (%)'),
              hc(`Capaian thd Target s.d. ${twLabel} (%)`),
              hc('Ket'),
            ],
            numberingRow(['1', '2', '3', '4', '5', '6=5/3', '7=5/4', '8']),
          ],
        }
      : {
          rows: [
            [
              hc('Sasaran Kegiatan'),
              hc('Indikator Kinerja'),
              hc('Target'),
              hc('Realisasi'),
              hc('Capaian (%)'),
              hc('Ket'),
            ],
            numberingRow(['1', '2', '3', '4', '5=4/3', '6']),
          ],
        },
    rows,
    withTargetTw,
    costTitle: 'Tabel Cost per outcome',
    costHead: {
      rows: [
        [
          hc('No', 1, 2),
          hc('Sasaran/ Program/ Kegiatan', 1, 2),
          hc('Indikator Kinerja', 1, 2),
          hc('Anggaran', 3),
          hc('Kinerja', 3),
          hc('Efisiensi (%)', 1, 2),
        ],
        [hc('P'), hc('R'), hc('C (%)'), hc('T'), hc('R'), hc('%')],
        numberingRow(['1', '2', '3', '4', '5', '6=5/4', '7', '8', '9=8/7', '10=9-6']),
      ],
    },
    costRows,
    unmeasuredNote:
      unmeasured.length === 0
        ? null
        : `Indikator yang belum dapat diukur sampai dengan ${ctx.periode} karena realisasinya belum ada (realisasi, capaian dan efisiensi dicetak "${DASH}"${ctx.options.charts ? ', tanpa batang pada grafik' : ''}): ${unmeasured.join('; ')}.`,
    charts,
  };
}

/** Analisis rows of one indicator for this quarter, as paragraphs and bullet lists. */
function analisisBlocks(ctx: Context, kode: string): NarrativeBlock[] {
  const lines = ctx.wb.analisis
    .filter((r) => r.indikator === kode && ctx.inQuarter(r.tw))
    .flatMap((r) => splitLines(ctx.narrative(r.isi, `Analisis ${kode}`)));
  return narrativeBlocks(lines);
}

function buildEvaluasi(ctx: Context): EvaluasiView {
  const items = ctx.calc.indikator.map((ind, i) => {
    const ang = findAnggaran(ctx, ind.kegiatan);
    const eff = findEfisiensi(ctx, ind.kode);
    const perTw = targetTwSentence(ind, ctx.period);
    const kinerja = `${kinerjaSentence(ind, ang?.kegiatan ?? ind.kegiatan, ctx.period)}${perTw === '' ? '' : ` ${perTw}`}`;
    const anggaran = anggaranSentence(ang, eff, ind.capaian, ctx.period);
    return {
      letter: `${letter(i)}.`,
      kodeIndikator: ind.kode,
      lead: anggaran === '' ? kinerja : `${kinerja} ${anggaran}`,
      blocks: analisisBlocks(ctx, ind.kode),
    };
  });
  return {
    heading: heading('bab-2-3', '2.3.', 'Evaluasi dan Analisis Kinerja'),
    intro: `Dari tabel tersebut di atas ${ctx.unitKerja} ${ctx.periode} pelaksanaan kegiatan dapat diuraikan sebagai berikut :`,
    items,
  };
}

function programPhrase(ctx: Context): string {
  const names: string[] = [];
  ctx.wb.program.forEach((r, i) => {
    const name = clean(r.program);
    if ((i === 0 || !r.continuesProgram) && name !== '' && !names.includes(name)) names.push(name);
  });
  if (names.length === 0) return `kegiatan ${ctx.unitKerja}`;
  const withWord = names.map((n) => (/^program\b/iu.test(n) ? n : `Program ${n}`));
  return withWord.length === 1 ? (withWord[0] ?? '') : `${withWord.slice(0, -1).join(', ')} dan ${withWord.at(-1)}`;
}

function buildTindakLanjut(ctx: Context): TindakLanjutView {
  const groups: TindakLanjutGroup[] = [];
  for (const a of ctx.calc.anggaran) {
    const lines = ctx.wb.tindakLanjut
      .filter((r) => r.kegiatan === a.kode && ctx.inQuarter(r.tw))
      .flatMap((r) => splitLines(ctx.narrative(r.rencana, `Tindak Lanjut ${a.kode}`)));
    const items = bulletList(lines);
    if (items.length === 0) continue;
    groups.push({ letter: `${letter(groups.length)}.`, title: `${kegiatanPhrase(a.kegiatan)} :`, items });
  }
  return {
    heading: heading('bab-2-4', '2.4.', 'Rencana Tindak Lanjut'),
    intro:
      groups.length > 0
        ? `Rencana Tindak Lanjut dari pelaksanaan ${programPhrase(ctx)} sampai dengan ${ctx.periode} agar kinerja dapat lebih maksimal, perlu dilakukan :`
        : null,
    groups,
    emptyText: groups.length > 0 ? null : `Belum ada rencana tindak lanjut yang dicatat untuk ${ctx.periode}.`,
  };
}

function buildTanggapan(): TanggapanView {
  return {
    heading: heading('bab-2-5', '2.5.', 'Tanggapan Atasan Langsung'),
    boxTitle: 'RUANGAN DISPOSISI/ TANGGAPAN ATASAN LANGSUNG',
    options: [
      'Laporan kurang baik',
      'Laporan sudah baik',
      'Laporan diperbaiki',
      'Target dan realisasi diteliti ulang',
      'Capaian diteliti ulang',
      'Lain-lain …………………………………………',
    ],
  };
}

// ---------------------------------------------------------------- BAB III, pengesahan

function defaultPenutup(ctx: Context): string[] {
  return [
    `Laporan Kinerja (LKj) ${ctx.unitKerja} ${ctx.pdLengkap} ${ctx.periode} merupakan pertanggungjawaban dari penggunaan anggaran untuk pelaksanaan dan pengendalian program dan kegiatan yang telah dilaksanakan guna tercapainya tujuan organisasi secara efektif dan efisien. Penyusunan Laporan Kinerja ini merupakan langkah awal persiapan evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) di Lingkungan ${clean(ctx.id.pemerintah)} Tahun ${ctx.tahun} dalam rangka mendukung tercapainya Indikator Kinerja Utama (IKU) pada ${ctx.pdLengkap}.`,
  ];
}

function buildBab3(ctx: Context): Bab3View {
  const rows = pendahuluan(ctx, 'penutup').flatMap(splitLines);
  return {
    heading: heading('bab-3', 'BAB III', 'P E N U T U P', 'BAB III PENUTUP'),
    paragraphs: rows.length > 0 ? rows : defaultPenutup(ctx),
  };
}

function withComma(jabatan: string): string {
  const j = clean(jabatan).replace(/[,:]+$/u, '');
  return `${j},`;
}

function buildPengesahan(ctx: Context): PengesahanView {
  const { id } = ctx;
  const namaAtasan = id.namaAtasan === null ? '' : clean(id.namaAtasan);
  const nipAtasan = id.nipAtasan === null || clean(id.nipAtasan) === '' ? null : `NIP. ${formatNip(id.nipAtasan)}`;
  return {
    heading: heading('lembar-pengesahan', '', 'LEMBAR PENGESAHAN'),
    left:
      namaAtasan === ''
        ? null
        : {
            label: 'Mengetahui',
            jabatan: withComma(id.jabatanAtasan ?? 'Atasan Langsung'),
            nama: namaAtasan,
            nip: nipAtasan,
          },
    right: {
      label: `${clean(id.kota)}, ${formatTanggal(ctx.options.tanggal)}`,
      jabatan: withComma(id.jabatan),
      nama: clean(id.namaPejabat),
      nip: clean(id.nipPejabat) === '' ? null : `NIP. ${formatNip(id.nipPejabat)}`,
    },
  };
}
