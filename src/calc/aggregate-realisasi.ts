import { Decimal } from 'decimal.js';
import type { Agregasi, Quarterly, Tw } from '../model/workbook-types.js';

/**
 * Combines quarterly realisations up to and including TW `tw`.
 * Kumulatif: sum (blank quarters count as nothing; all blank -> 0, which computeReport
 * never uses: an indicator with nothing filled is belum dapat diukur).
 * Terakhir: the last filled quarter (all blank -> null).
 * Rata-rata: mean of the filled quarters (all blank -> null).
 */
export function aggregateRealisasi(quarters: Quarterly, agregasi: Agregasi, tw: Tw): Decimal | null {
  const filled = quarters.slice(0, tw).filter((q): q is Decimal => q !== null);
  switch (agregasi) {
    case 'kumulatif':
      return filled.reduce((sum, q) => sum.plus(q), new Decimal(0));
    case 'terakhir':
      return filled.at(-1) ?? null;
    case 'rata-rata':
      if (filled.length === 0) return null;
      return filled.reduce((sum, q) => sum.plus(q), new Decimal(0)).div(filled.length);
  }
}

/** Which quarters (1-based) feed the aggregate, for breakdowns printed next to it. */
export function contributingQuarters(quarters: Quarterly, agregasi: Agregasi, tw: Tw): Tw[] {
  const filled: Tw[] = [];
  for (let i = 0; i < tw; i++) if (quarters[i] !== null) filled.push((i + 1) as Tw);
  if (agregasi === 'terakhir') return filled.slice(-1);
  return filled;
}
