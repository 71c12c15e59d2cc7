import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { CellReader, type CellAt } from '../../src/validate/cell-reader.js';
import { cleanText, normalizeKey, withoutBidiControls } from '../../src/validate/normalize-key.js';
import { ProblemSink } from '../../src/validate/problem-sink.js';
import type { CellValue, RawCell } from '../../src/workbook/raw-workbook.js';

const cell = (value: CellValue, numFmt?: string, formula = false): RawCell => ({ address: 'K6', row: 6, col: 11, value, formula, ...(numFmt ? { numFmt } : {}) });
const at = (c: RawCell | undefined): CellAt => ({ sheet: 'Indikator', label: 'Realisasi TW3', cell: c, address: 'K6' });

function read(c: RawCell | undefined, required = false) {
  const sink = new ProblemSink();
  const value = new CellReader(sink).decimal(at(c), required);
  return { value, problems: sink.problems };
}

describe('CellReader.decimal reads what Excel shows', () => {
  it('a percent-formatted number is stored × 100, exactly, with a warning naming the cell, stored and shown value', () => {
    const { value, problems } = read(cell({ kind: 'number', value: 0.7025 }, '0.00%'));
    expect(value).toEqual(new Decimal('70.25'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', code: 'percent-format', sheet: 'Indikator', cell: 'K6', value: '0.7025' });
    expect(problems[0]!.message).toContain('0,7025');
    expect(problems[0]!.message).toContain('70,25');
  });

  it('× 100 is exact whatever the decimals shown (no binary rounding)', () => {
    for (const [stored, shown] of [[0.1, '10'], [0.005, '0.5'], [1.2345678, '123.45678'], [0.07, '7'], [-0.5, '-50']] as const) {
      expect(read(cell({ kind: 'number', value: stored }, '0%')).value?.toString(), String(stored)).toBe(shown);
    }
  });

  it('a literal % (quoted or escaped) and currency/accounting/grouping formats keep the number', () => {
    for (const f of ['0"%"', '0\\%', '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_);_(@_)', '#,##0', '#.##0', '@']) {
      const { value, problems } = read(cell({ kind: 'number', value: 70.25 }, f));
      expect(value?.toString(), f).toBe('70.25');
      expect(problems, f).toEqual([]);
    }
  });

  it('a scaling format keeps the stored value, with a scaled-format warning', () => {
    const { value, problems } = read(cell({ kind: 'number', value: 15000000 }, '#,##0,'));
    expect(value?.toString()).toBe('15000000');
    expect(problems.map((p) => p.code)).toEqual(['scaled-format']);
    expect(problems[0]!.message).toContain('15.000.000');
  });

  it('a text-formatted "53.955.500" is a text number', () => {
    const { value, problems } = read(cell({ kind: 'string', value: '53.955.500' }, '@'));
    expect(value?.toString()).toBe('53955500');
    expect(problems.map((p) => p.code)).toEqual(['text-number']);
  });

  it('a date is one type error that says it is a date', () => {
    const { value, problems } = read(cell({ kind: 'date', value: new Date(Date.UTC(2023, 2, 15)) }, 'dd/mm/yyyy'));
    expect(value).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', code: 'type-error', cell: 'K6' });
    expect(problems[0]!.message).toContain('tanggal 2023-03-15');
  });

  it('"65.5" stays an error, with the hint to write 65,5', () => {
    const { value, problems } = read(cell({ kind: 'string', value: '65.5' }));
    expect(value).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['type-error']);
    expect(problems[0]!.message).toContain('tulis 65,5');
    // Not for what is no decimal at all.
    expect(read(cell({ kind: 'string', value: 'lima' })).problems[0]!.message).not.toContain('tulis');
  });

  it('an empty formula result is blank in an optional cell and an error in a required one', () => {
    expect(read(cell({ kind: 'empty' }, undefined, true))).toEqual({ value: null, problems: [] });
    expect(read(cell({ kind: 'empty' }, undefined, true), true).problems.map((p) => p.code)).toEqual(['formula-error']);
  });
});

describe('a cell with an error gets no further warning', () => {
  it('no blank warning after a type error on the same cell', () => {
    const sink = new ProblemSink();
    new CellReader(sink).decimal(at(cell({ kind: 'date', value: new Date(Date.UTC(2023, 0, 1)) })), false);
    sink.warning('blank-realisasi', 'Realisasi TW3 masih kosong', { sheet: 'Indikator', cell: 'K6' });
    sink.warning('blank-realisasi', 'Realisasi TW4 masih kosong', { sheet: 'Indikator', cell: 'L6' });
    expect(sink.problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['type-error K6', 'blank-realisasi L6']);
  });
});

describe('bidi controls', () => {
  const all = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';
  it('are removed by the shared cleaning and ignored in keys', () => {
    expect(cleanText(`Ir. ${all}HANUM`)).toBe('Ir. HANUM');
    expect(withoutBidiControls(`a${all}b`)).toBe('ab');
    expect(withoutBidiControls('tanpa')).toBeNull();
    expect(normalizeKey('\u202eAnggaran\u200e')).toBe('anggaran');
  });
  it('leave other characters alone (zero-width joiner in emoji, Arabic letters)', () => {
    expect(withoutBidiControls('👩\u200d👧 مرحبا')).toBeNull();
  });
});
