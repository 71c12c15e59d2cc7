/** What a document kind is to the pipeline (one entry per kind in document-kinds.ts). */
import type { PaperName } from '../documents/shared/view-types.js';
import type { CalcResult } from '../model/calc-types.js';
import type { DocumentViewModel } from '../model/document-view-model.js';
import type { SignerInput, TteBox } from '../model/signers.js';
import type { CalendarDate, DokumenKind, Tw, Workbook } from '../model/workbook-types.js';
import type { FileValidation } from '../validate/validate-file.js';

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

