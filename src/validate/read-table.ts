import { columnLetter, type RawCell, type RawSheet } from '../workbook/raw-workbook.js';
import { normalizeKey } from './normalize-key.js';
import { quote, type ProblemSink } from './problem-sink.js';
import type { SheetSpec } from '../model/sheet-specs.js';
import { suggest } from '../format/suggest.js';

/** One data row, its cells keyed by the contract's column keys (absent = blank). */
export interface TableRow {
  row: number;
  cells: Partial<Record<string, RawCell>>;
  /** Address of a column's cell in this row, for messages about blank cells. */
  addressOf(key: string): string | undefined;
}

export interface Table {
  rows: TableRow[];
  /** Columns found, by key. */
  present: Set<string>;
}

/**
 * Maps the header row (the sheet's first non-empty row) to the contract's columns, reporting
 * unknown, duplicate and missing columns, and returns the data rows below it.
 */
export function readTable(sheet: RawSheet, spec: SheetSpec, sink: ProblemSink): Table {
  const [header, ...data] = sheet.rows;
  const colOfKey = new Map<string, number>();
  const keyOfCol = new Map<number, string>();
  const candidates = spec.columns.map((c) => ({ key: normalizeKey(c.header), label: c.header }));
  for (const cell of header?.cells ?? []) {
    const text = cell.value.kind === 'string' || cell.value.kind === 'number' ? String(cell.value.value) : '';
    const norm = normalizeKey(text);
    const col = spec.columns.find((c) => normalizeKey(c.header) === norm);
    if (!col) {
      const hint = suggest(norm, candidates);
      sink.warning(
        'unknown-column',
        `Kolom "${quote(text)}" tidak dikenal dan diabaikan` + (hint ? ` — maksud Anda "${hint}"?` : '.'),
        { sheet: spec.name, cell: cell.address, value: text },
      );
      continue;
    }
    if (colOfKey.has(col.key)) {
      sink.error('duplicate-column', `Kolom "${col.header}" muncul dua kali; hapus salah satunya.`, {
        sheet: spec.name,
        cell: cell.address,
        value: text,
      });
      continue;
    }
    colOfKey.set(col.key, cell.col);
    keyOfCol.set(cell.col, col.key);
  }
  for (const c of spec.columns) {
    if (c.required && !colOfKey.has(c.key)) {
      sink.error(
        'missing-column',
        header
          ? `Kolom wajib "${c.header}" tidak ada di baris judul (baris ${header.row}).`
          : `Sheet kosong: kolom wajib "${c.header}" tidak ada.`,
        { sheet: spec.name },
      );
    }
  }
  const rows = data.map((r): TableRow => {
    const cells: Partial<Record<string, RawCell>> = {};
    for (const cell of r.cells) {
      const key = keyOfCol.get(cell.col);
      if (key) cells[key] = cell;
    }
    return {
      row: r.row,
      cells,
      addressOf: (key) => {
        const c = colOfKey.get(key);
        return c === undefined ? undefined : `${columnLetter(c)}${r.row}`;
      },
    };
  });
  // A row whose only values sit in ignored columns (or are empty formula results) is empty.
  return {
    rows: rows.filter((r) => Object.values(r.cells).some((c) => c !== undefined && (c.value.kind !== 'empty' || c.formula))),
    present: new Set(colOfKey.keys()),
  };
}
