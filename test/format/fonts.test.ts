import { describe, expect, it } from 'vitest';
import { fontCssFor, isCovered, replaceUncovered, uncoveredCharacters, withCoveredText } from '../../src/format/fonts.js';
import { textWidth, wrapToWidth } from '../../src/documents/shared/text-width.js';

const faces = (css: string) => [...css.matchAll(/font-family: '([^']+)';\n {2}font-style: (\w+);\n {2}font-weight: ([\d ]+);/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);

describe('bundled fonts', () => {
  it('inlines only Tinos latin (four styles) for Latin text', () => {
    expect(faces(fontCssFor('Laporan Kinerja — 139,09 % “capaian” …'))).toEqual(['Tinos normal 400', 'Tinos italic 400', 'Tinos normal 700', 'Tinos italic 700']);
  });
  it('adds a Tinos subset or a Noto Emoji subset only for the characters that need it', () => {
    const withCyrillic = faces(fontCssFor('Ж'));
    expect(withCyrillic).toHaveLength(8);
    const withEmoji = faces(fontCssFor('Target 🚀'));
    expect(withEmoji.filter((f) => f.startsWith('Noto Emoji'))).toEqual(['Noto Emoji normal 100 900']);
    expect(withEmoji).toHaveLength(5);
  });
  it('gives the same CSS for the same text', () => {
    expect(fontCssFor('a 🚀 ✅ b')).toBe(fontCssFor('✅ b a 🚀'));
  });
  it('knows what the fonts draw from their cmap', () => {
    for (const ch of ['A', 'é', 'Ł', '€', '–', '…', 'Ж', 'Ω', '🚀', '✅', '😀']) expect(isCovered(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of ['漢', '→', 'ㄱ']) expect(isCovered(ch.codePointAt(0)!), ch).toBe(false);
    // Joiners and variation selectors need no glyph.
    expect(uncoveredCharacters('👍\uFE0F a\u200Db')).toEqual([]);
  });
  it('replaces what no bundled font has with U+FFFD, everywhere in a view model', () => {
    expect(replaceUncovered('Kota 漢字 🚀')).toBe('Kota \uFFFD\uFFFD 🚀');
    expect(withCoveredText({ a: ['x 漢'], b: { c: '→' }, n: 3, z: null })).toEqual({ a: ['x \uFFFD'], b: { c: '\uFFFD' }, n: 3, z: null });
  });
});

describe('chart label wrapping', () => {
  it('breaks a word wider than a line into pieces that fit', () => {
    const word = `Pengembangan${'x'.repeat(48)}`;
    const lines = wrapToWidth(`1. ${word} akhir`, 224, 12, 5);
    expect(lines.join('').replace(/\s/g, '')).toBe(`1.${word}akhir`);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(224);
    expect(lines.length).toBeGreaterThan(2);
  });
  it('cuts after maxLines with an ellipsis that still fits', () => {
    const lines = wrapToWidth('kata '.repeat(80), 100, 12, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(100);
  });
});

describe('spaces no bundled font has', () => {
  it('are printed as a no-break space and not reported', () => {
    const narrow = '\u202f'; // Tinos has no narrow no-break space
    expect(isCovered(narrow.codePointAt(0)!)).toBe(false);
    expect(uncoveredCharacters(`1${narrow}000`)).toEqual([]);
    expect(replaceUncovered(`1${narrow}000`)).toBe('1\u00A0000');
  });
});
