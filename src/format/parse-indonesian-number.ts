// Named import: under NodeNext the default import of this CJS-typed package resolves to the namespace.
import { Decimal } from 'decimal.js';

/**
 * Reads numbers typed as text in workbooks, written the Indonesian way
 * (`53.955.500,00`, `Rp 13.600.000,-`, `12,5 %`).
 *
 * Why so strict: a `.` is a thousands separator in Indonesian but a decimal point
 * in English. `4.88` or `1.5` could be either, and guessing wrong changes a value
 * by a factor of 1000, so anything ambiguous is rejected (null) instead.
 */

// Either properly grouped thousands (1.234.567) or plain digits (1234567), then an optional ",decimals".
const NUMBER_RE = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const RUPIAH_PREFIX_RE = /^rp\.?\s*/i;
// U+2212 is the typographic minus that word processors substitute for "-".
const MINUS_RE = /^[-\u2212]\s*/;

export function parseIndonesianNumber(text: string): Decimal | null {
  // Non-breaking spaces (U+00A0, U+202F) come from copy-pasting out of Word or PDFs.
  let s = text.replace(/[\u00A0\u202F]/g, ' ').trim();
  let negative = false;
  let rupiah = false;

  if (MINUS_RE.test(s)) {
    negative = true;
    s = s.replace(MINUS_RE, '');
  }
  if (RUPIAH_PREFIX_RE.test(s)) {
    rupiah = true;
    s = s.replace(RUPIAH_PREFIX_RE, '');
    // "Rp -5.000" as well as "-Rp 5.000".
    if (!negative && MINUS_RE.test(s)) {
      negative = true;
      s = s.replace(MINUS_RE, '');
    }
  }
  if (!rupiah && s.endsWith('%')) {
    s = s.slice(0, -1).trimEnd();
  }
  // ",-" is the customary "no sen" ending of rupiah amounts.
  if (s.endsWith(',-')) {
    s = s.slice(0, -2);
  }

  const match = NUMBER_RE.exec(s);
  if (match === null) return null;
  const integerPart = (match[1] ?? '').replaceAll('.', '');
  const fractionPart = match[2];
  const value = new Decimal(fractionPart === undefined ? integerPart : `${integerPart}.${fractionPart}`);
  // Never hand out -0: it would print as "-0" further down the line.
  return negative && !value.isZero() ? value.negated() : value;
}

export function isIndonesianNumberText(text: string): boolean {
  return parseIndonesianNumber(text) !== null;
}
