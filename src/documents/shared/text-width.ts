/**
 * How wide a line of text is in Tinos (metric-compatible with Times New Roman), estimated
 * from the Times-Roman advance widths: SVG has no text wrapping, so chart labels are broken
 * into lines here. Estimates err on the wide side for letters outside ASCII.
 */

// Times-Roman advance widths in 1/1000 em for U+0020..U+007E (Adobe's AFM).
const ASCII_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space … /
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0 … ?
  921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ … O
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P … _
  333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` … o
  500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p … ~
];

/** Advance width of one code point in em. */
export function charWidthEm(cp: number): number {
  if (cp >= 0x20 && cp <= 0x7e) return ASCII_WIDTHS[cp - 0x20]! / 1000;
  // Combining marks, joiners and variation selectors take no room of their own.
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || cp === 0x200c || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  // Emoji, pictographs and CJK: Noto Emoji draws them about 1.2 em wide.
  if (cp >= 0x2000) return 1.25;
  // Other Latin, Greek, Cyrillic letters: as wide as a capital.
  return 0.78;
}

/** Width of `text` in the unit of `fontSize` (px in an SVG). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch.codePointAt(0)!);
  return em * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at `fontSize`, at spaces where it can
 * and inside a word that alone is too wide (a URL, a 60-letter code). At most `maxLines`
 * lines; when cut, the last one ends in `…`.
 */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const fits = (s: string) => textWidth(s, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    // A word wider than a whole line is cut into pieces that fill each line.
    let rest = word;
    while (!fits(rest)) {
      const chars = [...rest];
      let n = 1;
      while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n++;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last !== '' && !fits(`${last}…`)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
