import { Decimal } from 'decimal.js';
import { calendarDateFromJsDate, parseTanggal } from '../format/format-date.js';
import { parseIndonesianNumber } from '../format/parse-indonesian-number.js';
import { displayValue, type RawCell } from '../workbook/raw-workbook.js';
import type { CalendarDate, Tw } from '../model/workbook-types.js';
import { cleanText, normalizeKey } from './normalize-key.js';
import { numberFormatEffect } from './number-format.js';
import { quote, type ProblemSink } from './problem-sink.js';

/** Where a value sits and what the user calls it, for messages. */
export interface CellAt {
  sheet: string;
  /** Column header as the contract names it, e.g. `Target`. */
  label: string;
  cell: RawCell | undefined;
  /** Address to report when the cell is blank. */
  address: string | undefined;
}

/**
 * Typed views of cells. Each method reports what is wrong at the cell (in Indonesian,
 * with the value found and what was expected) and returns null instead of throwing,
 * so that one pass finds every problem.
 */
export class CellReader {
  constructor(private readonly sink: ProblemSink) {}

  text(at: CellAt, required: boolean): string | null {
    const v = at.cell?.value;
    // An empty formula result is fine for optional text (Excel's ""), not for a required cell.
    if (v?.kind === 'empty' && at.cell?.formula && required) return this.formulaError(at, '#NILAI-RUMUS-KOSONG');
    if (!v || v.kind === 'empty') return this.blank(at, required);
    if (v.kind === 'error') return this.formulaError(at, v.value);
    const s = cleanText(v.kind === 'date' ? displayValue(v) : String(v.value));
    if (s === '') return this.blank(at, required);
    return s;
  }

  /** A number: numeric cell, formula result, or Indonesian text number (with a warning). */
  decimal(at: CellAt, required: boolean): Decimal | null {
    const v = at.cell?.value;
    // A formula with no stored result: Excel's `=IF(…;"";…)` in an optional cell is blank (the
    // contract's clarification); where a number is required it was never calculated.
    if (v?.kind === 'empty' && at.cell?.formula) return required ? this.formulaError(at, '#NILAI-RUMUS-KOSONG') : null;
    if (!v || v.kind === 'empty') return this.blank(at, required);
    switch (v.kind) {
      case 'number':
        return this.formatted(at, v.value);
      case 'error':
        return this.formulaError(at, v.value);
      case 'string': {
        const s = cleanText(v.value);
        if (s === '') return this.blank(at, required);
        const d = parseIndonesianNumber(s);
        if (d === null) {
          this.sink.error('type-error', `${at.label} harus berupa angka, ditemukan "${quote(s)}"${decimalCommaHint(s)}.`, this.where(at, s));
          return null;
        }
        this.sink.warning(
          'text-number',
          `${at.label} ditulis sebagai teks "${quote(s)}"; dibaca sebagai angka ${d.toString()} (sebaiknya format sel sebagai Angka).`,
          this.where(at, s),
        );
        return d;
      }
      case 'date':
        // Excel keeps a date as a day number and shows it as a date because of the cell's format.
        this.sink.error(
          'type-error',
          `${at.label} harus berupa angka, ditemukan tanggal ${displayValue(v)} (sel berformat Tanggal); ubah format sel menjadi Angka (General) lalu ketik ulang angkanya.`,
          this.where(at, displayValue(v)),
        );
        return null;
      default:
        this.sink.error('type-error', `${at.label} harus berupa angka, ditemukan ${describe(v.kind)} "${displayValue(v)}".`, this.where(at, displayValue(v)));
        return null;
    }
  }

  /**
   * A numeric cell read as Excel shows it: a percent format shows stored × 100 (70,25 % is
   * stored 0.7025), so that is the number; a scaling format (`#,##0,`) shows stored ÷ 1000,
   * which is only display — the stored value is kept, with a warning either way.
   */
  private formatted(at: CellAt, value: number): Decimal {
    // String() gives the shortest round-trip form of the stored double: 0.1 stays 0.1.
    const stored = new Decimal(String(value));
    const format = at.cell?.numFmt;
    const effect = numberFormatEffect(format, value);
    if (effect.kind === 'percent') {
      const shown = stored.mul(100);
      this.sink.warning(
        'percent-format',
        `${at.label} berformat persen (${quote(format ?? '')}): Excel menyimpan ${idNumber(stored)} dan menampilkan ${idNumber(shown)} %; dibaca ${idNumber(shown)} seperti yang tampil. Periksa angkanya; sebaiknya format sel sebagai Angka dan ketik ${idNumber(shown)}.`,
        this.where(at, String(value)),
      );
      return shown;
    }
    if (effect.kind === 'scaled') {
      const shown = stored.div(new Decimal(1000).pow(effect.commas));
      this.sink.warning(
        'scaled-format',
        `${at.label} berformat skala ribuan (${quote(format ?? '')}): Excel menampilkan sekitar ${idNumber(shown.toDecimalPlaces(2))}, tetapi nilai tersimpan ${idNumber(stored)} yang dipakai. Periksa bahwa ${idNumber(stored)} memang angka yang dimaksud.`,
        this.where(at, String(value)),
      );
    }
    return stored;
  }

  /** A quarter: 1..4, I..IV, TW1, `TW III`, `Triwulan 3`. */
  tw(at: CellAt, required: boolean): Tw | null {
    const v = at.cell?.value;
    if (!v || v.kind === 'empty') return this.blank(at, required);
    if (v.kind === 'error') return this.formulaError(at, v.value);
    const tw = parseTw(displayValue(v));
    if (tw === null) {
      this.sink.error('invalid-tw', `${at.label} harus 1, 2, 3 atau 4 (atau I–IV), ditemukan "${quote(displayValue(v))}".`, this.where(at, displayValue(v)));
    }
    return tw;
  }

  /** One of a few choices, matched like headers (case, spaces, `-`, `_`, `.` ignored). */
  choice<T extends string>(at: CellAt, choices: Record<string, T>, fallback: T | null): T | null {
    const v = at.cell?.value;
    if (!v || v.kind === 'empty') return fallback ?? this.blank(at, true);
    if (v.kind === 'error') return this.formulaError(at, v.value);
    const found = displayValue(v);
    const hit = choices[normalizeKey(found)];
    if (hit === undefined) {
      const allowed = [...new Set(Object.values(choices))].join(', ');
      this.sink.error('invalid-value', `${at.label} harus salah satu dari: ${allowed}; ditemukan "${quote(found)}".`, this.where(at, found));
      return null;
    }
    return hit;
  }

  date(at: CellAt): CalendarDate | null {
    const v = at.cell?.value;
    if (!v || v.kind === 'empty') return null;
    if (v.kind === 'error') return this.formulaError(at, v.value);
    if (v.kind === 'date') return calendarDateFromJsDate(v.value);
    const parsed = v.kind === 'string' ? parseTanggal(cleanText(v.value)) : null;
    if (!parsed) {
      this.sink.error('invalid-date', `${at.label} harus tanggal (mis. 2 Oktober 2023 atau 2023-10-02), ditemukan "${quote(displayValue(v))}".`, this.where(at, displayValue(v)));
    }
    return parsed;
  }

  private blank(at: CellAt, required: boolean): null {
    // No address = the whole column is missing, which readTable already reported once.
    if (required && at.address !== undefined && !this.sink.hasErrorAt(at.sheet, at.address)) this.sink.error('required-value', `${at.label} wajib diisi, tetapi sel kosong.`, this.where(at, ''));
    return null;
  }

  private formulaError(at: CellAt, value: string): null {
    const what = value.startsWith('#NILAI-RUMUS-KOSONG')
      ? 'rumus tanpa hasil tersimpan (buka dan simpan ulang di Excel)'
      : `galat Excel ${value}`;
    this.sink.error('formula-error', `${at.label} berisi ${what}; perbaiki rumusnya sehingga menghasilkan nilai.`, this.where(at, value));
    return null;
  }

  private where(at: CellAt, value: string) {
    return { sheet: at.sheet, cell: at.cell?.address ?? at.address, value };
  }
}

const ROMAN: Record<string, Tw> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export function parseTw(text: string): Tw | null {
  const k = normalizeKey(text).replace(/^(tw|triwulan|tribulan)/, '');
  return ROMAN[k] ?? null;
}


/** `65.5` is English for 65,5: say how to write it (a `.` is a thousands separator here). */
function decimalCommaHint(s: string): string {
  const m = /^([-\u2212]?\d+)\.(\d+)$/.exec(s);
  return m ? `; titik adalah pemisah ribuan — bila maksudnya bilangan desimal, tulis ${m[1]},${m[2]} (koma desimal)` : '';
}

/** A decimal with Indonesian separators and every stored digit: 0,7025; 53.955.500. */
function idNumber(d: Decimal): string {
  const [int, frac] = d.abs().toFixed().split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${d.isNegative() && !d.isZero() ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

function describe(kind: string): string {
  return kind === 'date' ? 'tanggal' : kind === 'boolean' ? 'nilai benar/salah' : kind;
}
