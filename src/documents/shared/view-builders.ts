/**
 * Builders of the view pieces every document kind prints the same way (view-types.ts):
 * paper, header cells, cells spanning runs of rows, the Sasaran | Indikator | Target rows of
 * a Perjanjian Kinerja table. Pure.
 */
import type { Decimal } from 'decimal.js';
import { clean, quantity } from './text-utils.js';
import type { HeaderCell, PaperName, PaperView, SpanCell } from './view-types.js';

const PAPERS: Record<PaperName, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};

/**
 * The paper; `verticalMarginsMm` = the stylesheet's `@page` top + bottom margins, so that the
 * cover block fills the printable height less a safety millimetre or two.
 */
export function paperView(name: PaperName, verticalMarginsMm: number): PaperView {
  const { width, height } = PAPERS[name];
  return {
    name,
    cssSize: `${width}mm ${height}mm`,
    width: `${width}mm`,
    height: `${height}mm`,
    coverHeight: `${height - verticalMarginsMm - 2}mm`,
  };
}

export function hc(text: string, colspan = 1, rowspan = 1, className = ''): HeaderCell {
  return { text, colspan, rowspan, className };
}

/** The column-numbering row under a table header (`1 2 3 4 5=4/3 6`). */
export function numberingRow(labels: readonly string[]): HeaderCell[] {
  return labels.map((t) => hc(t, 1, 1, 'col-number'));
}

export function spanCell(text: string, span: number): SpanCell {
  return { text, rowspan: Math.max(span, 1), show: span > 0 };
}

/**
 * Row spans for runs of rows that belong together: `starts[i]` true opens a new run.
 * Returns, per row, the span to print on the first row of a run (0 on covered rows).
 */
export function runSpans(starts: readonly boolean[]): number[] {
  const spans = starts.map(() => 0);
  let open = -1;
  starts.forEach((start, i) => {
    if (start || open < 0) open = i;
    spans[open] = (spans[open] ?? 0) + 1;
  });
  return spans;
}

/** Runs of consecutive indicators sharing a sasaran (a blank sasaran continues the one above). */
export function sasaranRuns(indikator: readonly { sasaran: string }[]): { starts: boolean[]; texts: string[] } {
  const texts: string[] = [];
  const starts: boolean[] = [];
  let current: string | null = null;
  for (const ind of indikator) {
    const s = clean(ind.sasaran);
    const start = current === null || (s !== '' && s !== current);
    if (start) current = s;
    starts.push(start);
    texts.push(current ?? '');
  }
  return { starts, texts };
}

export interface PerjanjianRow {
  no: SpanCell;
  sasaran: SpanCell;
  /** `1. Jumlah pencari kerja …` (numbered within its sasaran). */
  indikator: string;
  /** `110 orang`. */
  target: string;
}

/** No. | Sasaran | Indikator Kinerja | Target: one row per indicator, sasaran cells spanning their run. */
export function perjanjianRows(indikator: readonly { sasaran: string; indikator: string; target: Decimal; satuan: string }[]): PerjanjianRow[] {
  const { starts, texts } = sasaranRuns(indikator);
  const spans = runSpans(starts);
  let no = 0;
  let within = 0;
  return indikator.map((ind, i) => {
    if (starts[i]) {
      no += 1;
      within = 0;
    }
    within += 1;
    const span = spans[i] ?? 0;
    return {
      no: spanCell(`${no}.`, span),
      sasaran: spanCell(texts[i] ?? '', span),
      indikator: `${within}. ${clean(ind.indikator)}`,
      target: quantity(ind.target, ind.satuan),
    };
  });
}
