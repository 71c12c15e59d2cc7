import { Decimal } from 'decimal.js';

/** Half-up to 2 decimals, the precision every figure is printed with (0,005 -> 0,01; -0,005 -> -0,01). */
export function round2(x: Decimal): Decimal {
  return x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

const HUNDRED = new Decimal(100);

/** part / whole × 100, unrounded; whole must be non-zero. */
export function percentOf(part: Decimal, whole: Decimal): Decimal {
  return part.div(whole).mul(HUNDRED);
}
