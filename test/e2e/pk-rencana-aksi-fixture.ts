/** A workbook for the year's opening documents: Atasan keys, programmes and quarter targets. */
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { centralDirectory, entryData } from '../../src/write/zip.js';
import { validSheets, writeXlsx, type SheetData } from '../helpers/xlsx.js';

export const TAHUN = 2024;

/**
 * IK1 Kumulatif 30/30/20/30 (target 110), IK2 Kumulatif 1/2/1/2 (target 6), IK3 Terakhir
 * 60/70/ /85 (target 85), IK4 Rata-rata 80/90/85/85 (target 85).
 */
export function yearSheets(withQuarterTargets = true): Record<string, SheetData> {
  const s = validSheets();
  s.Identitas = s.Identitas!.map((r) => (r[0] === 'Tahun' ? ['Tahun', TAHUN] : r));
  s.Anggaran = [
    ['Kode', 'Kegiatan', 'Sumber Dana', 'Pagu', 'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4', 'Program'],
    ['K1', 'Pengelolaan Informasi Pasar Kerja', 'DAU', 182244000, undefined, undefined, undefined, undefined, 'Program Penempatan Tenaga Kerja'],
    ['K3', 'Pelayanan Antar Kerja di Daerah Kabupaten/Kota', 'DBHCHT', 53955500, undefined, undefined, undefined, undefined, 'Program Penempatan Tenaga Kerja'],
  ];
  const head = ['Kode', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Polaritas', 'Agregasi', 'Kegiatan', 'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4'];
  const rows: SheetData = [
    ['IK1', 'Meningkatnya penempatan', 'Jumlah pencari kerja ditempatkan', 'orang', 1100, 'Positif', 'Kumulatif', 'K3'],
    ['IK2', undefined, 'Jumlah data pasar kerja yang dikelola', 'dokumen', 6, 'Positif', 'Kumulatif', 'K1'],
    ['IK3', 'Meningkatnya kualitas layanan', 'Persentase lowongan terisi', 'persen', 85, 'Positif', 'Terakhir', 'K1'],
    ['IK4', undefined, 'Indeks kepuasan layanan', 'nilai', 85, 'Positif', 'Rata-rata', 'K1'],
  ];
  const tw: (number | undefined)[][] = [
    [300, 300, 200, 300],
    [1, 2, 1, 2],
    [60, 70, undefined, 85],
    [80, 90, 85, 85],
  ];
  s.Indikator = withQuarterTargets
    ? [[...head, 'Target TW1', 'Target TW2', 'Target TW3', 'Target TW4'], ...rows.map((r, i) => [...r, undefined, undefined, undefined, undefined, ...tw[i]!])]
    : [head, ...rows];
  delete s.Penempatan;
  return s;
}

export async function writeYearWorkbook(dir: string, withQuarterTargets = true): Promise<string> {
  return writeXlsx(join(dir, withQuarterTargets ? 'tahunan.xlsx' : 'tanpa-target-tw.xlsx'), yearSheets(withQuarterTargets));
}

/** The text of a .docx's body (w:t runs, paragraphs on lines). */
export function docxText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes);
  const records = centralDirectory(buf);
  if (!records) throw new Error('not a zip');
  const r = records.find((x) => x.name === 'word/document.xml')!;
  const data = entryData(buf, r)!;
  const xml = (r.method === 8 ? inflateRawSync(data) : data).toString('utf8');
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)]
    .map((p) => [...p[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&');
}
