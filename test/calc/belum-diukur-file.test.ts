import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calcCommand } from '../../src/commands/calc.js';
import { validateFile } from '../../src/validate/validate-file.js';
import { tempDir, validSheets, writeXlsx } from '../helpers/xlsx.js';

let file: string;
beforeAll(async () => {
  const s = validSheets();
  const header = s.Indikator![0]!;
  s.Indikator!.push(
    // Nothing filled at all.
    ['IK3', undefined, 'Jumlah kasus PHK', 'kasus', 5, 'Negatif', 'Kumulatif', 'K1', undefined, undefined, undefined, undefined],
    // Filled only after TW 3, a percentage that uses Terakhir.
    ['IK4', undefined, 'Persentase perselisihan selesai', '%', 80, 'Positif', 'Terakhir', 'K1', undefined, undefined, undefined, 90],
    // A measured zero: typed 0 in TW 1, the rest blank.
    ['IK5', undefined, 'Jumlah kecelakaan kerja', 'kasus', 4, 'Negatif', 'Kumulatif', 'K1', 0, undefined, undefined, undefined],
    // Formulas whose cached result is empty (Excel's `=IF(…;"";…)`) count as blank, not as an error.
    ['IK6', undefined, 'Rata-rata hari penyelesaian', 'hari', 10, 'Negatif', 'Rata-rata', 'K1', ...[1, 2, 3, 4].map(() => ({ formula: 'IF(1,"",1)', result: '' }))],
  );
  expect(header).toContain('Realisasi TW1');
  file = await writeXlsx(join(tempDir(), 'belum-diukur.xlsx'), s);
});

describe('a workbook with indicators that are belum dapat diukur', () => {
  it('gives one belum-diukur warning per such indicator instead of its blank-realisasi warnings', async () => {
    const v = await validateFile(file, { tw: 3 });
    expect(v.workbook).not.toBeNull();
    const brief = v.problems.map((p) => `${p.severity} ${p.code} ${p.sheet}!${p.cell}`);
    // Realisasi TW1 is column I; IK3 is row 4, IK4 row 5, IK5 row 6.
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(brief.filter((b) => b.includes('belum-diukur'))).toEqual([
      'warning belum-diukur Indikator!I4',
      'warning belum-diukur Indikator!I5',
      'warning belum-diukur Indikator!I7',
    ]);
    expect(brief.filter((b) => /Indikator!.[457]$/.test(b) && b.includes('blank-realisasi'))).toEqual([]);
    // The measured zero keeps its per-cell warnings for the blank quarters TW2 and TW3.
    expect(brief.filter((b) => b.includes('blank-realisasi Indikator!') && b.endsWith('6'))).toEqual([
      'warning blank-realisasi Indikator!J6',
      'warning blank-realisasi Indikator!K6',
    ]);
    const msg = v.problems.find((p) => p.code === 'belum-diukur')!.message;
    expect(msg).toContain('IK3');
    expect(msg).toContain('belum dapat diukur sampai TW3');
    expect(msg).toContain('isi 0');
  });

  it('at TW 4 the Terakhir indicator with a TW4 value is measurable again', async () => {
    const v = await validateFile(file, { tw: 4 });
    expect(v.problems.filter((p) => p.code === 'belum-diukur').map((p) => p.cell)).toEqual(['I4', 'I7']);
  });

  it('lkj calc: null in JSON, "-" and the words in the table', async () => {
    const json = JSON.parse((await calcCommand({ file, tw: 3, format: 'json' })).output);
    const ik3 = json.indikator.find((i: { kode: string }) => i.kode === 'IK3');
    expect(ik3).toMatchObject({ realisasi: null, capaian: null, kategori: null });
    expect(json.efisiensi.find((e: { indikator: string }) => e.indikator === 'IK3').efisiensi).toBeNull();
    // The measured zero of a negative indicator: (2 × 4 − 0) / 4 × 100 = 200.
    expect(json.indikator.find((i: { kode: string }) => i.kode === 'IK5')).toMatchObject({ realisasi: 0, capaian: 200 });

    const table = (await calcCommand({ file, tw: 3, format: 'table' })).output;
    const line = table.split('\n').find((l) => l.startsWith('IK3 '))!;
    expect(line).toMatch(/5 kasus\s+-\s+-\s+Belum dapat diukur$/);
    expect(line).not.toContain('200,00');
  });
});
