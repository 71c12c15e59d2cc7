/**
 * The contract's matching rule for sheet names, headers, Identitas keys and choice values:
 * ignore case, every space (also non-breaking), `_`, `-` and `.`.
 */
export function normalizeKey(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0\u2007\u202f\u200b_\-.]+/g, '');
}

/** Trims and collapses runs of spaces, including the non-breaking ones Excel users paste in. */
export function cleanText(s: string): string {
  return s.replace(/[\s\u00a0\u2007\u202f\u200b]+/g, ' ').trim();
}
