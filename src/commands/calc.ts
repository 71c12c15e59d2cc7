import type { Decimal } from 'decimal.js';
import { computeReport } from '../calc/compute-report.js';
import type { CalcResult } from '../model/calc-types.js';
import { BELUM_DAPAT_DIUKUR } from '../calc/kategori.js';
import { formatCount, formatMoney, formatPercent } from '../format/format-number.js';
import { InvalidWorkbookError } from '../validate/invalid-workbook-error.js';
import type { Problem } from '../model/problem.js';
import { validateFile } from '../validate/validate-file.js';
import type { Tw } from '../model/workbook-types.js';

export type CalcFormat = 'table' | 'json' | 'csv';

export interface CalcOptions {
  file: string;
  tw: Tw;
  format: CalcFormat;
}

export interface CalcCommandResult {
  result: CalcResult;
  /** Ready-to-print output in the requested format. */
  output: string;
  warnings: Problem[];
}

/** `lkj calc`: the computed figures without rendering a document. */
export async function calcCommand(options: CalcOptions): Promise<CalcCommandResult> {
  const v = await validateFile(options.file, { tw: options.tw });
  if (!v.workbook) throw new InvalidWorkbookError(options.file, v.problems);
  const result = computeReport(v.workbook, options.tw);
  const output =
    options.format === 'json' ? JSON.stringify(calcJson(result), null, 2) : options.format === 'csv' ? calcCsv(result) : calcTable(result);
  return { result, output, warnings: v.problems };
}

const num = (d: Decimal | null): number | null => (d === null ? null : d.toNumber());

/** The contract's JSON shape: figures as numbers, rounded as printed; null where not computable. */
export function calcJson(r: CalcResult) {
  return {
    tahun: r.tahun,
    tw: r.tw,
    unitKerja: r.unitKerja,
    indikator: r.indikator.map((i) => ({
      kode: i.kode,
      sasaran: i.sasaran,
      indikator: i.indikator,
      satuan: i.satuan,
      polaritas: i.polaritas,
      agregasi: i.agregasi,
      target: num(i.target),
      realisasi: num(i.realisasi),
      capaian: num(i.capaian),
      kategori: i.kategori,
      kegiatan: i.kegiatan,
    })),
    anggaran: r.anggaran.map((a) => ({
      kode: a.kode,
      kegiatan: a.kegiatan,
      sumberDana: a.sumberDana,
      pagu: num(a.pagu),
      realisasi: num(a.realisasi),
      capaian: num(a.capaian),
    })),
    efisiensi: r.efisiensi.map((e) => ({
      indikator: e.indikator,
      kegiatan: e.kegiatan,
      capaianAnggaran: num(e.capaianAnggaran),
      capaianKinerja: num(e.capaianKinerja),
      efisiensi: num(e.efisiensi),
    })),
  };
}

/** A CSV cell: text from the workbook, or a figure (written as a plain number). */
type CsvCell = string | Decimal | null;

/** One line per indicator with its budget figures; plain `.` decimals for spreadsheets and scripts. */
export function calcCsv(r: CalcResult): string {
  const header = [
    'kode', 'indikator', 'satuan', 'polaritas', 'agregasi', 'target', 'realisasi', 'capaian', 'kategori',
    'kegiatan', 'pagu', 'realisasi_anggaran', 'capaian_anggaran', 'efisiensi',
  ];
  const lines = [header.join(',')];
  const fixed2 = (d: Decimal | null | undefined) => (d == null ? null : d.toFixed(2));
  r.indikator.forEach((i, n) => {
    const a = r.anggaran.find((x) => x.kode === i.kegiatan);
    const e = r.efisiensi[n];
    const row: { cell: CsvCell; figure: boolean }[] = [
      { cell: i.kode, figure: false },
      { cell: i.indikator, figure: false },
      { cell: i.satuan, figure: false },
      { cell: i.polaritas, figure: false },
      { cell: i.agregasi, figure: false },
      { cell: i.target.toString(), figure: true },
      { cell: fixed2(i.realisasi), figure: true },
      { cell: fixed2(i.capaian), figure: true },
      { cell: i.belumDapatDiukur ? BELUM_DAPAT_DIUKUR : i.kategori, figure: false },
      { cell: i.kegiatan, figure: false },
      { cell: a?.pagu.toString() ?? null, figure: true },
      { cell: a?.realisasi.toString() ?? null, figure: true },
      { cell: fixed2(a?.capaian), figure: true },
      { cell: fixed2(e?.efisiensi), figure: true },
    ];
    lines.push(row.map(({ cell, figure }) => csvField(cell === null ? '' : String(cell), figure)).join(','));
  });
  return lines.join('\n');
}

/**
 * Quotes a field where needed. Text that a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`, and tab/CR which some read the same way) gets a leading `'`, so a workbook
 * cell like `=HYPERLINK(…)` stays text; figures (negative ones too) stay numbers.
 */
export function csvField(s: string, figure = false): string {
  const safe = !figure && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Human-readable, Indonesian-formatted tables for a terminal. */
function calcTable(r: CalcResult): string {
  const dash = (d: Decimal | null, f: (x: Decimal) => string) => (d === null ? '-' : f(d));
  const ind = table(
    ['Kode', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
    r.indikator.map((i) => [
      i.kode,
      clip(i.indikator, 48),
      `${formatCount(i.target)} ${i.satuan}`.trim(),
      i.realisasi === null ? '-' : `${formatCount(i.realisasi)} ${i.satuan}`.trim(),
      dash(i.capaian, formatPercent),
      i.belumDapatDiukur ? BELUM_DAPAT_DIUKUR : (i.kategori ?? '-'),
    ]),
    [false, false, true, true, true, false],
  );
  const ang = table(
    ['Kode', 'Kegiatan', 'Pagu', `Realisasi s.d. TW${r.tw}`, 'Capaian (%)'],
    r.anggaran.map((a) => [a.kode, clip(a.kegiatan, 48), formatMoney(a.pagu), formatMoney(a.realisasi), dash(a.capaian, formatPercent)]),
    [false, false, true, true, true],
  );
  const ef = table(
    ['Indikator', 'Kegiatan', 'Kinerja (%)', 'Anggaran (%)', 'Efisiensi (%)'],
    r.efisiensi.map((e) => [e.indikator, e.kegiatan, dash(e.capaianKinerja, formatPercent), dash(e.capaianAnggaran, formatPercent), dash(e.efisiensi, formatPercent)]),
    [false, false, true, true, true],
  );
  return [`${r.unitKerja} — TW ${r.tw} ${r.tahun}`, '', 'Capaian Kinerja', ind, '', 'Anggaran', ang, '', 'Efisiensi', ef].join('\n');
}

function table(head: string[], rows: string[][], right: boolean[]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((s, c) => (right[c] ? s.padStart(widths[c]!) : s.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
