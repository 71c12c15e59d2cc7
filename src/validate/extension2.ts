/** Extension 2 cell rules of Indikator, Analisis and Tindak Lanjut (annual LKj, PK, Rencana Aksi). */
import { Decimal } from 'decimal.js';
import { round2 } from '../calc/round2.js';
import { formatCount } from '../format/format-number.js';
import { parseIndonesianNumber } from '../format/parse-indonesian-number.js';
import type { Agregasi, Quarterly, StandarNasional, TwOrTahunan } from '../model/workbook-types.js';
import type { CellAt, CellReader } from './cell-reader.js';
import { cleanText, normalizeKey } from './normalize-key.js';
import { quote, type ProblemSink } from './problem-sink.js';

/** Analisis / Tindak Lanjut TW values that mean "the annual report only". */
const TAHUNAN = new Set(['tahunan', 't', 'tahun']);

/** `TW` of Analisis / Tindak Lanjut: a quarter, blank (every quarter) or `Tahunan` / `T` / `Tahun`. */
export function twOrTahunan(at: CellAt, cells: CellReader): TwOrTahunan {
  const v = at.cell?.value;
  if (v && v.kind === 'string' && TAHUNAN.has(normalizeKey(v.value))) return 'tahunan';
  return cells.tw(at, false);
}

/** `Standar Nasional`: a number, or text such as `SPM 100 %` printed as written. */
export function readStandarNasional(at: CellAt, cells: CellReader): StandarNasional | null {
  const v = at.cell?.value;
  if (!v || v.kind === 'empty') return null;
  if (v.kind === 'number') {
    const nilai = cells.decimal(at, false);
    // Printed the Indonesian way, as every other figure: 85,5 and 1.000.
    return nilai === null ? null : { teks: formatCount(nilai), nilai };
  }
  const teks = cells.text(at, false);
  if (teks === null) return null;
  // A number typed as text (`85`, `92,5`) still compares; anything else is only printed.
  return { teks, nilai: parseIndonesianNumber(cleanText(teks)) };
}

/** Indikator.Program: blank = its kegiatan's Anggaran.Program; a filled one that differs is a warning. */
export function programOf(
  own: string | null,
  ofKegiatan: string | null,
  where: { kode: string; kegiatan: string; cell: string | undefined },
  sink: ProblemSink,
): string | null {
  if (own === null) return ofKegiatan;
  if (ofKegiatan !== null && normalizeKey(own) !== normalizeKey(ofKegiatan)) {
    sink.warning(
      'program-mismatch',
      `Program indikator ${where.kode} "${quote(own)}" berbeda dengan Program kegiatannya ${where.kegiatan} di sheet Anggaran ("${quote(ofKegiatan)}"); laporan tahunan memakai Program indikator.`,
      { sheet: 'Indikator', cell: where.cell, value: own },
    );
  }
  return own;
}

const AGREGASI_RULE: Record<Agregasi, string> = {
  kumulatif: 'jumlah Target TW1..TW4 (sel kosong dihitung 0)',
  terakhir: 'Target TW4',
  'rata-rata': 'rata-rata Target TW yang terisi',
};

/**
 * The quarter targets must add up to the annual target the way realisations do
 * (Clarification): Kumulatif — their sum; Terakhir — Target TW4; Rata-rata — their mean.
 * Compared as printed (2 decimals). A warning naming both places.
 */
export function checkTargetTw(
  ind: { kode: string; target: Decimal; agregasi: Agregasi; targetTw: Quarterly },
  where: { sheet: string; targetCell: string | undefined; twCells: (string | undefined)[] },
  sink: ProblemSink,
): void {
  if (ind.targetTw.every((t) => t === null)) return;
  const filled = ind.targetTw.filter((t): t is Decimal => t !== null);
  let combined: Decimal | null;
  if (ind.agregasi === 'kumulatif') combined = filled.reduce((s, t) => s.plus(t), new Decimal(0));
  else if (ind.agregasi === 'terakhir') combined = ind.targetTw[3];
  else combined = filled.reduce((s, t) => s.plus(t), new Decimal(0)).div(filled.length);
  if (combined !== null && round2(combined).equals(round2(ind.target))) return;
  const cells = ind.agregasi === 'terakhir' ? [where.twCells[3]] : where.twCells;
  const range = cells.filter((c): c is string => c !== undefined).join(', ');
  const found = combined === null ? 'kosong' : round2(combined).toString();
  sink.warning(
    'target-tw-mismatch',
    `Indikator ${ind.kode} (Agregasi ${ind.agregasi}): ${AGREGASI_RULE[ind.agregasi]} di ${range || 'kolom Target TW'} = ${found}, ` +
      `tidak sama dengan Target di ${where.targetCell ?? 'kolom Target'} (${ind.target.toString()}).`,
    { sheet: where.sheet, cell: where.targetCell, value: found },
  );
}
