import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type SheetData = (ExcelJS.CellValue | undefined)[][];

const made: string[] = [];

/** A fresh folder in the temp directory, removed after the test file by test/setup/temp-dirs.ts. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-test-'));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir() made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes a workbook whose sheets are given as rows of cell values (row 1 = header). */
export async function writeXlsx(file: string, sheets: Record<string, SheetData>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2023, 0, 1));
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => {
      r.forEach((v, c) => {
        if (v !== undefined) ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue;
      });
    });
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** A small valid workbook (no errors, no warnings for TW1–TW4), as sheet data to modify. */
export function validSheets(): Record<string, SheetData> {
  return {
    Identitas: [
      ['Kunci', 'Nilai'],
      ['Tahun', 2023],
      ['Pemerintah', 'Pemerintah Kabupaten Lumajang'],
      ['Perangkat Daerah', 'Dinas Tenaga Kerja'],
      ['Unit Kerja', 'Bidang Penempatan dan Perluasan Kesempatan Kerja'],
      ['Jabatan', 'Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja'],
      ['Kota', 'Lumajang'],
      ['Nama Pejabat', 'Ir. HANUM MUBAROKHAH'],
      ['NIP Pejabat', '19690111 200212 2 004'],
      ['Jabatan Atasan', 'Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang'],
      ['Nama Atasan', 'Ir. PAIMAN'],
      ['NIP Atasan', '19670606 199202 1 001'],
    ],
    Anggaran: [
      ['Kode', 'Kegiatan', 'Sumber Dana', 'Pagu', 'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4'],
      ['K1', 'Pengelolaan Informasi Pasar Kerja', 'DAU', 182244000, 0, 0, 0, 0],
      ['K3', 'Pelayanan Antar Kerja di Daerah Kabupaten/Kota', 'DAU', 53955500, 3400000, 5100000, 5100000, 5100000],
    ],
    Indikator: [
      ['Kode', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Polaritas', 'Agregasi', 'Kegiatan', 'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4'],
      ['IK1', 'Meningkatnya penempatan', 'Jumlah pencari kerja ditempatkan', 'orang', 110, 'Positif', 'Kumulatif', 'K3', undefined, 40, 86, 10],
      ['IK2', undefined, 'Jumlah data pasar kerja yang dikelola', 'dokumen', 6, 'Positif', 'Kumulatif', 'K1', 1, 1, 2, 2],
    ],
    Penempatan: [
      ['Indikator', 'TW', 'Perusahaan', 'Jumlah', 'Keterangan'],
      ['IK1', 1, 'Alfamart', 20, undefined],
      ['IK1', 1, 'Indomart', 7, undefined],
      ['IK1', 2, 'MMI', 40, undefined],
    ],
  };
}
