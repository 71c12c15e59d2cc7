import { Decimal } from 'decimal.js';
import { DEFAULT_SKALA } from '../model/skala.js';
import type { SkalaRow } from '../model/workbook-types.js';

/** The category of the highest lower bound the (printed) capaian reaches; null below every bound. */
export function kategoriFor(capaian: Decimal, skala: readonly SkalaRow[]): string | null {
  const rows = (skala.length > 0 ? [...skala] : [...DEFAULT_SKALA]).sort((a, b) =>
    b.batasBawah.comparedTo(a.batasBawah),
  );
  return rows.find((r) => capaian.greaterThanOrEqualTo(r.batasBawah))?.kategori ?? null;
}
