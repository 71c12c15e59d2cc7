/**
 * Verification block (`--qr URL_TEMPLATE`): a QR code of the URL built from the template
 * and the document id, printed with the id as text. The id is deterministic (the same
 * workbook and options give the same id), so a reprint verifies like the original.
 */
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';

export interface VerificationView {
  id: string;
  url: string;
  /** The QR code as inline SVG (HTML/PDF). */
  svg: string;
  /** The same QR code as a PNG `data:` URL (Word, which takes pictures, not SVG). */
  png: string;
  /** The lines printed beside the QR code: `Verifikasi dokumen: <url>`, `ID dokumen: <id>`. */
  urlLine: string;
  idLine: string;
}

/** The QR code's alternative text (HTML `aria-label`, Word `descr`). */
export const QR_ALT = 'Kode QR verifikasi';

/** Width of the QR code as printed (millimetres, square), in the PDF and in Word alike. */
export const QR_SIZE_MM = 24;

/** The placeholder a URL template must contain. */
export const ID_PLACEHOLDER = '{id}';

/**
 * 20 hex digits of SHA-256 over the workbook's bytes and the options that shape the
 * document (as canonical JSON: keys sorted at every level).
 */
export function documentId(workbookBytes: Uint8Array, options: Record<string, unknown>): string {
  return createHash('sha256').update(workbookBytes).update('\0').update(JSON.stringify(sortedKeys(options))).digest('hex').slice(0, 20).toUpperCase();
}

/**
 * The value with every object's keys in sorted order. Not JSON.stringify's key-list replacer:
 * that one also drops nested keys (the --tte box size) and some polyfilled runtimes ignore its order.
 */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, sortedKeys(obj[k])]));
}

export function verificationUrl(template: string, id: string): string {
  return template.split(ID_PLACEHOLDER).join(encodeURIComponent(id));
}

export async function buildVerification(template: string, id: string): Promise<VerificationView> {
  const url = verificationUrl(template, id);
  // margin 1 module of quiet zone; the printed size comes from the layout (QR_SIZE_MM).
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  // The PNG from the same library and matrix: 480 px over 24 mm (about 500 dpi) stays sharp in print.
  const png = await QRCode.toDataURL(url, { type: 'image/png', margin: 1, errorCorrectionLevel: 'M', width: 480 });
  return {
    id,
    url,
    svg: svg.replace('<svg ', `<svg width="100%" height="100%" role="img" aria-label="${QR_ALT}" `),
    png,
    urlLine: `Verifikasi dokumen: ${url}`,
    idLine: `ID dokumen: ${id}`,
  };
}
