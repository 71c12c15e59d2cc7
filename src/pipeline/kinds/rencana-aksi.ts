/** `--dokumen rencana-aksi`: the quarter targets of Tahun, dated like the PK. */
import { hasQuarterTargets } from '../../calc/aggregate-target.js';
import { buildRencanaAksiViewModel } from '../../documents/rencana-aksi/build-rencana-aksi-view-model.js';
import type { RencanaAksiViewModel } from '../../documents/rencana-aksi/rencana-aksi-view-model.js';
import { tanggalPk } from '../../documents/shared/year-document.js';
import { slugify } from '../../format/slugify.js';
import type { DocumentViewModel } from '../../model/document-view-model.js';
import type { Problem } from '../../model/problem.js';
import type { Workbook } from '../../model/workbook-types.js';
import { InvalidWorkbookError } from '../../validate/invalid-workbook-error.js';
import type { DocumentKindSpec } from '../document-kinds.js';

/** A Rencana Aksi without any quarter target would be a table of dashes: refused (exit 1). */
export function rencanaAksiProblems(wb: Workbook): Problem[] {
  if (wb.indikator.some((i) => hasQuarterTargets(i.targetTw))) return [];
  return [
    {
      severity: 'error',
      code: 'missing-target-tw',
      sheet: 'Indikator',
      message: 'Rencana Aksi butuh target per triwulan, tetapi kolom Target TW1..Target TW4 tidak ada atau kosong untuk semua indikator; isi target yang direncanakan untuk setiap triwulan.',
    },
  ];
}

export const rencanaAksi: DocumentKindSpec = {
  kind: 'rencana-aksi',
  templates: 'rencana-aksi',
  validationTw: () => undefined,
  fileStem: (wb) => `Rencana_Aksi_${wb.identitas.tahun}_${slugify(wb.identitas.unitKerja)}`,
  shape(v, o) {
    const problems = rencanaAksiProblems(v.workbook);
    if (problems.length > 0) throw new InvalidWorkbookError(v.file, problems);
    const vm = buildRencanaAksiViewModel(v.workbook, {
      tanggal: tanggalPk(v.workbook, o.date),
      paper: o.paper,
      sampul: o.sampul === true,
      logoDataUrl: v.logoDataUrl,
    });
    return { vm: vm as unknown as DocumentViewModel, calc: null };
  },
  async docx(vm) {
    const { renderRencanaAksiDocx } = await import('../../documents/rencana-aksi/rencana-aksi-docx.js');
    return renderRencanaAksiDocx(vm as unknown as RencanaAksiViewModel);
  },
};
