/**
 * `--qr` in Word: the verification block the templates print (templates/shared/partials/
 * verification.hbs) as neutral Word blocks, placed by each kind where its PDF prints it.
 * Word's model has no picture inside a table cell, so the two lines stand above the QR code
 * rather than beside it, both centred; kept on the page of what precedes them (the signatures).
 */
import type { Block } from '../../model/docx-document.js';
import { QR_ALT, QR_SIZE_MM, type VerificationView } from './verification.js';

const MM_TO_PT = 72 / 25.4;

/** The pipeline adds `verification` to the view model only with `--qr` (src/pipeline/signing.ts). */
export function verificationOf(vm: object): VerificationView | null {
  return (vm as { verification?: VerificationView | null }).verification ?? null;
}

export function verificationBlocks(v: VerificationView | null): Block[] {
  if (!v) return [];
  const m = /^data:image\/png;base64,(.*)$/s.exec(v.png);
  if (!m) throw new Error('verification QR code is not a PNG data URL');
  const size = QR_SIZE_MM * MM_TO_PT;
  return [
    { kind: 'paragraph', text: [{ text: v.urlLine }, { text: v.idLine, lineBreakBefore: true }], size: 9, align: 'center', keepNext: true, spaceBefore: 18, spaceAfter: 0 },
    { kind: 'image', png: new Uint8Array(Buffer.from(m[1]!, 'base64')), width: size, height: size, alt: QR_ALT, caption: null },
  ];
}
