import { describe, it, expect } from 'vitest';
import { isIndonesianNumberText, parseIndonesianNumber } from '../../src/format/parse-indonesian-number.js';

const parsed = (text: string) => parseIndonesianNumber(text)?.toString() ?? null;

describe('parseIndonesianNumber', () => {
  it.each([
    ['53.955.500', '53955500'],
    ['53.955.500,00', '53955500'],
    ['139,10', '139.1'],
    ['Rp 13.600.000,-', '13600000'],
    ['Rp. 13.600.000,00', '13600000'],
    ['Rp13.600.000', '13600000'],
    ['rp 13.600.000', '13600000'],
    [' 1.234 ', '1234'],
    ['\u00A01.234\u202F', '1234'],
    ['Rp\u00A013.600.000,-', '13600000'],
    ['-5', '-5'],
    ['\u22125', '-5'],
    ['-Rp 5.000,-', '-5000'],
    ['Rp -5.000', '-5000'],
    ['12,5 %', '12.5'],
    ['12,5%', '12.5'],
    ['153', '153'],
    ['0', '0'],
    ['-0', '0'],
    ['1.500', '1500'],
    ['1234,5', '1234.5'],
    ['12.345.678.901.234.567,125', '12345678901234567.125'],
  ])('reads %j as %s', (text, expected) => {
    expect(parsed(text)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(parseIndonesianNumber('-0,00')?.isNegative()).toBe(false);
  });

  it.each([
    '1.5', '1.50', '4.88', '1234.567', '1.2345', '12.34.567', '.500', '1.', ',5', '12,', '1,2,3',
    'seratus', 'n/a', '', '   ', '#DIV/0!', '-', 'Rp', 'Rp 5 %', '5 5', '5e3', '0x10', '+-5', '--5', 'Infinity',
  ])('rejects %j', (text) => {
    expect(parseIndonesianNumber(text)).toBeNull();
    expect(isIndonesianNumberText(text)).toBe(false);
  });

  it('isIndonesianNumberText accepts valid text', () => {
    expect(isIndonesianNumberText('53.955.500')).toBe(true);
    expect(isIndonesianNumberText('Rp 13.600.000,-')).toBe(true);
  });
});
