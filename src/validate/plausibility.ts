/**
 * Values that are valid by type but unlikely to be what the office meant (the contract's
 * "Plausibility" amendment). Warnings, except a Skala that cannot work (an error). Every
 * finding names the cell, says what looks wrong and what to check. Figures come from the
 * calculator itself (computeReport), so a warning is about the number the report prints.
 */
import { Decimal } from 'decimal.js';
import { computeReport } from '../calc/compute-report.js';
import { formatTanggal } from '../format/format-date.js';
import { formatCount, formatPercent, formatRupiah } from '../format/format-number.js';
import type { RawCell } from '../workbook/raw-workbook.js';
import type { CalendarDate, Tw, Workbook } from '../model/workbook-types.js';
import { TEMPLATE_EXAMPLE } from '../workbook/reference-example.js';
import { cleanText, normalizeKey } from './normalize-key.js';
import { quote, type ProblemSink } from './problem-sink.js';
import { SHEETS } from '../model/sheet-specs.js';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const THOUSAND_PERCENT = new Decimal(1000);
const HUNDRED = new Decimal(100);

/** A `Tanggal Laporan TWn` must fall after its quarter, in Tahun or the year after. */
export function checkReportDates(tahun: number, dates: { tw: Tw; date: CalendarDate; cell: string | undefined }[], sink: ProblemSink): void {
  for (const { tw, date, cell } of dates) {
    const label = `Tanggal Laporan TW${tw}`;
    const where = { sheet: SHEETS.identitas.name, cell, value: formatTanggal(date) };
    if (date.year !== tahun && date.year !== tahun + 1) {
      sink.warning(
        'implausible-date',
        `${label} ${formatTanggal(date)} di luar tahun ${tahun}–${tahun + 1}; laporan Tahun ${tahun} ditandatangani pada tahun itu atau awal tahun berikutnya — periksa tahunnya.`,
        where,
      );
      continue;
    }
    const end = quarterEnd(tahun, tw);
    if (compareDates(date, end) < 0) {
      sink.warning(
        'implausible-date',
        `${label} ${formatTanggal(date)} jatuh sebelum triwulan ${ROMAN[tw - 1]} berakhir (${formatTanggal(end)}); laporan triwulan ditandatangani setelah triwulannya selesai — periksa tanggal dan triwulannya.`,
        where,
      );
    }
  }
}

/** Skala bounds must be distinct and not negative, or kategori would be ambiguous. */
export function checkSkala(rows: { batasBawah: Decimal; cell: string | undefined }[], sink: ProblemSink): void {
  const seen = new Map<string, string | undefined>();
  for (const r of rows) {
    const where = { sheet: SHEETS.skala.name, cell: r.cell, value: r.batasBawah.toString() };
    if (r.batasBawah.isNegative()) {
      sink.error('invalid-skala', `Batas Bawah ${formatCount(r.batasBawah)} negatif; capaian tidak pernah negatif, isi 0 atau lebih.`, where);
      continue;
    }
    const key = r.batasBawah.toString();
    if (seen.has(key)) {
      sink.error(
        'invalid-skala',
        `Batas Bawah ${formatCount(r.batasBawah)} sudah dipakai di ${SHEETS.skala.name}!${seen.get(key) ?? '?'}; setiap kategori perlu batas bawah yang berbeda.`,
        where,
      );
    } else seen.set(key, r.cell);
  }
}

/** Grouped like thousands (92.000, 1.250,5): for a percentage, likely 92 or 1,25 typed the English way. */
const THOUSANDS_TEXT = /^\d{1,3}(\.\d{3})+(,\d+)?\s*%?$/;

/** Whether an indicator measures a percentage: Satuan `%`/persen, or a "Persentase …" name. */
export function isPercentIndicator(satuan: string, nama: string): boolean {
  const s = normalizeKey(satuan);
  return s === '%' || s.includes('persen') || normalizeKey(nama).includes('persen');
}

/**
 * A percentage above 100 that looked like a thousands number: `92.000` typed as text, or a
 * number shown with a thousands separator (Indonesian Excel reads a typed `92.000` as
 * 92 000 and formats it `#,##0`) — the person probably meant 92.
 */
export function checkPercentThousands(
  at: { sheet: string; label: string; cell: RawCell | undefined },
  value: Decimal | null,
  kode: string | null,
  sink: ProblemSink,
): void {
  const v = at.cell?.value;
  if (!value || !value.greaterThan(HUNDRED) || !v) return;
  let shown: string;
  if (v.kind === 'string') {
    shown = cleanText(v.value);
    if (!THOUSANDS_TEXT.test(shown)) return;
  } else if (v.kind === 'number') {
    if (!value.greaterThanOrEqualTo(1000) || !GROUPING.test(at.cell?.numFmt ?? '')) return;
    shown = formatCount(value);
  } else return;
  const plain = /^\d{1,3}\.000$/.test(shown) ? shown.slice(0, -4) : null;
  sink.warning(
    'percent-thousands',
    `${at.label}${kode ? ` ${kode}` : ''} (indikator persen) tampil "${quote(shown)}" dan dibaca ${value.toFixed()} (${formatCount(value.div(1000))} ribu) — lebih dari 100 %. ` +
      `Titik adalah pemisah ribuan; bila maksudnya ${plain ?? 'bilangan desimal'} %, tulis ${plain ?? 'dengan koma desimal, mis. 92,5'}.`,
    { sheet: at.sheet, cell: at.cell?.address, value: shown },
  );
}

/** A number format that shows a thousands separator (`#,##0`, `#,##0.00`, accounting). */
const GROUPING = /[#0],[#0]/;

/** Where the figures of one row sit, for messages. */
export interface RowCells {
  /** Realisasi TW1..TW4 addresses. */
  realisasi: (string | undefined)[];
  /** Pagu (Anggaran) or Target (Indikator). */
  base: string | undefined;
}

/**
 * Realisasi anggaran above pagu and capaian above 1 000 %, on the figures the report for
 * TW `tw` prints (TW4 when no quarter is given: everything filled so far).
 */
export function checkFigures(
  wb: Workbook,
  tw: Tw | undefined,
  cells: { anggaran: Map<string, RowCells>; indikator: Map<string, RowCells> },
  sink: ProblemSink,
): void {
  const n: Tw = tw ?? 4;
  const upTo = n === 1 ? 'TW1' : `s.d. TW${n}`;
  const report = computeReport(wb, n);
  for (const a of report.anggaran) {
    const over = a.pagu.isZero() ? a.realisasi.isPositive() && !a.realisasi.isZero() : a.realisasi.greaterThan(a.pagu);
    if (!over) continue;
    const row = wb.anggaran.find((r) => r.kode === a.kode);
    const at = cells.anggaran.get(a.kode);
    // The quarter whose spending takes the total past the pagu.
    let sum = new Decimal(0);
    let crossing = at?.base;
    for (let i = 0; i < n && row; i++) {
      sum = sum.plus(row.realisasi[i] ?? 0);
      if (sum.greaterThan(a.pagu)) {
        crossing = at?.realisasi[i] ?? crossing;
        break;
      }
    }
    sink.warning(
      'realisasi-over-pagu',
      `Realisasi anggaran ${a.kode} ${upTo} ${formatRupiah(a.realisasi)} melebihi pagu ${formatRupiah(a.pagu)}` +
        (a.capaian ? ` (${formatPercent(a.capaian)} %)` : '') +
        '; periksa pagunya dan realisasi per triwulan (belanja triwulan itu saja, bukan jumlah kumulatif).',
      { sheet: SHEETS.anggaran.name, cell: crossing, value: a.realisasi.toString() },
    );
  }
  for (const ind of report.indikator) {
    if (ind.capaian === null || !ind.capaian.greaterThan(THOUSAND_PERCENT)) continue;
    const at = cells.indikator.get(ind.kode);
    // The last filled quarter is the one most likely mistyped.
    const filled = ind.quarters.slice(0, n).map((q, i) => (q === null ? undefined : at?.realisasi[i]));
    const cell = filled.filter((c) => c !== undefined).at(-1) ?? at?.base;
    sink.warning(
      'capaian-over-1000',
      `Capaian ${ind.kode} ${upTo} ${formatPercent(ind.capaian)} % (realisasi ${formatCount(ind.realisasi ?? 0)} dari target ${formatCount(ind.target)}) — lebih dari 1.000 %; ` +
        'periksa target dan realisasinya (satuannya sama? kelebihan angka nol? realisasi kumulatif diisi per triwulan?).',
      { sheet: SHEETS.indikator.name, cell, value: ind.capaian.toString() },
    );
  }
}

/** Rows of the `lkj init` template still holding its examples (only when the Petunjuk sheet says it is one). */
export function checkExamplesUnchanged(
  rows: {
    identitas: { key: 'namaPejabat' | 'nipPejabat' | 'unitKerja'; text: string | null; cell: string | undefined }[];
    anggaran: { kode: string; kegiatan: string; pagu: Decimal; cell: string | undefined }[];
    indikator: { kode: string; nama: string; target: Decimal; cell: string | undefined }[];
  },
  sink: ProblemSink,
): void {
  const same = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && normalizeKey(a) === normalizeKey(b);
  const label = { namaPejabat: 'Nama Pejabat', nipPejabat: 'NIP Pejabat', unitKerja: 'Unit Kerja' } as const;
  for (const r of rows.identitas) {
    if (r.text === null) continue;
    const example = TEMPLATE_EXAMPLE.identitas.find(([k]) => normalizeKey(k) === normalizeKey(label[r.key]))?.[1];
    const equal = r.key === 'nipPejabat' ? digits(r.text) === digits(String(example ?? '')) : same(r.text, example);
    if (!equal) continue;
    sink.warning(
      'example-unchanged',
      `${label[r.key]} "${quote(r.text)}" masih contoh dari lkj init; ganti dengan data unit kerja Anda.`,
      { sheet: SHEETS.identitas.name, cell: r.cell, value: r.text },
    );
  }
  for (const r of rows.anggaran) {
    const hit = TEMPLATE_EXAMPLE.anggaran.some((e) => e.kode === r.kode && same(r.kegiatan, e.kegiatan) && r.pagu.equals(Number(e.pagu)));
    if (!hit) continue;
    sink.warning(
      'example-unchanged',
      `Baris ${r.kode} (${quote(r.kegiatan)}, pagu ${formatRupiah(r.pagu)}) masih baris contoh dari lkj init; ganti dengan kegiatan unit Anda atau hapus barisnya.`,
      { sheet: SHEETS.anggaran.name, cell: r.cell, value: r.kegiatan },
    );
  }
  for (const r of rows.indikator) {
    const hit = TEMPLATE_EXAMPLE.indikator.some((e) => e.kode === r.kode && same(r.nama, e.indikator) && r.target.equals(Number(e.target)));
    if (!hit) continue;
    sink.warning(
      'example-unchanged',
      `Baris ${r.kode} (${quote(r.nama)}, target ${formatCount(r.target)}) masih baris contoh dari lkj init; ganti dengan indikator unit Anda atau hapus barisnya.`,
      { sheet: SHEETS.indikator.name, cell: r.cell, value: r.nama },
    );
  }
}

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

function quarterEnd(tahun: number, tw: Tw): CalendarDate {
  const month = tw * 3;
  // Day 0 of the next month is the last day of this one.
  return { year: tahun, month, day: new Date(Date.UTC(tahun, month, 0)).getUTCDate() };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
