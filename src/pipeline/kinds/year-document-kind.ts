/** What the PK and the Rencana Aksi share as document kinds: dated like the PK, no figures, a check of their own needs. */
import type { LogoFn } from '../../documents/shared/year-document-docx.js';
import { tanggalPk, type PaperName } from '../../documents/shared/year-document.js';
import { slugify } from '../../format/slugify.js';
import type { DocumentViewModel } from '../../model/document-view-model.js';
import type { DocxDocument } from '../../model/docx-document.js';
import type { SignerInput } from '../../model/signers.js';
import type { CalendarDate, Workbook } from '../../model/workbook-types.js';
import { checkDokumen } from '../../validate/check-dokumen.js';
import { InvalidWorkbookError } from '../../validate/invalid-workbook-error.js';
import type { DocumentKindSpec } from '../document-kind-spec.js';

export interface YearDocumentKind<VM> {
  kind: 'pk' | 'rencana-aksi';
  /** File name prefix: `<prefix>_<Tahun>_<unit-kerja-slug>`. */
  prefix: string;
  build(wb: Workbook, options: { tanggal: CalendarDate; paper: PaperName; sampul: boolean; logoDataUrl: string | null }): VM;
  /** The Word mapping, loaded only for `--format docx`. */
  docxDocument(): Promise<(vm: VM, logo: LogoFn) => DocxDocument>;
  signers(vm: VM): SignerInput[];
}

export function yearDocumentKind<VM>(k: YearDocumentKind<VM>): DocumentKindSpec {
  const own = (vm: DocumentViewModel) => vm as unknown as VM;
  return {
    kind: k.kind,
    templates: k.kind,
    validationTw: () => undefined,
    fileStem: (wb) => `${k.prefix}_${wb.identitas.tahun}_${slugify(wb.identitas.unitKerja)}`,
    shape(v, o) {
      // Checked by validateFile too; here for callers that did not ask for this document.
      const errors = checkDokumen(k.kind, v.workbook).filter((p) => p.severity === 'error');
      if (errors.length > 0) throw new InvalidWorkbookError(v.file, errors);
      const vm = k.build(v.workbook, { tanggal: tanggalPk(v.workbook, o.date), paper: o.paper, sampul: o.sampul === true, logoDataUrl: v.logoDataUrl });
      return { vm: vm as unknown as DocumentViewModel, calc: null };
    },
    async docx(vm) {
      const [toDocument, { renderDocx }, { dataUrlImage }] = await Promise.all([
        k.docxDocument(),
        import('../../output/docx/render-docx.js'),
        import('../../output/docx/data-url-image.js'),
      ]);
      return renderDocx(toDocument(own(vm), (url, alt) => dataUrlImage(url, alt)));
    },
    signers: (vm) => k.signers(own(vm)),
  };
}
