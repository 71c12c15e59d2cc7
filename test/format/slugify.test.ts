import { describe, it, expect } from 'vitest';
import { slugify } from '../../src/format/slugify.js';

describe('slugify', () => {
  it('lowercases and joins words with "-"', () => {
    expect(slugify('Bidang Penempatan dan Perluasan Kesempatan Kerja')).toBe(
      'bidang-penempatan-dan-perluasan-kesempatan-kerja',
    );
    expect(slugify('  LKj TW III / 2023 (Final)  ')).toBe('lkj-tw-iii-2023-final');
  });
  it('removes accents and apostrophes', () => {
    expect(slugify('Café Déjà Vu')).toBe('cafe-deja-vu');
    expect(slugify("Jum'at Bersih")).toBe('jumat-bersih');
  });
  it('falls back to "laporan" when nothing is left', () => {
    expect(slugify('')).toBe('laporan');
    expect(slugify('!!! ---')).toBe('laporan');
  });
  it('cuts at a word boundary at most 80 characters long', () => {
    const long = 'Dinas Tenaga Kerja Koperasi dan Usaha Mikro Bidang Penempatan dan Perluasan Kesempatan Kerja Kabupaten';
    const slug = slugify(long);
    expect(slug).toBe('dinas-tenaga-kerja-koperasi-dan-usaha-mikro-bidang-penempatan-dan-perluasan');
    expect(slug.length).toBeLessThanOrEqual(80);
    // Exactly 80 characters up to a word end keeps that word.
    const exact = `${'a'.repeat(39)} ${'b'.repeat(40)} ccc`;
    expect(slugify(exact)).toBe(`${'a'.repeat(39)}-${'b'.repeat(40)}`);
    // A single word longer than 80 is cut hard.
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(80));
  });
});
