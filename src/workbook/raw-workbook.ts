/**
 * A workbook as Excel stored it, before any meaning is given to it.
 * Only the reader creates these; everything after it works on plain data.
 */
export type CellValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'date'; value: Date }
  | { kind: 'boolean'; value: boolean }
  /** An Excel error value such as `#DIV/0!` or `#REF!`, typed or a formula's cached result. */
  | { kind: 'error'; value: string };

export interface RawCell {
  /** A1-style address. */
  address: string;
  row: number;
  col: number;
  value: CellValue;
  /** True when the value is a formula's cached result. */
  formula: boolean;
  /**
   * The number format code exactly as stored (escapes and quotes intact, e.g. `0.00%`,
   * `0\%`, `#,##0,`); absent for `General`. It decides what Excel shows for a number.
   */
  numFmt?: string;
}

export interface RawRow {
  row: number;
  /** Non-empty cells only, in column order. */
  cells: RawCell[];
}

export interface RawSheet {
  name: string;
  /** Rows that hold at least one non-empty cell, in order. */
  rows: RawRow[];
}

export interface RawWorkbook {
  sheets: RawSheet[];
}

export const EMPTY: CellValue = { kind: 'empty' };

/** Column number (1-based) to letters: 1 -> A, 27 -> AA. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The value as a user would recognise it in a message. */
export function displayValue(v: CellValue): string {
  switch (v.kind) {
    case 'empty':
      return '';
    case 'number':
      return String(v.value);
    case 'string':
    case 'error':
      return v.value;
    case 'boolean':
      return v.value ? 'TRUE' : 'FALSE';
    case 'date':
      return v.value.toISOString().slice(0, 10);
  }
}
