/** `--dokumen pk`: the Perjanjian Kinerja of Tahun with its lampiran (no figures computed). */
import { buildPkViewModel } from '../../documents/pk/build-pk-view-model.js';
import type { PkViewModel } from '../../documents/pk/pk-view-model.js';
import { pkSigners } from '../../documents/pk/tte-signers.js';
import { tanggalPk } from '../../documents/shared/year-document.js';
import { slugify } from '../../format/slugify.js';
import type { DocumentViewModel } from '../../model/document-view-model.js';
import { checkDokumen } from '../../validate/check-dokumen.js';
import { InvalidWorkbookError } from '../../validate/invalid-workbook-error.js';
import type { DocumentKindSpec } from '../document-kind-spec.js';

export const pk: DocumentKindSpec = {
  kind: 'pk',
  templates: 'pk',
  validationTw: () => undefined,
  fileStem: (wb) => `PK_${wb.identitas.tahun}_${slugify(wb.identitas.unitKerja)}`,
  shape(v, o) {
    // The superior signs as pihak kedua: without the Atasan keys there is no agreement (exit 1).
    const errors = checkDokumen('pk', v.workbook).filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new InvalidWorkbookError(v.file, errors);
    const vm = buildPkViewModel(v.workbook, {
      tanggal: tanggalPk(v.workbook, o.date),
      paper: o.paper,
      sampul: o.sampul === true,
      logoDataUrl: v.logoDataUrl,
    });
    return { vm: vm as unknown as DocumentViewModel, calc: null };
  },
  async docx(vm) {
    const [{ pkDocument }, { renderDocx }, { dataUrlImage }] = await Promise.all([
      import('../../documents/pk/pk-docx.js'),
      import('../../output/docx/render-docx.js'),
      import('../../output/docx/data-url-image.js'),
    ]);
    return renderDocx(pkDocument(vm as unknown as PkViewModel, (url, alt) => dataUrlImage(url, alt)));
  },
  signers: (vm) => pkSigners(vm as unknown as PkViewModel),
};
