import { join } from 'node:path';
import { finalizePdf } from '../output/pdf/finalize-pdf.js';
import type { Printer } from '../output/pdf/printer.js';
import { buildRekapViewModels } from '../documents/rekap/build-rekap-view-model.js';
import { renderHtml } from '../output/html/render-html.js';
import { VERSION } from '../model/version.js';
import { buildRekapWorkbook } from '../workbook/write-rekap-workbook.js';
import { refuseSignedPdf } from '../write/signed-pdf.js';
import { writeAtomic } from '../write/write-atomic.js';
import type { CalcResult } from '../model/calc-types.js';
import type { Identitas } from '../model/workbook-types.js';
import type { ReportOptions } from './document-kinds.js';

export interface RekapUnit {
  identitas: Identitas;
  calc: CalcResult;
  /** The workbook it came from: units are put in input order, not in the order they finished. */
  file: string;
}

export type RekapOptions = Pick<ReportOptions, 'dokumen' | 'tw' | 'timeoutMs'> & { outDir: string; force?: boolean };

/**
 * Writes `Rekap_TW<N>_<Tahun>` (quarterly reports) or `Rekap_Tahunan_<Tahun>` (annual ones)
 * as .pdf and .xlsx for the units a batch made — always PDF, whatever the documents' --format.
 */
export async function writeRekapFiles(units: RekapUnit[], options: RekapOptions, session: Printer): Promise<string[]> {
  const paths: string[] = [];
  // The CLI refuses --rekap for pk and rencana-aksi; the annual report's figures are those up to TW IV.
  const tahunan = options.dokumen === 'lkj-tahunan';
  const tw = tahunan ? 4 : (options.tw ?? 4);
  for (const view of buildRekapViewModels(units, tw, tahunan)) {
    const base = join(options.outDir, tahunan ? `Rekap_Tahunan_${view.tahun}` : `Rekap_TW${tw}_${view.tahun}`);
    const html = await renderHtml(view, { kind: 'rekap' });
    {
      const raw = await session.print(html, { timeoutMs: options.timeoutMs });
      const pdf = await finalizePdf(raw, {
        title: view.title,
        author: view.groups.map((g) => g.perangkatDaerah).join(', '),
        subject: view.subtitle,
        keywords: ['LKj', 'Rekap', tahunan ? 'Tahunan' : `TW ${tw}`, String(view.tahun)],
        creator: `lkj ${VERSION}`,
        date: new Date(Date.UTC(view.tahun, tw * 3, 1)),
        language: 'id',
      });
      await refuseSignedPdf(`${base}.pdf`, options.force === true);
      await writeAtomic(`${base}.pdf`, pdf.bytes);
      paths.push(`${base}.pdf`);
    }
    await writeAtomic(`${base}.xlsx`, await buildRekapWorkbook(view));
    paths.push(`${base}.xlsx`);
  }
  return paths;
}
