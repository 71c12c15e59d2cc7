import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { checkPercentThousands, checkReportDates, checkSkala, isPercentIndicator } from '../../src/validate/plausibility.js';
import { ProblemSink } from '../../src/validate/problem-sink.js';
import type { RawCell } from '../../src/workbook/raw-workbook.js';

const brief = (sink: ProblemSink) => sink.problems.map((p) => `${p.severity} ${p.code} ${p.cell}`);

describe('checkReportDates', () => {
  it('warns before the end of the quarter and outside Tahun/Tahun+1, accepts the rest', () => {
    const sink = new ProblemSink();
    checkReportDates(
      2023,
      [
        { tw: 1, date: { year: 2023, month: 3, day: 31 }, cell: 'B1' }, // last day of TW I: fine
        { tw: 2, date: { year: 2023, month: 6, day: 29 }, cell: 'B2' }, // before 30 June
        { tw: 3, date: { year: 2022, month: 10, day: 2 }, cell: 'B3' }, // the year before
        { tw: 4, date: { year: 2024, month: 1, day: 3 }, cell: 'B4' }, // early next year: fine
        { tw: 4, date: { year: 2025, month: 1, day: 3 }, cell: 'B5' }, // two years on
      ],
      sink,
    );
    expect(brief(sink)).toEqual(['warning implausible-date B2', 'warning implausible-date B3', 'warning implausible-date B5']);
    expect(sink.problems[0]!.message).toContain('30 Juni 2023');
  });
});

describe('checkSkala', () => {
  it('errors on a repeated and on a negative Batas Bawah', () => {
    const sink = new ProblemSink();
    checkSkala(
      [91, 76, 76, -5, 0].map((b, i) => ({ batasBawah: new Decimal(b), cell: `A${i + 2}` })),
      sink,
    );
    expect(brief(sink)).toEqual(['error invalid-skala A4', 'error invalid-skala A5']);
    expect(sink.problems[0]!.message).toContain('Skala!A3');
  });
});

describe('checkPercentThousands', () => {
  const at = (value: RawCell['value'], numFmt?: string) => ({
    sheet: 'Indikator',
    label: 'Target',
    cell: { address: 'E5', row: 5, col: 5, value, formula: false, ...(numFmt ? { numFmt } : {}) } as RawCell,
  });
  it('warns for "92.000" typed as text and for 92 000 shown grouped', () => {
    const sink = new ProblemSink();
    checkPercentThousands(at({ kind: 'string', value: '92.000' }), new Decimal(92000), 'IK4', sink);
    checkPercentThousands(at({ kind: 'number', value: 92000 }, '#,##0'), new Decimal(92000), 'IK4', sink);
    expect(brief(sink)).toEqual(['warning percent-thousands E5', 'warning percent-thousands E5']);
    expect(sink.problems[0]!.message).toContain('tulis 92');
  });
  it('stays quiet at 100 or below, for plain numbers and for text without groups', () => {
    const sink = new ProblemSink();
    checkPercentThousands(at({ kind: 'string', value: '100' }), new Decimal(100), 'IK4', sink);
    checkPercentThousands(at({ kind: 'number', value: 150 }), new Decimal(150), 'IK4', sink);
    checkPercentThousands(at({ kind: 'number', value: 92000 }), new Decimal(92000), 'IK4', sink);
    checkPercentThousands(at({ kind: 'string', value: '150' }), new Decimal(150), 'IK4', sink);
    expect(sink.problems).toEqual([]);
  });
  it('knows a percentage indicator by Satuan or name', () => {
    expect(isPercentIndicator('%', 'Tingkat')).toBe(true);
    expect(isPercentIndicator('Persen', 'Tingkat')).toBe(true);
    expect(isPercentIndicator('', 'Persentase PMI bermasalah')).toBe(true);
    expect(isPercentIndicator('orang', 'Jumlah pencari kerja')).toBe(false);
  });
});
