/**
 * The documents lkj makes, one entry per kind: how its figures and view model are built,
 * which template set prints it, how its file is named and how it becomes a Word document.
 * Adding a document is one folder under src/documents/, one under templates/ and one entry
 * here; the renderers (src/output/*) and the commands know no kind.
 */
import { computeReport } from '../calc/compute-report.js';
import { buildViewModel } from '../documents/lkj/build-view-model.js';
import type { PaperName, ReportViewModel } from '../documents/lkj/report-view-model.js';
import { lkjSigners } from '../documents/lkj/tte-signers.js';
import type { SignerInput, TteBox } from '../documents/shared/signers.js';
import { slugify } from '../format/slugify.js';
import type { CalcResult } from '../model/calc-types.js';
import type { DocumentViewModel } from '../model/document-view-model.js';
import { UsageError } from '../model/errors.js';
import type { CalendarDate, DokumenKind, Tw, Workbook } from '../model/workbook-types.js';
import type { FileValidation } from '../validate/validate-file.js';
import { reportDate } from './report-date.js';
import { pk } from './kinds/pk.js';
import { rencanaAksi } from './kinds/rencana-aksi.js';
import { lkjTahunan } from './kinds/lkj-tahunan.js';

export type OutputFormat = 'pdf' | 'html' | 'docx';

/** What every document-producing command shares (generate, batch, watch). */
export interface ReportOptions {
  /** `--dokumen`; default the quarterly LKj. */
  dokumen?: DokumenKind;
  /** The quarter: required for the quarterly LKj, refused for the other kinds. */
  tw?: Tw;
  format: OutputFormat;
  paper: PaperName;
  date?: CalendarDate;
  templatesDir?: string;
  charts: boolean;
  timeoutMs: number;
  /** PK: print a cover page (`--sampul`). */
  sampul?: boolean;
  /** `--tte`: signature boxes of this size, one anchor per signer, the TTE footer, a `.tte.json` sidecar. */
  tte?: TteBox;
  /** `--qr URL_TEMPLATE`: verification block (QR code and document id). */
  qr?: string;
  /** `--pdfa`: PDF/A-2b. */
  pdfa?: boolean;
}

export type ValidWorkbook = FileValidation & { workbook: Workbook };

export interface ShapedDocument {
  vm: DocumentViewModel;
  /** The figures it prints (the Rekap is built from them); null for documents without any. */
  calc: CalcResult | null;
}

export interface DocumentKindSpec {
  kind: DokumenKind;
  /** Its template set under templates/. */
  templates: string;
  /** The quarter up to which blank realisations are reported when validating (none for the year's opening documents). */
  validationTw(options: ReportOptions): Tw | undefined;
  /** File name without extension, e.g. `LKj_TW3_2023_bidang-…` (CLI contract). */
  fileStem(wb: Workbook, options: ReportOptions): string;
  /** compute → shape; pure apart from what the validation already loaded. */
  shape(v: ValidWorkbook, options: ReportOptions): Promise<ShapedDocument> | ShapedDocument;
  /** The Word document of a view model this kind shaped. */
  docx(vm: DocumentViewModel): Promise<Uint8Array>;
  /**
   * Kinds that print their own page numbers (a Daftar Isi): the view model with the pages of a
   * first print (its bookmarks in order, 1-based pages); the pipeline prints again (print-document.ts).
   */
  paginate?(vm: DocumentViewModel, pages: readonly { title: string; page: number | null }[]): DocumentViewModel;
  /** Who signs it (`--tte`), from the view model it shaped; absent: --tte is refused. */
  signers?(vm: DocumentViewModel): SignerInput[];
}

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
    const { renderLkjDocx } = await import('../output/docx/lkj-docx.js');
    return renderLkjDocx(vm as Parameters<typeof renderLkjDocx>[0]);
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
