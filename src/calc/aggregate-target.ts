import { Decimal } from 'decimal.js';
import type { Agregasi, Quarterly, Tw } from '../model/workbook-types.js';

/** Does the indicator have quarter targets (any `Target TWn` filled)? */
export function hasQuarterTargets(targetTw: Quarterly): boolean {
  return targetTw.some((t) => t !== null);
}

/**
 * Target s.d. TW `tw` from the quarter targets, combined exactly like realisations:
 * Kumulatif sums (blank quarters count as 0), Terakhir takes the last filled quarter up to
 * TW `tw`, Rata-rata the mean of the filled ones. null when the indicator has no quarter
 * targets, or (Terakhir/Rata-rata) none is filled up to TW `tw`.
 */
export function aggregateTarget(targetTw: Quarterly, agregasi: Agregasi, tw: Tw): Decimal | null {
  if (!hasQuarterTargets(targetTw)) return null;
  const filled = targetTw.slice(0, tw).filter((q): q is Decimal => q !== null);
  switch (agregasi) {
    case 'kumulatif':
      return filled.reduce((sum, q) => sum.plus(q), new Decimal(0));
    case 'terakhir':
      return filled.at(-1) ?? null;
    case 'rata-rata':
      return filled.length === 0 ? null : filled.reduce((sum, q) => sum.plus(q), new Decimal(0)).div(filled.length);
  }
}
