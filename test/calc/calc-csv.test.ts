import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/calc/compute-report.js';
import { calcCsv, csvField } from '../../src/commands/calc.js';
import { d, indikator, q, workbook } from '../helpers/workbook-fixture.js';

describe('calc --format csv neutralises text that a spreadsheet would run as a formula', () => {
  it('prefixes text starting with = + - @ (and tab/CR) with an apostrophe', () => {
    expect(csvField('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvField('+62 334')).toBe("'+62 334");
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('Jumlah = 3')).toBe('Jumlah = 3');
    expect(csvField('')).toBe('');
  });

  it('leaves figures as numbers, negative ones included', () => {
    expect(csvField('-12.50', true)).toBe('-12.50');
    expect(csvField('0', true)).toBe('0');
  });

  it('in a whole CSV: workbook text is neutralised, a negative efisiensi stays a number', () => {
    const wb = workbook({
      // 10 / 100 = 10 % kinerja against (100 + 200) / 1000 = 30 % anggaran: efisiensi −20.
      indikator: [indikator({ kode: 'IK1', indikator: '=1+1', satuan: '-', realisasi: q(10, 0) })],
      anggaran: [{ kode: 'K1', kegiatan: '@Kegiatan', sumberDana: 'DAU', pagu: d(1000), realisasi: q(100, 200), program: null, row: 2 }],
    });
    const [header, line] = calcCsv(computeReport(wb, 2)).split('\n');
    const cells = line!.split(',');
    const col = (name: string) => cells[header!.split(',').indexOf(name)];
    expect(col('indikator')).toBe("'=1+1");
    expect(col('satuan')).toBe("'-");
    expect(col('capaian')).toBe('10.00');
    expect(col('capaian_anggaran')).toBe('30.00');
    expect(col('efisiensi')).toBe('-20.00');
  });
});
