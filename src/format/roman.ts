/** Roman numerals, used for chapter numbers (BAB I) and triwulan (TW III). */

const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  // Standard numerals have no zero and nothing past MMMCMXCIX.
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`toRoman expects an integer 1..3999, got ${n}`);
  }
  let rest = n;
  let out = '';
  for (const [value, numeral] of NUMERALS) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
