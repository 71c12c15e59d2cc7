import { Decimal } from 'decimal.js';
import type { IndikatorRow, PenempatanRow, Quarterly, RincianRow, Tw } from '../workbook/workbook-types.js';

/** Sum of the breakdown rows (Penempatan + Rincian) of one indicator in one quarter; null if none. */
export function breakdownSum(
  kode: string,
  tw: Tw,
  penempatan: readonly PenempatanRow[],
  rincian: readonly RincianRow[],
): Decimal | null {
  let sum: Decimal | null = null;
  for (const r of [...penempatan, ...rincian]) {
    if (r.indikator === kode && r.tw === tw) sum = (sum ?? new Decimal(0)).plus(r.jumlah);
  }
  return sum;
}

/** A blank Realisasi cell takes the breakdown sum of that quarter (the contract's derivation rule). */
export function effectiveQuarters(
  ind: IndikatorRow,
  penempatan: readonly PenempatanRow[],
  rincian: readonly RincianRow[],
): Quarterly {
  return ind.realisasi.map(
    (cell, i) => cell ?? breakdownSum(ind.kode, (i + 1) as Tw, penempatan, rincian),
  ) as Quarterly;
}
