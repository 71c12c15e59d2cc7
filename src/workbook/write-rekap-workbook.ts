import ExcelJS from 'exceljs';
import type { RekapView } from '../model/rekap-view-model.js';
import { pinZipDates } from '../write/zip.js';

/** The Rekap as a workbook for the Dinas to sort and filter: real numbers, not text. */
export async function buildRekapWorkbook(view: RekapView): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lkj';
  // Fixed dates keep the file identical for identical input.
  const date = new Date(Date.UTC(view.tahun, view.tw * 3, 1));
  wb.created = wb.modified = date;
  const header = (ws: ExcelJS.Worksheet) => {
    const row = ws.getRow(1);
    row.font = { bold: true };
    row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };

  const kinerja = wb.addWorksheet('Capaian Kinerja');
  kinerja.columns = [
    { header: 'Pemerintah', width: 30 },
    { header: 'Perangkat Daerah', width: 28 },
    { header: 'Unit Kerja', width: 40 },
    { header: 'Indikator Kinerja', width: 50 },
    { header: 'Target', width: 12, style: { numFmt: '#,##0.##' } },
    { header: 'Realisasi', width: 12, style: { numFmt: '#,##0.##' } },
    { header: 'Capaian (%)', width: 12, style: { numFmt: '0.00' } },
    { header: 'Kategori', width: 16 },
  ];
  header(kinerja);
  const anggaran = wb.addWorksheet('Penyerapan Anggaran');
  anggaran.columns = [
    { header: 'Pemerintah', width: 30 },
    { header: 'Perangkat Daerah', width: 28 },
    { header: 'Unit Kerja', width: 40 },
    { header: 'Pagu', width: 18, style: { numFmt: '#,##0' } },
    { header: `Realisasi s.d. TW${view.tw}`, width: 18, style: { numFmt: '#,##0' } },
    { header: 'Penyerapan (%)', width: 14, style: { numFmt: '0.00' } },
  ];
  header(anggaran);
  for (const g of view.groups) {
    for (const r of g.indikatorRows) {
      kinerja.addRow([g.pemerintah, g.perangkatDaerah, r.unitKerja, r.indikator, r.figures.target, r.figures.realisasi, r.figures.capaian, r.kategori]);
    }
    for (const r of g.anggaranRows) {
      anggaran.addRow([g.pemerintah, g.perangkatDaerah, r.unitKerja, r.figures.pagu, r.figures.realisasi, r.figures.capaian]);
    }
  }
  kinerja.autoFilter = { from: 'A1', to: 'H1' };
  anggaran.autoFilter = { from: 'A1', to: 'F1' };
  // The zip entries would carry the time of writing otherwise.
  return pinZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), date);
}
