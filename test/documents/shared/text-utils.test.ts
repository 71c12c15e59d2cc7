import { describe, expect, it } from 'vitest';
import { runSpans } from '../../../src/documents/shared/view-builders.js';
import {
  bulletList,
  formatNip,
  letter,
  narrativeBlocks,
  numberedList,
  spacedLetters,
  stripListPunctuation,
  withWilayah,
} from '../../../src/documents/shared/text-utils.js';

describe('list punctuation', () => {
  it('strips typed markers and trailing punctuation', () => {
    expect(stripListPunctuation('2. Penerbitan izin; dan')).toBe('Penerbitan izin');
    expect(stripListPunctuation('  - Pengelolaan Informasi Pasar Kerja , ')).toBe('Pengelolaan Informasi Pasar Kerja');
    expect(stripListPunctuation('a) Sesuatu:')).toBe('Sesuatu');
    expect(stripListPunctuation('Pertimbangan, serta')).toBe('Pertimbangan');
    expect(stripListPunctuation('Tenaga Asing (IMTA).')).toBe('Tenaga Asing (IMTA)');
  });

  it('numbers with ; … ; dan … .', () => {
    expect(numberedList(['A.', 'B', 'C; dan']).map((i) => `${i.number} ${i.text}`)).toEqual(['1. A;', '2. B; dan', '3. C.']);
    expect(numberedList(['Satu-satunya;'])).toEqual([{ number: '1.', text: 'Satu-satunya.' }]);
    expect(numberedList(['A', '  ', 'B'])).toEqual([
      { number: '1.', text: 'A; dan' },
      { number: '2.', text: 'B.' },
    ]);
    expect(bulletList(['- A', '• B;'])).toEqual(['A;', 'B.']);
  });
});

describe('narrative blocks', () => {
  it('groups consecutive - / • lines into one list', () => {
    expect(narrativeBlocks(['P1', '- a', '• b', 'P2', '- c'])).toEqual([
      { isList: false, text: 'P1', items: [] },
      { isList: true, text: '', items: ['a', 'b'] },
      { isList: false, text: 'P2', items: [] },
      { isList: true, text: '', items: ['c'] },
    ]);
    // A hyphenated word or a negative number is not a bullet.
    expect(narrativeBlocks(['-5 derajat'])[0]?.isList).toBe(false);
  });
});

describe('small formatters', () => {
  it('normalises an 18-digit NIP to 8 6 1 3 groups', () => {
    expect(formatNip('196901112002122004')).toBe('19690111 200212 2 004');
    expect(formatNip('19670606  199202 1 001')).toBe('19670606 199202 1 001');
    expect(formatNip('1967.0606-199202-1-001')).toBe('19670606 199202 1 001');
    expect(formatNip('belum ada')).toBe('belum ada');
  });

  it('spaces letters of the city', () => {
    expect(spacedLetters('Lumajang')).toBe('L U M A J A N G');
    expect(spacedLetters('Kota Batu')).toBe('K O T A   B A T U');
  });

  it('letters a…z, aa…', () => {
    expect([0, 1, 25, 26, 27].map(letter)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });

  it('does not repeat the region already in the agency name', () => {
    expect(withWilayah('Dinas Tenaga Kerja', 'Kabupaten Lumajang')).toBe('Dinas Tenaga Kerja Kabupaten Lumajang');
    expect(withWilayah('Dinas Tenaga Kerja Kabupaten Lumajang', 'Kabupaten Lumajang')).toBe('Dinas Tenaga Kerja Kabupaten Lumajang');
  });

  it('computes row spans for runs', () => {
    expect(runSpans([true, false, false, true, true, false])).toEqual([3, 0, 0, 1, 2, 0]);
    expect(runSpans([false, false])).toEqual([2, 0]);
    expect(runSpans([])).toEqual([]);
  });
});
