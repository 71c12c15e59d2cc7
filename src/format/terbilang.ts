// Named import: under NodeNext the default import of this CJS-typed package resolves to the namespace.
import { Decimal } from 'decimal.js';
import { formatCount } from './format-number.js';

/**
 * Terbilang: an integer written out in Indonesian words, as official letters
 * write "8 (delapan) bulan". Also checks such pairs in free text, because
 * hand-edited narratives often change the digits and forget the words.
 */

const MAX = 999_999_999_999_999; // 999 triliun: enough for any regional budget

const SATUAN = [
  'nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan',
  'sepuluh', 'sebelas',
] as const;

const SCALES: readonly (readonly [number, string])[] = [
  [1_000_000_000_000, 'triliun'],
  [1_000_000_000, 'miliar'], // KBBI spelling; "milyar" is non-standard
  [1_000_000, 'juta'],
  [1_000, 'ribu'],
];

function satuan(n: number): string {
  const word = SATUAN[n];
  if (word === undefined) throw new RangeError(`No single word for ${n}`);
  return word;
}

/** 1..999 (never 0: a zero group is simply left out). */
function belowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(satuan(hundreds), 'ratus');

  if (rest === 0) return words;
  if (rest < 12) words.push(satuan(rest));
  else if (rest < 20) words.push(satuan(rest - 10), 'belas');
  else {
    words.push(satuan(Math.floor(rest / 10)), 'puluh');
    if (rest % 10 !== 0) words.push(satuan(rest % 10));
  }
  return words;
}

function toSafeInteger(n: number | bigint): number {
  if (typeof n === 'bigint') {
    if (n < 0n || n > BigInt(MAX)) throw new RangeError(`terbilang supports 0..${MAX}, got ${n}`);
    return Number(n); // exact: MAX is below 2^53
  }
  if (!Number.isInteger(n)) throw new RangeError(`terbilang expects an integer, got ${n}`);
  if (n < 0 || n > MAX) throw new RangeError(`terbilang supports 0..${MAX}, got ${n}`);
  return n;
}

/** `terbilang(2500000)` -> `dua juta lima ratus ribu`. */
export function terbilang(n: number | bigint): string {
  let rest = toSafeInteger(n);
  if (rest === 0) return 'nol';
  const words: string[] = [];
  for (const [scale, name] of SCALES) {
    const group = Math.floor(rest / scale);
    rest %= scale;
    if (group === 0) continue;
    // "seribu", but "satu juta", "satu miliar", "satu triliun".
    if (group === 1 && name === 'ribu') words.push('seribu');
    else words.push(...belowThousand(group), name);
  }
  if (rest > 0) words.push(...belowThousand(rest));
  return words.join(' ');
}

/** `withTerbilang(8, 'bulan')` -> `8 (delapan) bulan`. */
export function withTerbilang(n: number | bigint, unit?: string): string {
  const value = toSafeInteger(n);
  const text = `${formatCount(new Decimal(value))} (${terbilang(value)})`;
  return unit === undefined || unit === '' ? text : `${text} ${unit}`;
}

export interface TerbilangCorrection {
  /** The whole pair as written, e.g. `8 (lima)`. */
  found: string;
  /** The pair as it should read, e.g. `8 (delapan)`. */
  expected: string;
  /** Offset of `found` in the original text. */
  index: number;
}

const NUMBER_WORDS = new Set([
  'nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan',
  'sepuluh', 'sebelas', 'belas', 'puluh', 'ratus', 'seratus', 'ribu', 'seribu',
  'juta', 'miliar', 'milyar', 'triliun',
]);

// Digits (optionally grouped with ".") directly followed by a parenthesised run of words.
// The lookbehind keeps "12,5 (lima)" or "1.5 (lima)" from matching on their last digit.
const PAIR_RE = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(\s*\(\s*)(\p{L}+(?:\s+\p{L}+)*)(\s*\))/gu;

/** Re-applies the case style of the original words where it is a simple one. */
function matchCase(original: string, words: string): string {
  if (original === original.toLowerCase()) return words;
  if (original === original.toUpperCase()) return words.toUpperCase();
  const titled = original
    .split(/\s+/)
    .every((w) => w.charAt(0) === w.charAt(0).toUpperCase() && w.slice(1) === w.slice(1).toLowerCase());
  if (titled) return words.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1));
  const sentence =
    original.charAt(0) === original.charAt(0).toUpperCase() && original.slice(1) === original.slice(1).toLowerCase();
  if (sentence) return words.charAt(0).toUpperCase() + words.slice(1);
  return words;
}

/**
 * Finds every `<digits> (<number words>)` in `text` and makes the words agree
 * with the digits. Parentheses holding anything but number words are left alone.
 */
export function fixTerbilang(text: string): { text: string; corrections: TerbilangCorrection[] } {
  const corrections: TerbilangCorrection[] = [];
  const fixed = text.replace(
    PAIR_RE,
    (found: string, digits: string, open: string, words: string, close: string, index: number) => {
      const lowered = words.toLowerCase().split(/\s+/);
      if (!lowered.every((w) => NUMBER_WORDS.has(w))) return found;
      const value = Number(digits.replaceAll('.', ''));
      if (!Number.isSafeInteger(value) || value > MAX) return found;
      const correct = terbilang(value);
      // Differences in case or spacing alone are not errors.
      if (lowered.join(' ') === correct) return found;
      const expected = `${digits}${open}${matchCase(words, correct)}${close}`;
      corrections.push({ found, expected, index });
      return expected;
    },
  );
  return { text: fixed, corrections };
}
