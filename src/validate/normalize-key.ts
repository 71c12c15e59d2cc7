/**
 * Bidi controls (embeddings, overrides, isolates, marks): invisible, yet one of them can
 * print a signatory's name backwards. Never part of what anybody meant to type.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * The contract's matching rule for sheet names, headers, Identitas keys and choice values:
 * ignore case, every space (also non-breaking), `_`, `-` and `.` (and bidi controls).
 */
export function normalizeKey(s: string): string {
  return s.replace(BIDI_CONTROLS, '').toLowerCase().replace(/[\s\u00a0\u2007\u202f\u200b_\-.]+/g, '');
}

/** Trims and collapses runs of spaces, including the non-breaking ones Excel users paste in; drops bidi controls. */
export function cleanText(s: string): string {
  return s.replace(BIDI_CONTROLS, '').replace(/[\s\u00a0\u2007\u202f\u200b]+/g, ' ').trim();
}

/** The text without bidi controls, or null when it had none. */
export function withoutBidiControls(s: string): string | null {
  const out = s.replace(BIDI_CONTROLS, '');
  return out.length === s.length ? null : out;
}
