/** `--dokumen lkj-tahunan`: the annual LKj of Tahun (figures from computeTahunan). */
import { computeTahunan } from '../../calc/compute-tahunan.js';
import { buildTahunanViewModel, tahunanDate, withPages } from '../../documents/lkj-tahunan/build-tahunan-view-model.js';
import type { TahunanViewModel } from '../../documents/lkj-tahunan/tahunan-view-model.js';
import { tahunanSigners } from '../../documents/lkj-tahunan/tte-signers.js';
import { defaultReportDate } from '../../format/format-date.js';
import { slugify } from '../../format/slugify.js';
import type { DocumentViewModel } from '../../model/document-view-model.js';
import { UsageError } from '../../model/errors.js';
import type { DocumentKindSpec } from '../document-kind-spec.js';

export const lkjTahunan: DocumentKindSpec = {
  kind: 'lkj-tahunan',
  templates: 'lkj-tahunan',
  validationTw: () => 4,
  fileStem: (wb, o) => {
    if (o.tw !== undefined) throw new UsageError('--tw tidak dipakai untuk --dokumen lkj-tahunan (laporan tahunan selalu satu tahun penuh).');
    return `LKj_Tahunan_${wb.identitas.tahun}_${slugify(wb.identitas.unitKerja)}`;
  },
  shape(v, o) {
    if (o.tw !== undefined) throw new UsageError('--tw tidak dipakai untuk --dokumen lkj-tahunan (laporan tahunan selalu satu tahun penuh).');
    const calc = computeTahunan(v.workbook);
    const vm = buildTahunanViewModel(v.workbook, calc, {
      tanggal: tahunanDate(v.workbook, o.date, (tahun) => defaultReportDate(tahun, 4)),
      paper: o.paper,
      logoDataUrl: v.logoDataUrl,
      baganDataUrl: v.baganDataUrl,
    });
    return { vm: vm as unknown as DocumentViewModel, calc };
  },
  /** Second print: the same document with the pages the first print put each heading on. */
  paginate: (vm, pages) => withPages(vm as unknown as TahunanViewModel, pages) as unknown as DocumentViewModel,
  async docx(vm) {
    const [{ tahunanDocument }, { renderDocx }, { dataUrlImage }, { svgToPng }] = await Promise.all([
      import('../../documents/lkj-tahunan/tahunan-docx.js'),
      import('../../output/docx/render-docx.js'),
      import('../../output/docx/data-url-image.js'),
      import('../../output/docx/svg-to-png.js'),
    ]);
    return renderDocx(tahunanDocument(vm as unknown as TahunanViewModel, { image: dataUrlImage, svgToPng: (svg) => svgToPng(svg) }));
  },
  signers: (vm) => tahunanSigners(vm as unknown as TahunanViewModel),
};
