import { UserError } from './errors.js';

/**
 * Electronic signing (TTE, `--tte`): the signers of a document, each with the anchor
 * character the signing service looks for and the marker colour of their signature boxes.
 * Kind-neutral: a document kind lists its signers (LKj: head of unit and superior; PK: both
 * parties, two boxes each; Rencana Aksi; Kata Pengantar) and its templates print
 * `{{> tte-box}}` for each box. Pure: no I/O.
 */

/** The footer text documents signed through BSrE carry (domain.md, "Signing and archiving"). */
export const TTE_FOOTER =
  'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN';

/**
 * Anchor characters in order of preference: `#` and `$` are what signing services commonly
 * take; the others are used only when the document's own text already has them (each anchor
 * must occur exactly once). All are in Tinos' latin subset.
 */
export const ANCHOR_CANDIDATES = ['#', '$', '^', '~', '*', '@', '§', '¤', '¶', '|'] as const;

export interface SignerInput {
  /** Stable key the templates use: `kepala`, `atasan`, `pihak-pertama`, … */
  key: string;
  /** Role as printed (jabatan), without a trailing comma. */
  role: string;
  name: string;
  /** Digits of the NIP as printed (`19670606 199202 1 001`), or null. */
  nip: string | null;
}

export interface TteSigner extends SignerInput {
  anchor: string;
  /**
   * The box's fill colour (CSS), a near-white one no other drawing uses: the printed PDF is
   * searched for rectangles filled with it to read each box's real position.
   */
  marker: string;
  /** The same colour as 0–255 channels. */
  markerRgb: [number, number, number];
}

export interface TteBox {
  widthMm: number;
  heightMm: number;
}

export interface TteView {
  footer: string;
  box: TteBox;
  /** By key, for templates: `@root.tte.signers.kepala`. */
  signers: Record<string, TteSigner>;
  list: TteSigner[];
}

export const DEFAULT_TTE_BOX: TteBox = { widthMm: 40, heightMm: 20 };

/** Marker colour of the n-th signer (0-based): rgb(254, 253, 252 − n). */
export function markerRgb(index: number): [number, number, number] {
  return [254, 253, 252 - index];
}

/**
 * The first `count` candidates that occur nowhere in `texts` (the document's own text):
 * then each anchor occurs once, at its signature block. Throws when too few are free.
 */
export function chooseAnchors(count: number, texts: Iterable<string>): string[] {
  const used = new Set<string>();
  for (const t of texts) for (const c of ANCHOR_CANDIDATES) if (t.includes(c)) used.add(c);
  const free = ANCHOR_CANDIDATES.filter((c) => !used.has(c));
  if (free.length < count) {
    // The workbook's own text holds every candidate: the person can free one (exit 1).
    throw new UserError(
      `--tte: tidak ada tanda jangkar yang bebas untuk ${count} penanda tangan — teks dokumen sudah memuat ${[...used].join(' ')}; ` +
        `hapus salah satu karakter itu dari buku kerja (mis. di Analisis atau Pendahuluan).`,
    );
  }
  return free.slice(0, count);
}

/**
 * Every string in a view model (what the document prints), skipping `data:` URLs (logo,
 * charts) whose base64 is not text of the document.
 */
export function collectText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    // A chart's SVG: only its text (labels from the workbook), not its markup (`#` colours).
    if (value.trimStart().startsWith('<svg')) out.push(svgText(value));
    else if (!value.startsWith('data:')) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectText(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collectText(v, out);
  }
  return out;
}

/** The text of an SVG fragment: tags dropped, character references decoded. */
export function svgText(svg: string): string {
  return svg
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/giu, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/gu, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(lt|gt|quot|apos|amp);/gu, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n]!);
}

export function buildTteView(signers: SignerInput[], documentText: Iterable<string>, box: TteBox = DEFAULT_TTE_BOX): TteView {
  const anchors = chooseAnchors(signers.length, documentText);
  const list = signers.map((s, i): TteSigner => {
    const rgb = markerRgb(i);
    return { ...s, anchor: anchors[i]!, marker: `rgb(${rgb.join(', ')})`, markerRgb: rgb };
  });
  return { footer: TTE_FOOTER, box, signers: Object.fromEntries(list.map((s) => [s.key, s])), list };
}

/** `NIP. 19670606 199202 1 001` → `19670606 199202 1 001`. */
export function nipDigits(printed: string | null): string | null {
  if (printed === null) return null;
  const s = printed.replace(/^NIP\.?\s*/iu, '').trim();
  return s === '' ? null : s;
}

/** `Kepala Dinas …,` → `Kepala Dinas …`. */
export function roleOf(jabatan: string): string {
  return jabatan.replace(/[,:\s]+$/u, '');
}
