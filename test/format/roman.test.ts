import { describe, it, expect } from 'vitest';
import { toRoman } from '../../src/format/roman.js';

describe('toRoman', () => {
  it.each([
    [1, 'I'], [2, 'II'], [3, 'III'], [4, 'IV'], [5, 'V'], [9, 'IX'], [14, 'XIV'], [40, 'XL'],
    [90, 'XC'], [400, 'CD'], [1994, 'MCMXCIV'], [2023, 'MMXXIII'], [3999, 'MMMCMXCIX'],
  ])('toRoman(%d) = %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });
  it.each([0, -1, 4000, 1.5, Number.NaN])('rejects %d', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });
});
