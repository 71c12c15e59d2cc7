/**
 * `--tte` and `--qr` for any document kind: the views its templates print (signature boxes
 * with anchors, footer, verification block) and, after printing, the `.tte.json` sidecar
 * read from the PDF. A kind takes part by listing its signers (DocumentKindSpec.signers).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { buildTteView, collectText, TTE_FOOTER, type TteView } from '../model/signers.js';
import { buildVerification, documentId, type VerificationView } from '../documents/shared/verification.js';
import type { DocumentViewModel } from '../model/document-view-model.js';
import { UsageError } from '../model/errors.js';
import { writeAtomic } from '../write/write-atomic.js';
import type { DocumentKindSpec, ReportOptions, ValidWorkbook } from './document-kinds.js';

export interface SigningViews {
  tte: TteView | null;
  verification: VerificationView | null;
}

export async function signingViews(spec: DocumentKindSpec, vm: DocumentViewModel, v: ValidWorkbook, options: ReportOptions): Promise<SigningViews> {
  if (options.tte && !spec.signers) throw new UsageError(`--tte belum tersedia untuk --dokumen ${spec.kind}.`);
  let verification: VerificationView | null = null;
  if (options.qr !== undefined) {
    const id = documentId(await readFile(v.file), {
      dokumen: spec.kind,
      tw: options.tw ?? null,
      paper: options.paper,
      date: options.date ?? null,
      charts: options.charts,
      sampul: options.sampul === true,
      tte: options.tte ?? null,
      pdfa: options.pdfa === true,
    });
    verification = await buildVerification(options.qr, id);
  }
  let tte: TteView | null = null;
  if (options.tte && spec.signers) {
    // Anchors are chosen among characters the document's own text does not have: its view
    // model's strings, the verification lines it prints (a URL may well hold `#` or `$`) and the footer.
    const printed = [...collectText(vm), ...(verification ? [verification.urlLine, verification.idLine] : []), TTE_FOOTER];
    tte = buildTteView(spec.signers(vm), printed, options.tte);
  }
  return { tte, verification };
}

/** `<output name without extension>.tte.json` beside the PDF (CLI contract). */
export function sidecarPath(pdfPath: string): string {
  return join(dirname(pdfPath), `${basename(pdfPath, extname(pdfPath))}.tte.json`);
}

/** Reads every signature box from the written PDF's bytes and writes the sidecar. */
export async function writeTteSidecar(pdfPath: string, pdf: Uint8Array, tte: TteView): Promise<string> {
  const { tteSidecar } = await import('../output/pdf/tte-boxes.js');
  const sidecar = await tteSidecar(pdf, tte, basename(pdfPath));
  const path = sidecarPath(pdfPath);
  await writeAtomic(path, `${JSON.stringify(sidecar, null, 2)}\n`);
  return path;
}
