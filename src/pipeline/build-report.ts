import { finalizePdf } from '../output/pdf/finalize-pdf.js';
import { renderHtml } from '../output/html/render-html.js';
import type { CalcResult } from '../model/calc-types.js';
import type { DocumentViewModel } from '../model/document-view-model.js';
import type { TteView } from '../model/signers.js';
import { VERSION } from '../model/version.js';
import type { Workbook } from '../model/workbook-types.js';
import { documentKind, type OutputFormat, type ReportOptions, type ValidWorkbook } from './document-kinds.js';

export type { OutputFormat, ReportOptions } from './document-kinds.js';

export interface BuiltReport {
  calc: CalcResult | null;
  vm: DocumentViewModel;
  html: string;
  /** The Word document (`--format docx`; then `html` is ''), else null. */
  docx: Uint8Array | null;
  fileName: string;
  /** `--tte`: the signers and boxes printed; the sidecar is read from the PDF after printing. */
  tte: TteView | null;
  /** `--pdfa` */
  pdfa: boolean;
}

/** compute → shape → render, for a workbook that passed validation. No browser, no writing. */
export async function buildReport(v: ValidWorkbook, options: ReportOptions): Promise<BuiltReport> {
  const spec = documentKind(options.dokumen);
  const shaped = await spec.shape(v, options);
  const { calc } = shaped;
  // --tte / --qr: what the templates print for signing (signature boxes, verification block).
  const signing = options.tte || options.qr !== undefined ? await (await import('./signing.js')).signingViews(spec, shaped.vm, v, options) : null;
  const vm: DocumentViewModel = signing ? { ...shaped.vm, ...signing } : shaped.vm;
  const html = options.format === 'docx' ? '' : await renderHtml(vm, { kind: spec.templates, templatesDir: options.templatesDir });
  const docx = options.format === 'docx' ? await spec.docx(vm) : null;
  return { calc, vm, html, docx, fileName: outputFileName(v.workbook, options), tte: signing?.tte ?? null, pdfa: options.pdfa === true };
}

/** `LKj_TW<N>_<Tahun>_<unit-kerja-slug>.<ext>` and the other kinds' names (CLI contract). */
export function outputFileName(wb: Workbook, options: ReportOptions): string {
  return `${documentKind(options.dokumen).fileStem(wb, options)}.${options.format}`;
}

/** Chromium's PDF of a document → the final one (metadata, bookmarks, fixed dates and ID): identical on every run. */
export async function finalizeReport(report: { vm: DocumentViewModel; pdfa?: boolean }, raw: Uint8Array): Promise<{ bytes: Uint8Array; pages: number }> {
  const m = report.vm.meta;
  return finalizePdf(raw, {
    title: m.title,
    author: m.author,
    subject: m.subject,
    keywords: m.keywords,
    creator: `lkj ${VERSION}`,
    date: new Date(`${m.tanggalIso}T00:00:00Z`),
    language: m.lang,
    outline: [{ text: report.vm.firstPage ?? 'Sampul' }, ...report.vm.outline].map((o) => o.text),
    pdfa: report.pdfa === true,
  });
}
