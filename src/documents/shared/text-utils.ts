/**
 * Small wording helpers for the view model: list punctuation, spacing, NIP, letters.
 * All pure; Indonesian text conventions of formal reports.
 */
import type { Decimal } from 'decimal.js';
import { formatCount } from '../../format/format-number.js';
import type { NarrativeBlock, NumberedItem } from './view-types.js';

/** Collapses runs of whitespace (also non-breaking) and trims. */
export function clean(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/gu, ' ').trim();
}

/** `1.200 orang`; the unit as typed. */
export function quantity(x: Decimal, satuan: string): string {
  const unit = clean(satuan);
  return unit === '' ? formatCount(x) : `${formatCount(x)} ${unit}`;
}

/** `Kegiatan X`, without doubling a `Kegiatan` the name already starts with. */
export function kegiatanPhrase(name: string): string {
  const n = clean(name);
  return /^kegiatan\b/iu.test(n) ? n : `Kegiatan ${n}`;
}

/** Upper case with the Indonesian locale (`Kabupaten` -> `KABUPATEN`). */
export function upper(text: string): string {
  return clean(text).toLocaleUpperCase('id-ID');
}

// A leading `1.`, `1)`, `a.`, `a)`, `-`, `•`, `–` or `*` typed by the user before a list item.
const LEADING_MARK_RE = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-•–*·●▪➤])\s+/iu;
// Trailing `;`, `,`, `.`, `:` and a trailing `; dan` / `, dan` / `; serta`.
const TRAILING_PUNCT_RE = /(?:\s*[;,]\s*(?:dan|serta))?[\s;,.:]*$/iu;

/** Strips a typed list marker and trailing list punctuation: `2. Penerbitan izin; dan` -> `Penerbitan izin`. */
export function stripListPunctuation(text: string): string {
  return clean(text).replace(LEADING_MARK_RE, '').replace(TRAILING_PUNCT_RE, '');
}

/**
 * Numbered list the way Indonesian regulations write them: `;` after each item,
 * `; dan` after the second last, `.` after the last.
 */
export function numberedList(texts: readonly string[]): NumberedItem[] {
  const items = texts.map(stripListPunctuation).filter((t) => t !== '');
  return items.map((text, i) => ({
    number: `${i + 1}.`,
    text: text + listEnding(i, items.length, true),
  }));
}

/** Bullet items: `;` after each, `.` after the last (no `dan`). */
export function bulletList(texts: readonly string[]): string[] {
  const items = texts.map(stripListPunctuation).filter((t) => t !== '');
  return items.map((text, i) => text + listEnding(i, items.length, false));
}

function listEnding(i: number, n: number, withDan: boolean): string {
  if (i === n - 1) return '.';
  if (withDan && i === n - 2) return '; dan';
  return ';';
}

/** `Lumajang` -> `L U M A J A N G`; words are kept apart by three spaces. */
export function spacedLetters(text: string): string {
  return upper(text)
    .split(' ')
    .map((word) => [...word].join(' '))
    .join('   ');
}

/** `196906112002122004` or `19690111 200212 2 004` -> `19690111 200212 2 004`; other text as typed. */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\D/g, '');
  if (digits.length === 18 && /^[\d\s.\-]+$/u.test(nip.trim())) {
    return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
  }
  return clean(nip);
}

/** a, b, …, z, aa, ab, … */
export function letter(i: number): string {
  let n = i;
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** Joins with `, ` and `last` before the final element: `A, B dan C`. */
export function joinIndonesian(parts: readonly string[], last = 'dan'): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${last} ${parts[parts.length - 1]}`;
}

/** Ends a sentence with `.` unless it already ends with terminal punctuation. */
export function sentence(text: string): string {
  const t = clean(text);
  return /[.!?:;]$/u.test(t) ? t : `${t}.`;
}

/**
 * A cell's lines (Alt+Enter in Excel) as separate narrative lines; blank lines dropped.
 * Line breaks inside a cell are how users type several paragraphs or bullets in one row.
 */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map(clean)
    .filter((l) => l !== '');
}

const BULLET_RE = /^[-•–*·●▪➤]\s*/u;

/** Is this narrative line a bullet (`- …` or `• …`)? */
export function isBullet(line: string): boolean {
  return /^[-•–*·●▪➤]\s+\S/u.test(line) || /^•\S/u.test(line);
}

/** Paragraph lines and bullet lines; consecutive bullets become one list. */
export function narrativeBlocks(lines: readonly string[]): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  for (const line of lines) {
    if (isBullet(line)) {
      const item = line.replace(BULLET_RE, '');
      const prev = blocks.at(-1);
      if (prev?.isList) prev.items.push(item);
      else blocks.push({ isList: true, text: '', items: [item] });
    } else {
      blocks.push({ isList: false, text: line, items: [] });
    }
  }
  return blocks;
}

/** Drops a leading `Pemerintah ` so the region can follow an agency name: `Kabupaten Lumajang`. */
export function wilayahOf(pemerintah: string): string {
  return clean(pemerintah).replace(/^pemerintah\s+/iu, '');
}

/** `Dinas Tenaga Kerja` + `Kabupaten Lumajang`, unless the agency name already names the region. */
export function withWilayah(perangkatDaerah: string, wilayah: string): string {
  const pd = clean(perangkatDaerah);
  if (wilayah === '' || pd.toLocaleLowerCase('id-ID').includes(wilayah.toLocaleLowerCase('id-ID'))) return pd;
  return `${pd} ${wilayah}`;
}
