import { Decimal } from 'decimal.js';
import type { Polaritas } from '../model/workbook-types.js';
import { percentOf, round2 } from './round2.js';

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

/**
 * Capaian kinerja (%), rounded as printed.
 * Positive: R / T × 100. Negative (lower is better): (2T − R) / T × 100, never below 0;
 * with T = 0 a negative indicator scores 100 only when nothing happened (R = 0).
 * Target 0 on a positive indicator cannot be computed (the validator refuses it): null.
 */
export function capaianKinerja(target: Decimal, realisasi: Decimal, polaritas: Polaritas): Decimal | null {
  if (polaritas === 'positif') {
    if (target.isZero()) return null;
    return round2(percentOf(realisasi, target));
  }
  if (target.isZero()) return realisasi.isZero() ? HUNDRED : ZERO;
  const raw = percentOf(target.mul(2).minus(realisasi), target);
  return round2(Decimal.max(raw, ZERO));
}
