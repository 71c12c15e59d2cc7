import type { Decimal } from 'decimal.js';
import { computeReport } from '../calc/compute-report.js';
import { computeTahunan } from '../calc/compute-tahunan.js';
import type { CalcResult, IndikatorResult, IndikatorTahunan, TahunanResult } from '../model/calc-types.js';
import { BELUM_DAPAT_DIUKUR } from '../model/skala.js';
import { formatCount, formatMoney, formatPercent } from '../format/format-number.js';
import { InvalidWorkbookError } from '../validate/invalid-workbook-error.js';
import type { Problem } from '../model/problem.js';
import { validateFile } from '../validate/validate-file.js';
import type { Tw } from '../model/workbook-types.js';

export type CalcFormat = 'table' | 'json' | 'csv';

/** Either one quarter (`tw`) or the year (`tahunan`, figures of TW 4 plus the annual ones). */
export type CalcOptions = { file: string; format: CalcFormat } & ({ tw: Tw; tahunan?: false } | { tahunan: true; tw?: undefined });

export interface CalcCommandResult {
  result: CalcResult | TahunanResult;
  /** Ready-to-print output in the requested format. */
  output: string;
  warnings: Problem[];
}

/** `lkj calc`: the computed figures without rendering a document. */
export async function calcCommand(options: CalcOptions): Promise<CalcCommandResult> {
  const v = await validateFile(options.file, { tw: options.tahunan ? 4 : options.tw });
  if (!v.workbook) throw new InvalidWorkbookError(options.file, v.problems);
  if (options.tahunan) {
    const result = computeTahunan(v.workbook);
    const output =
      options.format === 'json'
        ? JSON.stringify(calcTahunanJson(result), null, 2)
        : options.format === 'csv'
          ? calcCsv(result)
          : `${calcTable(result)}\n\n${tahunanTable(result)}`;
    return { result, output, warnings: v.problems };
  }
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
      // Only where the indicator has quarter targets: today's JSON stays as it was without them.
      ...(i.hasTargetTw && { targetTw: num(i.targetTw), capaianTargetTw: num(i.capaianTargetTw) }),
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

/** `calc --tahunan`: the quarterly shape (tw 4) plus the annual figures and the Ikhtisar counts. */
export function calcTahunanJson(r: TahunanResult) {
  const base = calcJson(r);
  return {
    ...base,
    indikator: base.indikator.map((i, n) => {
      const t = r.indikator[n]!;
      return {
        ...i,
        standarNasional: t.standarNasional === null ? null : { teks: t.standarNasional.teks, nilai: num(t.standarNasional.nilai) },
        targetAkhir: num(t.targetAkhir),
        capaianTargetAkhir: num(t.capaianTargetAkhir),
        riwayat: t.riwayat.map((y) => ({ tahun: y.tahun, target: num(y.target), realisasi: num(y.realisasi), capaian: num(y.capaian) })),
        perubahan: t.perubahan === null ? null : { selisih: num(t.perubahan.selisih), persen: num(t.perubahan.persen) },
      };
    }),
    anggaran: base.anggaran.map((a, n) => ({ ...a, sisa: num(r.anggaran[n]!.sisa) })),
    ringkasan: {
      jumlahIndikator: r.ringkasan.jumlahIndikator,
      belumDapatDiukur: r.ringkasan.belumDapatDiukur,
      perKategori: r.ringkasan.perKategori,
      capaianMin100: r.ringkasan.capaianMin100,
      pagu: num(r.ringkasan.pagu),
      realisasi: num(r.ringkasan.realisasi),
      capaianAnggaran: num(r.ringkasan.capaianAnggaran),
    },
  };
}

const isTahunan = (r: CalcResult | TahunanResult): r is TahunanResult => 'ringkasan' in r;

/** A CSV cell: text from the workbook, or a figure (written as a plain number). */
type CsvCell = string | Decimal | null;

/** One line per indicator with its budget figures; plain `.` decimals for spreadsheets and scripts. */
export function calcCsv(r: CalcResult | TahunanResult): string {
  // Extra columns only where there is something to put in them: today's CSV is unchanged.
  const withTargetTw = r.indikator.some((i) => i.hasTargetTw);
  const tahunan = isTahunan(r);
  const header = [
    'kode', 'indikator', 'satuan', 'polaritas', 'agregasi', 'target', 'realisasi', 'capaian', 'kategori',
    'kegiatan', 'pagu', 'realisasi_anggaran', 'capaian_anggaran', 'efisiensi',
    ...(withTargetTw ? ['target_tw', 'capaian_target_tw'] : []),
    ...(tahunan ? ['target_akhir', 'capaian_target_akhir', 'perubahan_selisih', 'perubahan_persen', 'sisa_anggaran'] : []),
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
    if (withTargetTw) row.push({ cell: fixed2(i.targetTw), figure: true }, { cell: fixed2(i.capaianTargetTw), figure: true });
    if (tahunan) {
      const t = i as IndikatorTahunan;
      row.push(
        { cell: fixed2(t.targetAkhir), figure: true },
        { cell: fixed2(t.capaianTargetAkhir), figure: true },
        { cell: fixed2(t.perubahan?.selisih), figure: true },
        { cell: fixed2(t.perubahan?.persen), figure: true },
        { cell: a?.sisa.toString() ?? null, figure: true },
      );
    }
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
const dash = (d: Decimal | null, f: (x: Decimal) => string) => (d === null ? '-' : f(d));
const withUnit = (d: Decimal | null, i: IndikatorResult) => (d === null ? '-' : `${formatCount(d)} ${i.satuan}`.trim());

function calcTable(r: CalcResult): string {
  const withTargetTw = r.indikator.some((i) => i.hasTargetTw);
  const ind = table(
    ['Kode', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori', ...(withTargetTw ? [`Target s.d. TW${r.tw}`, 'Capaian thd TW (%)'] : [])],
    r.indikator.map((i) => [
      i.kode,
      clip(i.indikator, 48),
      `${formatCount(i.target)} ${i.satuan}`.trim(),
      i.realisasi === null ? '-' : `${formatCount(i.realisasi)} ${i.satuan}`.trim(),
      dash(i.capaian, formatPercent),
      i.belumDapatDiukur ? BELUM_DAPAT_DIUKUR : (i.kategori ?? '-'),
      ...(withTargetTw ? [withUnit(i.targetTw, i), dash(i.capaianTargetTw, formatPercent)] : []),
    ]),
    [false, false, true, true, true, false, true, true],
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

/** The annual extras: Renstra comparison per indicator, budget left, Ikhtisar counts. */
function tahunanTable(r: TahunanResult): string {
  const years = [...new Set(r.indikator.flatMap((i) => i.riwayat.map((y) => y.tahun)))].sort((a, b) => a - b);
  const renstra = table(
    ['Kode', ...years.map((y) => `Realisasi ${y}`), `Realisasi ${r.tahun}`, 'Perubahan', 'Target Akhir', 'Capaian thd Akhir (%)'],
    r.indikator.map((i) => [
      i.kode,
      ...years.map((y) => withUnit(i.riwayat.find((x) => x.tahun === y)?.realisasi ?? null, i)),
      withUnit(i.realisasi, i),
      i.perubahan === null
        ? '-'
        : `${i.perubahan.selisih.isNegative() ? '' : '+'}${formatCount(i.perubahan.selisih)}${i.perubahan.persen === null ? '' : ` (${formatPercent(i.perubahan.persen)} %)`}`,
      withUnit(i.targetAkhir, i),
      dash(i.capaianTargetAkhir, formatPercent),
    ]),
    [false, ...years.map(() => true), true, true, true, true],
  );
  const sisa = table(
    ['Kode', 'Pagu', 'Realisasi', 'Sisa'],
    r.anggaran.map((a) => [a.kode, formatMoney(a.pagu), formatMoney(a.realisasi), formatMoney(a.sisa)]),
    [false, true, true, true],
  );
  const g = r.ringkasan;
  const ringkasan = [
    `Jumlah indikator: ${g.jumlahIndikator} (belum dapat diukur: ${g.belumDapatDiukur}); capaian ≥ 100 %: ${g.capaianMin100}`,
    ...Object.entries(g.perKategori).map(([k, n]) => `  ${k}: ${n}`),
    `Anggaran: pagu ${formatMoney(g.pagu)}, realisasi ${formatMoney(g.realisasi)} (${dash(g.capaianAnggaran, formatPercent)} %)`,
  ].join('\n');
  return ['Renstra dan perubahan', renstra, '', 'Sisa anggaran', sisa, '', 'Ringkasan', ringkasan].join('\n');
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
