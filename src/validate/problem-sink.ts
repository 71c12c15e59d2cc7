import type { Problem, ProblemCode } from '../model/problem.js';

type At = { sheet?: string; cell?: string; value?: string };

/** Longest value kept in a problem; the message quotes at most QUOTE_CHARS of it. */
const MAX_VALUE_CHARS = 200;
const QUOTE_CHARS = 60;

/**
 * Collects every problem of a run instead of stopping at the first. Messages and values are
 * made safe to print: control characters from a hostile workbook (terminal escapes) become
 * visible `\xNN`, and huge values are cut.
 */
export class ProblemSink {
  readonly problems: Problem[] = [];
  private readonly reported = new Set<string>();

  error(code: ProblemCode, message: string, at: At = {}): void {
    this.add('error', code, message, at);
  }

  warning(code: ProblemCode, message: string, at: At = {}): void {
    // A cell whose value was refused gets no warning about the value it was then taken to
    // have (a date in a number cell is one type error, not also "masih kosong").
    if (at.sheet !== undefined && this.hasErrorAt(at.sheet, at.cell)) return;
    this.add('warning', code, message, at);
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  /** Whether a cell already has an error, so it is not reported twice (e.g. as also blank). */
  hasErrorAt(sheet: string, cell: string | undefined): boolean {
    return cell !== undefined && this.reported.has(`${sheet}!${cell}`);
  }

  private add(severity: Problem['severity'], code: ProblemCode, message: string, at: At): void {
    const p: Problem = { severity, code, message: printable(message) };
    if (at.sheet !== undefined) p.sheet = printable(at.sheet);
    if (at.cell !== undefined) p.cell = at.cell;
    if (at.value !== undefined) p.value = printable(cut(at.value, MAX_VALUE_CHARS));
    if (severity === 'error' && at.sheet !== undefined && at.cell !== undefined) this.reported.add(`${at.sheet}!${at.cell}`);
    this.problems.push(p);
  }
}

/** A value as quoted inside a message: short enough to read. */
export function quote(s: string): string {
  return cut(s, QUOTE_CHARS);
}

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** C0/C1 control characters (ESC, BEL, …) shown as `\xNN` instead of reaching a terminal. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
