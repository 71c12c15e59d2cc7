import type { Decimal } from 'decimal.js';
import type { RawSheet } from '../workbook/raw-workbook.js';
import type { IndikatorRow, RenstraRow, YearValue } from '../model/workbook-types.js';
import { RENSTRA_YEAR_COLUMN, renstraSpecFor } from '../model/sheet-specs.js';
import type { CellAt, CellReader } from './cell-reader.js';
import type { KeyCell, Reference } from './cross-check.js';
import { normalizeKey } from './normalize-key.js';
import { quote, type ProblemSink } from './problem-sink.js';
import { readTable } from './read-table.js';
import { round2 } from '../calc/round2.js';

/** How far from Tahun a Renstra year may lie (a Renstra spans five years; ten leaves room). */
const YEAR_RANGE = 10;

/**
 * The Renstra sheet (Extension 2): Kode, Kondisi Awal, `Target <yyyy>`, `Realisasi <yyyy>`,
 * Target Akhir. Year columns are found by pattern; their years are checked against Tahun
 * (null when Identitas could not be read: then only the pattern counts).
 */
export function parseRenstra(
  sheet: RawSheet,
  tahun: number | null,
  cells: CellReader,
  sink: ProblemSink,
  refs: Reference[],
): { rows: RenstraRow[]; kode: KeyCell[] } {
  const name = 'Renstra';
  const header = sheet.rows[0]?.cells ?? [];
  const headerText = header.map((c) => (c.value.kind === 'string' || c.value.kind === 'number' ? String(c.value.value) : ''));
  const spec = renstraSpecFor(headerText.map(normalizeKey));
  // Which year columns are read: out-of-range years and future realisations are errors, the
  // current year's realisation is a warning and ignored (it comes from Indikator).
  const usable = new Set<string>();
  header.forEach((cell, i) => {
    const m = RENSTRA_YEAR_COLUMN.exec(normalizeKey(headerText[i] ?? ''));
    if (!m) return;
    const year = Number(m[2]);
    const key = `${m[1]}:${m[2]}`;
    const where = { sheet: name, cell: cell.address, value: headerText[i] ?? '' };
    if (tahun !== null && (year < tahun - YEAR_RANGE || year > tahun + YEAR_RANGE)) {
      sink.error(
        'invalid-year',
        `Judul kolom "${quote(headerText[i] ?? '')}" memuat tahun ${year}, di luar rentang ${tahun - YEAR_RANGE}–${tahun + YEAR_RANGE} (Tahun ${tahun} ± ${YEAR_RANGE}).`,
        where,
      );
      return;
    }
    if (m[1] === 'realisasi' && tahun !== null && year > tahun) {
      sink.error(
        'renstra-future-realisasi',
        `Kolom "${quote(headerText[i] ?? '')}" berisi realisasi tahun ${year}, sesudah tahun laporan ${tahun}; realisasi hanya untuk tahun yang sudah lewat.`,
        where,
      );
      return;
    }
    if (m[1] === 'realisasi' && year === tahun) {
      sink.warning(
        'renstra-current-year',
        `Kolom "${quote(headerText[i] ?? '')}" diabaikan: realisasi tahun ${tahun} diambil dari sheet Indikator (Realisasi TW1..TW4), bukan dari Renstra.`,
        where,
      );
      return;
    }
    usable.add(key);
  });

  const table = readTable(sheet, spec, sink);
  const rows: RenstraRow[] = [];
  const kode: KeyCell[] = [];
  for (const row of table.rows) {
    const at = (key: string): CellAt => ({
      sheet: name,
      label: spec.columns.find((c) => c.key === key)?.header ?? key,
      cell: row.cells[key],
      address: row.addressOf(key),
    });
    const k = cells.text(at('kode'), true);
    if (k) {
      kode.push({ kode: k, cell: row.cells.kode?.address });
      refs.push({ kode: k, to: 'indikator', sheet: name, cell: row.cells.kode?.address });
    }
    const number = (key: string): Decimal | null => {
      const d = cells.decimal(at(key), false);
      if (d?.isNegative()) {
        sink.error('negative-value', `${at(key).label} tidak boleh negatif, ditemukan ${d.toString()}.`, {
          sheet: name,
          cell: row.cells[key]?.address ?? row.addressOf(key),
          value: d.toString(),
        });
        return null;
      }
      return d;
    };
    const kondisiAwal = number('kondisiAwal');
    const target: YearValue[] = [];
    const realisasi: YearValue[] = [];
    for (const c of spec.columns) {
      const m = /^(target|realisasi):(\d{4})$/.exec(c.key);
      if (!m || !usable.has(c.key)) continue;
      (m[1] === 'target' ? target : realisasi).push({ tahun: Number(m[2]), nilai: number(c.key) });
    }
    target.sort((a, b) => a.tahun - b.tahun);
    realisasi.sort((a, b) => a.tahun - b.tahun);
    const explicitAkhir = number('targetAkhir');
    // Target Akhir: the level of the final year, i.e. the highest year's target (the last filled one).
    const targetAkhir = explicitAkhir ?? [...target].reverse().find((t) => t.nilai !== null)?.nilai ?? null;
    if (k) rows.push({ kode: k, kondisiAwal, target, realisasi, targetAkhir, row: row.row });
  }
  // Each indicator has one plan.
  const seen = new Map<string, string | undefined>();
  for (const kc of kode) {
    if (seen.has(kc.kode)) {
      sink.error('duplicate-key', `Kode "${kc.kode}" sudah dipakai di ${name}!${seen.get(kc.kode) ?? '?'}; setiap indikator hanya satu baris Renstra.`, {
        sheet: name,
        cell: kc.cell,
        value: kc.kode,
      });
    } else seen.set(kc.kode, kc.cell);
  }
  return { rows, kode };
}

/** `Target <Tahun>` of the Renstra that differs from Indikator.Target (a PK may revise it): a warning. */
export function checkRenstraTargets(
  rows: readonly RenstraRow[],
  indikator: readonly IndikatorRow[],
  targetCell: ReadonlyMap<string, string | undefined>,
  tahun: number,
  sheet: RawSheet,
  sink: ProblemSink,
): void {
  const header = sheet.rows[0]?.cells ?? [];
  const col = header.find((c) => c.value.kind !== 'empty' && normalizeKey(String((c.value as { value: unknown }).value)) === `target${tahun}`);
  for (const r of rows) {
    const ind = indikator.find((i) => i.kode === r.kode);
    const t = r.target.find((y) => y.tahun === tahun)?.nilai;
    if (!ind || t == null || round2(t).equals(round2(ind.target))) continue;
    const cell = col ? `${col.address.replace(/\d+$/, '')}${r.row}` : undefined;
    sink.warning(
      'renstra-mismatch',
      `Target ${tahun} indikator ${r.kode} di Renstra (${t.toString()}) berbeda dengan Target di Indikator!${targetCell.get(r.kode) ?? '?'} (${ind.target.toString()}); laporan memakai Target dari sheet Indikator (Perjanjian Kinerja).`,
      { sheet: 'Renstra', cell, value: t.toString() },
    );
  }
}
