/** `--dokumen pk`: the Perjanjian Kinerja of Tahun with its lampiran (no figures computed). */
import { buildPkViewModel } from '../../documents/pk/build-pk-view-model.js';
import type { PkViewModel } from '../../documents/pk/pk-view-model.js';
import { tanggalPk } from '../../documents/shared/year-document.js';
import { slugify } from '../../format/slugify.js';
import type { DocumentViewModel } from '../../model/document-view-model.js';
import type { Problem } from '../../model/problem.js';
import type { Workbook } from '../../model/workbook-types.js';
import { InvalidWorkbookError } from '../../validate/invalid-workbook-error.js';
import type { DocumentKindSpec } from '../document-kinds.js';

/**
 * The superior signs as pihak kedua: without the Atasan keys there is no agreement to print.
 * (Until `lkj validate --dokumen pk` reports this itself; then this only repeats it.)
 */
export function pkProblems(wb: Workbook): Problem[] {
  const id = wb.identitas;
  const keys: [string, string | null][] = [
    ['Jabatan Atasan', id.jabatanAtasan],
    ['Nama Atasan', id.namaAtasan],
  ];
  return keys
    .filter(([, v]) => v === null || v.trim() === '')
    .map(([key]) => ({
      severity: 'error' as const,
      code: 'missing-key' as const,
      sheet: 'Identitas',
      message: `Kunci "${key}" kosong atau tidak ada; Perjanjian Kinerja ditandatangani atasan sebagai pihak kedua (isi Jabatan Atasan, Nama Atasan dan NIP Atasan).`,
    }));
}

export const pk: DocumentKindSpec = {
  kind: 'pk',
  templates: 'pk',
  validationTw: () => undefined,
  fileStem: (wb) => `PK_${wb.identitas.tahun}_${slugify(wb.identitas.unitKerja)}`,
  shape(v, o) {
    const problems = pkProblems(v.workbook);
    if (problems.length > 0) throw new InvalidWorkbookError(v.file, problems);
    const vm = buildPkViewModel(v.workbook, {
      tanggal: tanggalPk(v.workbook, o.date),
      paper: o.paper,
      sampul: o.sampul === true,
      logoDataUrl: v.logoDataUrl,
    });
    return { vm: vm as unknown as DocumentViewModel, calc: null };
  },
  async docx(vm) {
    const { renderPkDocx } = await import('../../documents/pk/pk-docx.js');
    return renderPkDocx(vm as unknown as PkViewModel);
  },
};
