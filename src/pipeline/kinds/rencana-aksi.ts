/** `--dokumen rencana-aksi`: the quarter targets of Tahun, dated like the PK. */
import { buildRencanaAksiViewModel } from '../../documents/rencana-aksi/build-rencana-aksi-view-model.js';
import type { RencanaAksiViewModel } from '../../documents/rencana-aksi/rencana-aksi-view-model.js';
import { rencanaAksiSigners } from '../../documents/rencana-aksi/tte-signers.js';
import { tanggalPk } from '../../documents/shared/year-document.js';
import { slugify } from '../../format/slugify.js';
import type { DocumentViewModel } from '../../model/document-view-model.js';
import { checkDokumen } from '../../validate/check-dokumen.js';
import { InvalidWorkbookError } from '../../validate/invalid-workbook-error.js';
import type { DocumentKindSpec } from '../document-kind-spec.js';

export const rencanaAksi: DocumentKindSpec = {
  kind: 'rencana-aksi',
  templates: 'rencana-aksi',
  validationTw: () => undefined,
  fileStem: (wb) => `Rencana_Aksi_${wb.identitas.tahun}_${slugify(wb.identitas.unitKerja)}`,
  shape(v, o) {
    // Without any quarter target it would be a table of dashes: missing-target-tw (exit 1).
    const errors = checkDokumen('rencana-aksi', v.workbook).filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new InvalidWorkbookError(v.file, errors);
    const vm = buildRencanaAksiViewModel(v.workbook, {
      tanggal: tanggalPk(v.workbook, o.date),
      paper: o.paper,
      sampul: o.sampul === true,
      logoDataUrl: v.logoDataUrl,
    });
    return { vm: vm as unknown as DocumentViewModel, calc: null };
  },
  async docx(vm) {
    const [{ rencanaAksiDocument }, { renderDocx }, { dataUrlImage }] = await Promise.all([
      import('../../documents/rencana-aksi/rencana-aksi-docx.js'),
      import('../../output/docx/render-docx.js'),
      import('../../output/docx/data-url-image.js'),
    ]);
    return renderDocx(rencanaAksiDocument(vm as unknown as RencanaAksiViewModel, (url, alt) => dataUrlImage(url, alt)));
  },
  signers: (vm) => rencanaAksiSigners(vm as unknown as RencanaAksiViewModel),
};
