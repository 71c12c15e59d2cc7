/** File-name-safe slugs, e.g. for naming the PDF after the unit kerja. */

const MAX_LENGTH = 80;
// Used when nothing usable is left, so a file name is never empty.
const FALLBACK = 'laporan';

export function slugify(text: string): string {
  const slug = text
    // Split accented letters into letter + combining mark, then drop the marks (é -> e).
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Apostrophes join a word rather than split it: "Jum'at" -> "jumat".
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return FALLBACK;
  if (slug.length <= MAX_LENGTH) return slug;

  // Cut at a word boundary so the name does not end in half a word.
  const head = slug.slice(0, MAX_LENGTH + 1);
  const lastDash = head.lastIndexOf('-');
  const cut = lastDash > 0 ? head.slice(0, lastDash) : slug.slice(0, MAX_LENGTH);
  return cut.replace(/-+$/, '');
}
