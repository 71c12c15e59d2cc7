// Named import: under NodeNext the default import of this CJS-typed package resolves to the namespace.
import { Decimal } from 'decimal.js';

/**
 * Number formatting the Indonesian way: `.` groups thousands, `,` marks decimals.
 *
 * Why decimal.js + Intl with a *string*: rounding and grouping both happen on exact
 * decimal text, so a value like 2.675 never passes through a binary float
 * (which would round it to 2,67).
 */

// Intl formatters are costly to build; keep one per fraction width.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(minFraction: number, maxFraction: number): Intl.NumberFormat {
  const key = `${minFraction}:${maxFraction}`;
  let nf = formatters.get(key);
  if (nf === undefined) {
    nf = new Intl.NumberFormat('id-ID', {
      useGrouping: true,
      minimumFractionDigits: minFraction,
      maximumFractionDigits: maxFraction,
    });
    formatters.set(key, nf);
  }
  return nf;
}

function toDecimal(x: Decimal | number): Decimal {
  const d = x instanceof Decimal ? x : new Decimal(x);
  // A NaN or Infinity in a report is always an upstream bug: fail loudly.
  if (!d.isFinite()) throw new RangeError(`Cannot format non-finite number: ${d.toString()}`);
  return d;
}

/**
 * Rounds half-up (away from zero) to `maxFraction` decimals, then groups.
 * The sign is added by hand so a value that rounds to zero never prints as "-0".
 */
function formatDecimal(x: Decimal, minFraction: number, maxFraction: number): string {
  const rounded = x.toDecimalPlaces(maxFraction, Decimal.ROUND_HALF_UP);
  // toFixed() without arguments never uses exponent notation, so Intl gets exact decimal text.
  const text = rounded.abs().toFixed() as `${number}`;
  const grouped = numberFormat(minFraction, maxFraction).format(text);
  return rounded.isNegative() && !rounded.isZero() ? `-${grouped}` : grouped;
}

/** Counts (orang, perusahaan, bidang): integers as `53.955.500`, fractions up to 2 decimals (`4,5`). */
export function formatCount(x: Decimal | number): string {
  return formatDecimal(toDecimal(x), 0, 2);
}

/** Percentages (capaian): always exactly 2 decimals, half-up: `139,09`, `0,00`. */
export function formatPercent(x: Decimal): string {
  return formatDecimal(toDecimal(x), 2, 2);
}

/** Money amounts in tables (pagu, realisasi): fixed number of decimals, default none. */
export function formatMoney(x: Decimal, decimals = 0): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer 0..20, got ${decimals}`);
  }
  return formatDecimal(toDecimal(x), decimals, decimals);
}

/**
 * Rupiah in running text: `Rp 13.600.000,-` for whole rupiah (the customary ",-"),
 * `Rp 13.600.000,50` when there are sen after rounding to 2 decimals.
 */
export function formatRupiah(x: Decimal): string {
  const rounded = toDecimal(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const sign = rounded.isNegative() && !rounded.isZero() ? '-' : '';
  const abs = rounded.abs();
  return abs.isInteger()
    ? `${sign}Rp ${formatDecimal(abs, 0, 0)},-`
    : `${sign}Rp ${formatDecimal(abs, 2, 2)}`;
}
