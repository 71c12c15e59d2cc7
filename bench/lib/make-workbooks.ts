/**
 * Workbook variants for the benchmark: the reference sample (samples/bidang-penempatan.xlsx)
 * copied N times, each with its own Unit Kerja (so its own report file name) and its own
 * figures (Pagu, Anggaran Realisasi, Target, Indikator Realisasi, Penempatan/Rincian Jumlah),
 * deterministically from the index. The breakdown sums stay consistent with Indikator
 * Realisasi (IK1/IK3 are computed from the breakdown; IK2 has no breakdown), so every
 * variant is a valid workbook and a distinct report.
 */
import { mulberry32 } from '../../scripts/lib/mulberry32.js';
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';


const WILAYAH = ['Utara', 'Selatan', 'Timur', 'Barat', 'Tengah', 'Pesisir', 'Pegunungan', 'Kota', 'Raya', 'Lintas'];

function headerIndex(ws: ExcelJS.Worksheet): Map<string, number> {
  const m = new Map<string, number>();
  ws.getRow(1).eachCell((c, col) => m.set(String(c.value), col));
  return m;
}

/** Each cell's value in the sample, so every variant is derived from the original figures. */
const originals = new WeakMap<ExcelJS.Cell, ExcelJS.CellValue>();
function orig(c: ExcelJS.Cell): ExcelJS.CellValue {
  if (!originals.has(c)) originals.set(c, c.value);
  return originals.get(c)!;
}

function numberOf(v: ExcelJS.CellValue): number | null {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
  return null;
}

/** Applies variant `i` to a freshly loaded copy of the sample. */
function vary(wb: ExcelJS.Workbook, i: number): string {
  const r = mulberry32(1000 + i);
  const wilayah = `${WILAYAH[i % WILAYAH.length]} ${String(Math.floor(i / WILAYAH.length) + 1).padStart(2, '0')}`;
  let unit = '';

  const ident = wb.getWorksheet('Identitas')!;
  ident.eachRow((row) => {
    const key = String(row.getCell(1).value);
    const cell = row.getCell(2);
    if (key === 'Unit Kerja') {
      unit = `${String(orig(cell))} Wilayah ${wilayah}`;
      cell.value = unit;
    } else if (key === 'Jabatan') cell.value = `${String(orig(cell))} Wilayah ${wilayah}`;
  });

  // Anggaran: Pagu and Realisasi scaled by one factor per row (realisasi stays <= pagu).
  const ang = wb.getWorksheet('Anggaran')!;
  const ah = headerIndex(ang);
  ang.eachRow((row, n) => {
    if (n === 1) return;
    const f = 0.6 + r() * 0.9;
    for (const h of ['Pagu', 'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4']) {
      const c = row.getCell(ah.get(h)!);
      const v = numberOf(orig(c));
      if (v !== null) c.value = Math.round((v * f) / 500) * 500;
    }
  });

  // Indikator: Target scaled; explicit Realisasi (no breakdown) scaled too.
  const ind = wb.getWorksheet('Indikator')!;
  const ih = headerIndex(ind);
  ind.eachRow((row, n) => {
    if (n === 1) return;
    const t = row.getCell(ih.get('Target')!);
    const tv = numberOf(orig(t));
    if (tv !== null) t.value = Math.max(1, Math.round(tv * (0.7 + r() * 0.8)));
    const f = 0.5 + r() * 1.5;
    for (const q of [1, 2, 3, 4]) {
      const c = row.getCell(ih.get(`Realisasi TW${q}`)!);
      const v = numberOf(orig(c));
      if (v !== null) c.value = Math.max(0, Math.round(v * f));
    }
  });

  // Breakdown sheets: Jumlah scaled per row (Indikator Realisasi of these is blank = their sum).
  for (const name of ['Penempatan', 'Rincian']) {
    const ws = wb.getWorksheet(name)!;
    const col = headerIndex(ws).get('Jumlah')!;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const c = row.getCell(col);
      const v = numberOf(orig(c));
      if (v !== null) c.value = Math.max(1, Math.round(v * (0.5 + r() * 1.5)));
    });
  }
  return unit;
}

/** Writes `count` variants as `<dir>/unit-NNN.xlsx`; returns their paths. */
export async function makeWorkbooks(sample: string, dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  const units = new Set<string>();
  // Loaded once; each variant overwrites the same cells from their original values.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  for (let i = 0; i < count; i++) {
    const unit = vary(wb, i);
    if (units.has(unit)) throw new Error(`duplicate unit ${unit}`);
    units.add(unit);
    const file = path.join(dir, `unit-${String(i + 1).padStart(3, '0')}.xlsx`);
    await writeFile(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    files.push(file);
  }
  return files;
}
