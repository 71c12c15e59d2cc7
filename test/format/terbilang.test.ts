import { describe, it, expect } from 'vitest';
import { fixTerbilang, terbilang, withTerbilang } from '../../src/format/terbilang.js';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [2000, 'dua ribu'],
    [10000, 'sepuluh ribu'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [999999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1000000, 'satu juta'],
    [1000001, 'satu juta satu'],
    [1001000, 'satu juta seribu'],
    [2500000, 'dua juta lima ratus ribu'],
    [53955500, 'lima puluh tiga juta sembilan ratus lima puluh lima ribu lima ratus'],
    [1000000000, 'satu miliar'],
    [1000000000000, 'satu triliun'],
    [
      999999999999999,
      'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar ' +
        'sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu ' +
        'sembilan ratus sembilan puluh sembilan',
    ],
  ])('terbilang(%d) = %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
    expect(terbilang(BigInt(n))).toBe(words);
  });

  it('never writes "milyar"', () => {
    expect(terbilang(2_000_000_000)).toBe('dua miliar');
    expect(terbilang(1_000_000_000)).not.toContain('milyar');
  });

  it('throws RangeError outside 0..999 triliun or for non-integers', () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1_000_000_000_000_000)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(Number.NaN)).toThrow(RangeError);
    expect(() => terbilang(Infinity)).toThrow(RangeError);
    expect(() => terbilang(-1n)).toThrow(RangeError);
    expect(() => terbilang(1_000_000_000_000_000n)).toThrow(RangeError);
  });
});

describe('withTerbilang', () => {
  it('writes digits, words and unit', () => {
    expect(withTerbilang(8, 'bulan')).toBe('8 (delapan) bulan');
    expect(withTerbilang(4, 'Bidang')).toBe('4 (empat) Bidang');
    expect(withTerbilang(12)).toBe('12 (dua belas)');
    expect(withTerbilang(1500n, 'orang')).toBe('1.500 (seribu lima ratus) orang');
  });
  it('throws on bad input', () => {
    expect(() => withTerbilang(-2, 'bulan')).toThrow(RangeError);
  });
});

describe('fixTerbilang', () => {
  it('corrects words that disagree with the digits', () => {
    const result = fixTerbilang('Anggaran terserap 8 (lima) bulan');
    expect(result.text).toBe('Anggaran terserap 8 (delapan) bulan');
    expect(result.corrections).toEqual([{ found: '8 (lima)', expected: '8 (delapan)', index: 18 }]);
  });
  it('leaves correct pairs alone', () => {
    const result = fixTerbilang('terdiri dari 2 (dua) Sub Kegiatan dan 12 (dua belas) orang');
    expect(result.text).toBe('terdiri dari 2 (dua) Sub Kegiatan dan 12 (dua belas) orang');
    expect(result.corrections).toEqual([]);
  });
  it('does not touch telephone numbers or non-number words', () => {
    const text = 'Telp. (0334) 881546, 3 (tiga puluh persen) dan 5 (Lima) hari, 2023 (catatan)';
    expect(fixTerbilang(text)).toEqual({ text, corrections: [] });
  });
  it('handles grouped digits, several pairs and offsets', () => {
    const text = '1.500 (seribu) orang, 4 (empat) Bidang, 1.000.000.000 (satu milyar)';
    const result = fixTerbilang(text);
    expect(result.text).toBe('1.500 (seribu lima ratus) orang, 4 (empat) Bidang, 1.000.000.000 (satu miliar)');
    expect(result.corrections).toEqual([
      { found: '1.500 (seribu)', expected: '1.500 (seribu lima ratus)', index: 0 },
      { found: '1.000.000.000 (satu milyar)', expected: '1.000.000.000 (satu miliar)', index: 40 },
    ]);
    for (const c of result.corrections) expect(text.slice(c.index, c.index + c.found.length)).toBe(c.found);
  });
  it('keeps simple case styles', () => {
    expect(fixTerbilang('8 (LIMA) bulan').text).toBe('8 (DELAPAN) bulan');
    expect(fixTerbilang('12 (Dua Puluh) bulan').text).toBe('12 (Dua Belas) bulan');
    expect(fixTerbilang('12 (Dua puluh) bulan').text).toBe('12 (Dua belas) bulan');
    expect(fixTerbilang('12 (dUa) bulan').text).toBe('12 (dua belas) bulan');
  });
  it('ignores a case or spacing difference alone', () => {
    const text = '12 (Dua  Belas) bulan dan 3 ( tiga ) hari';
    expect(fixTerbilang(text)).toEqual({ text, corrections: [] });
  });
  it('does not match the tail of a decimal number', () => {
    const text = 'naik 12,5 (lima) persen dan 1.5 (lima)';
    expect(fixTerbilang(text).corrections).toEqual([]);
  });
});
