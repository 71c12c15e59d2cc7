import { computeReport } from '../calc/compute-report.js';
import type { CalcResult } from '../model/calc-types.js';
import { slugify } from '../format/slugify.js';
import { finalizePdf } from '../output/pdf/finalize-pdf.js';
import { buildViewModel } from '../documents/lkj/build-view-model.js';
import type { PaperName, ReportViewModel } from '../documents/lkj/report-view-model.js';
import { renderHtml } from '../output/html/render-html.js';
import type { FileValidation } from '../validate/validate-file.js';
import { VERSION } from '../model/version.js';
import type { CalendarDate, Tw, Workbook } from '../model/workbook-types.js';
import { reportDate } from './report-date.js';

export type OutputFormat = 'pdf' | 'html' | 'docx';

/** What every report-producing command shares (generate, batch). */
export interface ReportOptions {
  tw: Tw;
  format: OutputFormat;
  paper: PaperName;
  date?: CalendarDate;
  templatesDir?: string;
  charts: boolean;
  timeoutMs: number;
}

export interface BuiltReport {
  calc: CalcResult;
  vm: ReportViewModel;
  html: string;
  /** The Word document (`--format docx`; then `html` is ''), else null. */
  docx: Uint8Array | null;
  fileName: string;
}

/** compute → shape → render, for a workbook that passed validation. No browser, no writing. */
export async function buildReport(v: FileValidation & { workbook: Workbook }, options: ReportOptions): Promise<BuiltReport> {
  const wb = v.workbook;
  const calc = computeReport(wb, options.tw);
  const vm = buildViewModel(wb, calc, {
    tanggal: reportDate(wb, options.tw, options.date),
    paper: options.paper,
    charts: options.charts,
    logoDataUrl: v.logoDataUrl,
  });
  const html = options.format === 'docx' ? '' : await renderHtml(vm, { templatesDir: options.templatesDir });
  const docx = options.format === 'docx' ? await (await import('../output/docx/lkj-docx.js')).renderLkjDocx(vm) : null;
  return { calc, vm, html, docx, fileName: outputFileName(wb, options.tw, options.format) };
}

/** `LKj_TW<N>_<Tahun>_<unit-kerja-slug>.<ext>` (CLI contract). */
export function outputFileName(wb: Workbook, tw: Tw, format: OutputFormat): string {
  return `LKj_TW${tw}_${wb.identitas.tahun}_${slugify(wb.identitas.unitKerja)}.${format}`;
}

/** Chromium's PDF of a report → the final one (metadata, bookmarks, fixed dates and ID): identical on every run. */
export async function finalizeReport(report: BuiltReport, raw: Uint8Array): Promise<{ bytes: Uint8Array; pages: number }> {
  const m = report.vm.meta;
  return finalizePdf(raw, {
    title: m.title,
    author: m.author,
    subject: m.subject,
    keywords: m.keywords,
    creator: `lkj ${VERSION}`,
    date: new Date(`${m.tanggalIso}T00:00:00Z`),
    language: m.lang,
    outline: [{ text: 'Sampul' }, ...report.vm.outline].map((o) => o.text),
  });
}
