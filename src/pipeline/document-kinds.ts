/**
 * The documents lkj makes, one entry per kind: how its figures and view model are built,
 * which template set prints it, how its file is named and how it becomes a Word document.
 * Adding a document is one folder under src/documents/, one under templates/ and one entry
 * here; the renderers (src/output/*) and the commands know no kind.
 */
import { computeReport } from '../calc/compute-report.js';
import { buildViewModel } from '../documents/lkj/build-view-model.js';
import type { ReportViewModel } from '../documents/lkj/report-view-model.js';
import { lkjSigners } from '../documents/lkj/tte-signers.js';
import { slugify } from '../format/slugify.js';
import { UsageError } from '../model/errors.js';
import type { DokumenKind, Tw } from '../model/workbook-types.js';
import type { DocumentKindSpec, ReportOptions } from './document-kind-spec.js';
import { reportDate } from './report-date.js';
import { pk } from './kinds/pk.js';
import { rencanaAksi } from './kinds/rencana-aksi.js';
import { lkjTahunan } from './kinds/lkj-tahunan.js';

export type { DocumentKindSpec, OutputFormat, ReportOptions, ShapedDocument, ValidWorkbook } from './document-kind-spec.js';

/** The quarter of a quarterly-LKj request (the CLI has made sure it is there). */
function twOf(options: ReportOptions): Tw {
  if (options.tw === undefined) throw new UsageError('--tw wajib untuk --dokumen lkj (triwulan 1..4).');
  return options.tw;
}

const lkj: DocumentKindSpec = {
  kind: 'lkj',
  templates: 'lkj',
  validationTw: (o) => o.tw,
  fileStem: (wb, o) => `LKj_TW${twOf(o)}_${wb.identitas.tahun}_${slugify(wb.identitas.unitKerja)}`,
  shape(v, o) {
    const tw = twOf(o);
    const calc = computeReport(v.workbook, tw);
    const vm = buildViewModel(v.workbook, calc, {
      tanggal: reportDate(v.workbook, tw, o.date),
      paper: o.paper,
      charts: o.charts,
      logoDataUrl: v.logoDataUrl,
    });
    return { vm, calc };
  },
  async docx(vm) {
    const [{ lkjDocument }, { renderDocx }, { svgToPng }, { imageSize }] = await Promise.all([
      import('../documents/lkj/lkj-docx.js'),
      import('../output/docx/render-docx.js'),
      import('../output/docx/svg-to-png.js'),
      import('../output/docx/image-size.js'),
    ]);
    return renderDocx(lkjDocument(vm as ReportViewModel, { svgToPng, imageSize }));
  },
  signers: (vm) => lkjSigners((vm as ReportViewModel).pengesahan),
};

/** Each further kind: its spec in src/pipeline/kinds/<kind>.ts, listed here. */
const KINDS: Partial<Record<DokumenKind, DocumentKindSpec>> = { lkj, 'lkj-tahunan': lkjTahunan, pk, 'rencana-aksi': rencanaAksi };

export const DOKUMEN_KINDS: readonly DokumenKind[] = ['lkj', 'lkj-tahunan', 'pk', 'rencana-aksi'];

/** The spec of a kind; a kind lkj does not make yet is a usage error (exit 2), never a silent fallback. */
export function documentKind(kind: DokumenKind = 'lkj'): DocumentKindSpec {
  const spec = KINDS[kind];
  if (!spec) throw new UsageError(`--dokumen ${kind} belum tersedia di versi lkj ini.`);
  return spec;
}
