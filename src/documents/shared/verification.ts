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
  /** The QR code as inline SVG. */
  svg: string;
}

/** The placeholder a URL template must contain. */
export const ID_PLACEHOLDER = '{id}';

/**
 * 20 hex digits of SHA-256 over the workbook's bytes and the options that shape the
 * document (as canonical JSON: keys sorted).
 */
export function documentId(workbookBytes: Uint8Array, options: Record<string, unknown>): string {
  const canonical = JSON.stringify(options, Object.keys(options).sort());
  return createHash('sha256').update(workbookBytes).update('\0').update(canonical).digest('hex').slice(0, 20).toUpperCase();
}

export function verificationUrl(template: string, id: string): string {
  return template.split(ID_PLACEHOLDER).join(encodeURIComponent(id));
}

export async function buildVerification(template: string, id: string): Promise<VerificationView> {
  const url = verificationUrl(template, id);
  // margin 0: the block's layout gives the quiet zone; width/height come from the CSS box.
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { id, url, svg: svg.replace('<svg ', '<svg width="100%" height="100%" role="img" aria-label="Kode QR verifikasi" ') };
}
