/**
 * The fonts a report embeds: Tinos (the Times-compatible body face) and, for what Tinos
 * lacks, Noto Emoji. Both ship as @fontsource packages split into unicode-range subsets;
 * a document inlines only the subsets its own text uses, so the HTML stays small and the
 * PDF never falls back to whatever fonts the machine happens to have. Characters no bundled
 * font has are replaced (see `replaceUncovered`) and reported by the validator.
 *
 * Which characters a subset really has is read from its `cmap` table (a unicode-range only
 * says what the subset was cut from). The files are read lazily and once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { PACKAGE_ROOT } from '../model/package-root.js';

type Style = 'normal' | 'italic';

interface Face {
  family: 'Tinos' | 'Noto Emoji';
  /** Path inside node_modules. */
  file: string;
  style: Style;
  /** A number, or a range (`100 900`) for a face used at every weight. */
  weight: string;
  range: string;
}

// Tinos subsets in @fontsource/tinos, latin first (it has the text of nearly every report).
const TINOS_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'hebrew'] as const;
const EMOJI_SUBSETS = 11;

const requireFromRoot = createRequire(path.join(PACKAGE_ROOT, 'package.json'));

function readJson(spec: string): Record<string, string> {
  return JSON.parse(readFileSync(requireFromRoot.resolve(spec), 'utf8')) as Record<string, string>;
}

let faces: { tinos: Face[][]; emoji: Face[] } | null = null;

/** Every face available, grouped: Tinos per subset (its four styles), Noto Emoji per subset. */
function allFaces(): { tinos: Face[][]; emoji: Face[] } {
  if (faces) return faces;
  const tinosRanges = readJson('@fontsource/tinos/unicode.json');
  const emojiRanges = readJson('@fontsource/noto-emoji/unicode.json');
  const tinos = TINOS_SUBSETS.map((subset) =>
    (['400', '700'] as const).flatMap((weight) =>
      (['normal', 'italic'] as const).map((style) => ({
        family: 'Tinos' as const,
        file: `@fontsource/tinos/files/tinos-${subset}-${weight}-${style}.woff2`,
        style,
        weight,
        range: tinosRanges[subset]!,
      })),
    ),
  );
  // One weight of Noto Emoji serves regular and bold text alike.
  const emoji = Array.from({ length: EMOJI_SUBSETS }, (_, i) => ({
    family: 'Noto Emoji' as const,
    file: `@fontsource/noto-emoji/files/noto-emoji-${i}-400-normal.woff2`,
    style: 'normal' as const,
    weight: '100 900',
    range: emojiRanges[`[${i}]`]!,
  }));
  faces = { tinos, emoji };
  return faces;
}

// ------------------------------------------------------------------ coverage

const coverageByFile = new Map<string, Set<number>>();

/** The code points a font file maps to glyphs (its cmap), read once. */
function coverage(file: string): Set<number> {
  let set = coverageByFile.get(file);
  if (!set) {
    set = cmapOfWoff2(readFileSync(requireFromRoot.resolve(file)));
    coverageByFile.set(file, set);
  }
  return set;
}

/**
 * The cmap of a WOFF2 font: walk the table directory, decompress the (Brotli) font data and
 * read the cmap table, which WOFF2 stores untransformed.
 */
export function cmapOfWoff2(buf: Buffer): Set<number> {
  if (buf.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
  const numTables = buf.readUInt16BE(12);
  const compressedLength = buf.readUInt32BE(20);
  let pos = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const b = buf[pos++]!;
      value = value * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) return value;
    }
    throw new Error('bad UIntBase128');
  };
  let offset = 0;
  let cmap: { offset: number; length: number } | null = null;
  for (let t = 0; t < numTables; t++) {
    const flags = buf[pos++]!;
    const tagIndex = flags & 0x3f;
    const tag = tagIndex === 63 ? buf.toString('latin1', pos, (pos += 4)) : null;
    const version = flags >> 6;
    const origLength = base128();
    // glyf (10) and loca (11) are transformed at version 0; other tables at versions 1–3.
    const transformed = tagIndex === 10 || tagIndex === 11 ? version !== 3 : version !== 0;
    const length = transformed ? base128() : origLength;
    if (tagIndex === 0 || tag === 'cmap') cmap = { offset, length };
    offset += length;
  }
  if (!cmap) return new Set();
  const data = brotliDecompressSync(buf.subarray(pos, pos + compressedLength));
  return parseCmap(data.subarray(cmap.offset, cmap.offset + cmap.length));
}

/** Code points of the best Unicode subtable (format 12 if present, else format 4). */
function parseCmap(t: Buffer): Set<number> {
  const n = t.readUInt16BE(2);
  const tables: { format: number; at: number }[] = [];
  for (let i = 0; i < n; i++) {
    const platform = t.readUInt16BE(4 + i * 8);
    const encoding = t.readUInt16BE(6 + i * 8);
    const at = t.readUInt32BE(8 + i * 8);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) tables.push({ format: t.readUInt16BE(at), at });
  }
  const out = new Set<number>();
  const f12 = tables.find((x) => x.format === 12);
  if (f12) {
    const groups = t.readUInt32BE(f12.at + 12);
    for (let g = 0; g < groups; g++) {
      const p = f12.at + 16 + g * 12;
      for (let c = t.readUInt32BE(p); c <= t.readUInt32BE(p + 4); c++) out.add(c);
    }
    return out;
  }
  const f4 = tables.find((x) => x.format === 4);
  if (!f4) return out;
  const segs = t.readUInt16BE(f4.at + 6) / 2;
  const ends = f4.at + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = t.readUInt16BE(ends + s * 2);
    const start = t.readUInt16BE(starts + s * 2);
    const delta = t.readUInt16BE(deltas + s * 2);
    const ro = t.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const gp = rangeOffsets + s * 2 + ro + (c - start) * 2;
        glyph = t.readUInt16BE(gp);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
  return out;
}

// Printable ASCII and Latin-1 are in Tinos's latin subset: text of only these needs no font file read.
const isBasic = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff);

/**
 * Characters that need no glyph of their own: controls and line breaks, joiners, variation
 * selectors, tag characters of flag sequences. Never reported, never replaced.
 */
export function isInvisible(cp: number): boolean {
  return /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u.test(String.fromCodePoint(cp)) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** The first Tinos subset (index) or Noto Emoji subset that has `cp`, or null. */
function faceFor(cp: number): { tinos: number } | { emoji: number } | null {
  const { tinos, emoji } = allFaces();
  for (let i = 0; i < tinos.length; i++) if (coverage(tinos[i]![0]!.file).has(cp)) return { tinos: i };
  for (let i = 0; i < emoji.length; i++) if (coverage(emoji[i]!.file).has(cp)) return { emoji: i };
  return null;
}

/** Whether a bundled font draws `cp` (invisible characters count as drawn). */
export function isCovered(cp: number): boolean {
  return isBasic(cp) || isInvisible(cp) || faceFor(cp) !== null;
}

const isSpace = (ch: string) => /^\p{Zs}$/u.test(ch);

/**
 * The characters of `text` that no bundled font has, each once, in order of appearance.
 * Spaces are never reported: one Tinos lacks (e.g. U+202F) is printed as a no-break space.
 */
export function uncoveredCharacters(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    if (!isCovered(ch.codePointAt(0)!) && !isSpace(ch)) out.add(ch);
  }
  return [...out];
}

/** What an uncovered character is printed as (Tinos has it). */
export const REPLACEMENT = '\uFFFD';

/** `text` with every character no bundled font has replaced by REPLACEMENT. */
export function replaceUncovered(text: string): string {
  // Fast path: the text of most reports is ASCII and Latin-1.
  if (/^[\x20-\x7e\xa0-\xff\t\n\r]*$/u.test(text)) return text;
  let out = '';
  for (const ch of text) out += isCovered(ch.codePointAt(0)!) ? ch : isSpace(ch) ? '\u00A0' : REPLACEMENT;
  return out;
}

// ------------------------------------------------------------------ CSS

const dataUrlByFile = new Map<string, string>();

function dataUrl(file: string): string {
  let url = dataUrlByFile.get(file);
  if (url === undefined) {
    url = `data:font/woff2;base64,${readFileSync(requireFromRoot.resolve(file)).toString('base64')}`;
    dataUrlByFile.set(file, url);
  }
  return url;
}

function faceCss(f: Face): string {
  return [
    '@font-face {',
    `  font-family: '${f.family}';`,
    `  font-style: ${f.style};`,
    `  font-weight: ${f.weight};`,
    '  font-display: block;',
    `  src: url(${dataUrl(f.file)}) format('woff2');`,
    `  unicode-range: ${f.range};`,
    '}',
  ].join('\n');
}

/**
 * `@font-face` rules (data URLs) for the subsets that draw `text`: Tinos latin always (page
 * numbers, headings), other Tinos subsets and Noto Emoji subsets only where a character of
 * the text needs them. Same text, same CSS: the order of the rules is fixed.
 */
export function fontCssFor(text: string): string {
  const { tinos, emoji } = allFaces();
  const usedTinos = new Set<number>([0]);
  const usedEmoji = new Set<number>();
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isBasic(cp) || seen.has(cp)) continue;
    seen.add(cp);
    const face = faceFor(cp);
    if (face && 'tinos' in face) usedTinos.add(face.tinos);
    else if (face) usedEmoji.add(face.emoji);
  }
  const chosen = [
    ...tinos.flatMap((group, i) => (usedTinos.has(i) ? group : [])),
    ...emoji.filter((_, i) => usedEmoji.has(i)),
  ];
  return chosen.map(faceCss).join('\n');
}

/** Every string in a view model, joined: the text a document prints. */
export function textOf(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return parts.join('\n');
}

/** A copy of a view model with `replaceUncovered` applied to every string in it. */
export function withCoveredText<T>(value: T): T {
  const map = (v: unknown): unknown => {
    if (typeof v === 'string') return replaceUncovered(v);
    if (Array.isArray(v)) return v.map(map);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, map(x)]));
    return v;
  };
  return map(value) as T;
}
