import { Decimal } from 'decimal.js';
import type { IndikatorRow, PenempatanRow, Quarterly, RincianRow, Tw } from '../model/workbook-types.js';

/** Breakdown sums (Penempatan + Rincian) by indicator and quarter, built once: O(rows). */
export type BreakdownIndex = Map<string, Decimal>;

const key = (kode: string, tw: Tw) => `${kode}\u0000${tw}`;

export function indexBreakdown(penempatan: readonly PenempatanRow[], rincian: readonly RincianRow[]): BreakdownIndex {
  const index: BreakdownIndex = new Map();
  for (const r of [...penempatan, ...rincian]) {
    const k = key(r.indikator, r.tw);
    index.set(k, (index.get(k) ?? new Decimal(0)).plus(r.jumlah));
  }
  return index;
}

/** Sum of the breakdown rows of one indicator in one quarter; null if it has none. */
export function breakdownSum(index: BreakdownIndex, kode: string, tw: Tw): Decimal | null {
  return index.get(key(kode, tw)) ?? null;
}

/** A blank Realisasi cell takes the breakdown sum of that quarter (the contract's derivation rule). */
export function effectiveQuarters(ind: IndikatorRow, index: BreakdownIndex): Quarterly {
  return ind.realisasi.map((cell, i) => cell ?? breakdownSum(index, ind.kode, (i + 1) as Tw)) as Quarterly;
}
