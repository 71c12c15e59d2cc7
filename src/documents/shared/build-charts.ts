/**
 * A simple print-friendly SVG chart for 2.2: capaian kinerja next to capaian anggaran
 * per indicator (horizontal bars, 100 % marked). Generated markup only; every label
 * taken from the workbook is XML-escaped here, because the template prints `svg` raw.
 */
import type { Decimal } from 'decimal.js';
import type { CalcResult } from '../../model/calc-types.js';
import { formatMoney, formatPercent } from '../../format/format-number.js';
import { toRoman } from '../../format/roman.js';
import type { ChartView } from './view-types.js';
import { clean } from './text-utils.js';
import { textWidth, wrapToWidth } from './text-width.js';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Label column of both charts: text from x = 0 to here (the plot starts 10 px further). */
const LABEL_WIDTH = 230;

/**
 * Word-wraps a label to at most `maxLines` lines no wider than `maxWidth` px at 12 px
 * (ellipsis when cut); a word wider than a line (a URL) is broken inside.
 */
export function wrapLabel(text: string, maxWidth: number, maxLines: number): string[] {
  return wrapToWidth(clean(text), maxWidth, 12, maxLines);
}

/**
 * Where a bar's value labels start: just after the bar, unless the widest of them would
 * cross the dashed 100 % line — then just after that line, so line and text never touch.
 */
function labelStart(barEnd: number, lineX: number, widths: readonly number[]): number {
  const start = barEnd + 4;
  const widest = Math.max(...widths);
  return start < lineX + 3 && start + widest > lineX - 3 ? lineX + 4 : start;
}

function niceStep(max: number): number {
  for (const step of [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000]) {
    if (max / step <= 8) return step;
  }
  return 10000;
}

// Noto Emoji draws what Tinos lacks (the same stack as the stylesheet's).
const FONT = "Tinos, 'Noto Emoji', 'Times New Roman', serif";
const KINERJA_FILL = '#1f3864';
const ANGGARAN_FILL = '#a6a6a6';
/** White with a black outline: told apart from the other two in black and white. */
const TARGET_TW_FILL = '#ffffff';

/** Indicators per chart, so that one chart always fits on a page. */
export const INDICATORS_PER_CHART = 10;

/** One chart per group of at most INDICATORS_PER_CHART indicators (`(1/2)`, `(2/2)` in the titles). */
export function buildCapaianCharts(calc: CalcResult, title: string): ChartView[] {
  const count = Math.ceil(calc.indikator.filter((i) => !i.belumDapatDiukur).length / INDICATORS_PER_CHART);
  const charts: ChartView[] = [];
  for (let c = 0; c < count; c++) {
    const from = c * INDICATORS_PER_CHART;
    charts.push(buildCapaianChart(calc, count > 1 ? `${title} (${c + 1}/${count})` : title, from, from + INDICATORS_PER_CHART));
  }
  return charts;
}

/** Indicators that are belum dapat diukur have no bar (they keep their number, so the others match the table). */
export function buildCapaianChart(calc: CalcResult, title: string, from = 0, to = calc.indikator.length): ChartView {
  const allRows = calc.indikator.flatMap((ind, i) => {
    if (ind.belumDapatDiukur) return [];
    const eff = calc.efisiensi.find((e) => e.indikator === ind.kode);
    return [{
      label: wrapLabel(`${i + 1}. ${ind.indikator}`, LABEL_WIDTH - 6, 3),
      kinerja: ind.capaian as Decimal | null,
      anggaran: (eff?.capaianAnggaran ?? null) as Decimal | null,
      terhadapTw: ind.capaianTargetTw,
    }];
  });
  const rows = allRows.slice(from, to);
  // Quarter targets (Rencana Aksi): a third bar, capaian against the target planned up to TW N.
  const withTw = calc.indikator.some((ind) => ind.targetTw !== null);

  // One scale for all charts of the report, so bars compare across them.
  const values = allRows.flatMap((r) => [r.kinerja, r.anggaran, ...(withTw ? [r.terhadapTw] : [])]).filter((v): v is Decimal => v !== null);
  const maxValue = values.reduce((m, v) => Math.max(m, v.toNumber()), 100);
  const step = niceStep(maxValue);
  const scaleMax = Math.ceil(maxValue / step) * step;

  const width = 640;
  const plotLeft = LABEL_WIDTH + 10;
  const plotWidth = width - plotLeft - 70;
  const top = 16;
  const bars = withTw ? 3 : 2;
  const rowHeight = withTw ? 78 : 58;
  const barHeight = 16;
  const plotHeight = rows.length * rowHeight;
  const legendY = top + plotHeight + 54;
  const height = legendY + (withTw ? 34 : 16);
  const x = (v: number) => plotLeft + (Math.max(0, v) / scaleMax) * plotWidth;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" font-family="${FONT}" font-size="12">`,
  );
  gridAndAxis(parts, { x, top, plotHeight, scaleMax, step, caption: 'Capaian (%)', captionX: plotLeft + plotWidth / 2 });
  // Bars.
  rows.forEach((r, i) => {
    const y0 = top + i * rowHeight + (rowHeight - bars * barHeight - (bars - 1) * 4) / 2;
    const labelTop = top + i * rowHeight + rowHeight / 2 - ((r.label.length - 1) * 14) / 2 + 4;
    r.label.forEach((line, j) => {
      parts.push(`<text x="0" y="${(labelTop + j * 14).toFixed(1)}">${escapeXml(line)}</text>`);
    });
    const bar = (value: Decimal | null, y: number, fill: string, stroke = '') => {
      if (value === null) {
        parts.push(`<text x="${plotLeft + 4}" y="${y + barHeight - 4}" font-size="10">-</text>`);
        return;
      }
      const w = x(value.toNumber()) - plotLeft;
      parts.push(`<rect x="${plotLeft}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${fill}"${stroke}/>`);
      const text = formatPercent(value);
      const lx = labelStart(plotLeft + w, x(100), [textWidth(text, 11)]);
      parts.push(`<text x="${lx.toFixed(1)}" y="${y + barHeight - 4}" font-size="11">${text}</text>`);
    };
    bar(r.kinerja, y0, KINERJA_FILL);
    bar(r.anggaran, y0 + barHeight + 4, ANGGARAN_FILL);
    if (withTw) bar(r.terhadapTw, y0 + 2 * (barHeight + 4), TARGET_TW_FILL, ' stroke="#000" stroke-width="1"');
  });
  // The 100 % mark.
  const hx = x(100).toFixed(1);
  parts.push(
    `<line x1="${hx}" y1="${top - 6}" x2="${hx}" y2="${top + plotHeight}" stroke="#000" stroke-width="1" stroke-dasharray="4 3"/>`,
  );
  parts.push(`<line x1="${plotLeft}" y1="${top}" x2="${plotLeft}" y2="${top + plotHeight}" stroke="#000" stroke-width="1"/>`);
  // Legend.
  parts.push(`<rect x="${plotLeft}" y="${legendY - 9}" width="12" height="10" fill="${KINERJA_FILL}"/>`);
  parts.push(`<text x="${plotLeft + 16}" y="${legendY}">Capaian kinerja</text>`);
  parts.push(`<rect x="${plotLeft + 130}" y="${legendY - 9}" width="12" height="10" fill="${ANGGARAN_FILL}"/>`);
  parts.push(`<text x="${plotLeft + 146}" y="${legendY}">Capaian anggaran</text>`);
  parts.push(`<line x1="${plotLeft + 270}" y1="${legendY - 4}" x2="${plotLeft + 294}" y2="${legendY - 4}" stroke="#000" stroke-width="1" stroke-dasharray="4 3"/>`);
  parts.push(`<text x="${plotLeft + 300}" y="${legendY}">100 %</text>`);
  if (withTw) {
    parts.push(`<rect x="${plotLeft}" y="${legendY + 9}" width="12" height="10" fill="${TARGET_TW_FILL}" stroke="#000" stroke-width="1"/>`);
    parts.push(`<text x="${plotLeft + 16}" y="${legendY + 18}">Capaian thd target s.d. TW ${toRoman(calc.tw)}</text>`);
  }
  parts.push('</svg>');
  return { title, svg: parts.join('') };
}

/**
 * Budget absorption per kegiatan: one bar per kegiatan (realisasi s.d. TW N / pagu), with the
 * rupiah amounts beside it. Grey on white so it reads in black-and-white print.
 */
export function buildAnggaranChart(calc: CalcResult, title: string): ChartView {
  const rows = calc.anggaran.map((a, i) => ({
    label: wrapLabel(`${i + 1}. ${a.kegiatan}`, LABEL_WIDTH - 6, 3),
    value: a.capaian,
    amount: `${formatMoney(a.realisasi)} / ${formatMoney(a.pagu)}`,
  }));
  const width = 640;
  const plotLeft = 240;
  const plotWidth = width - plotLeft - 150;
  const top = 16;
  const rowHeight = 46;
  const barHeight = 18;
  const plotHeight = rows.length * rowHeight;
  const height = top + plotHeight + 56;
  const maxValue = rows.reduce((m, r) => Math.max(m, r.value?.toNumber() ?? 0), 100);
  const step = niceStep(maxValue);
  const scaleMax = Math.ceil(maxValue / step) * step;
  const x = (v: number) => plotLeft + (Math.max(0, v) / scaleMax) * plotWidth;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" font-family="${FONT}" font-size="12">`,
  ];
  gridAndAxis(parts, {
    x,
    top,
    plotHeight,
    scaleMax,
    step,
    caption: 'Penyerapan anggaran (%) — realisasi / pagu (Rp)',
    captionX: plotLeft + plotWidth / 2,
  });
  rows.forEach((r, i) => {
    const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
    const labelTop = top + i * rowHeight + rowHeight / 2 - ((r.label.length - 1) * 14) / 2 + 4;
    r.label.forEach((line, j) => parts.push(`<text x="0" y="${(labelTop + j * 14).toFixed(1)}">${escapeXml(line)}</text>`));
    const w = r.value === null ? 0 : x(r.value.toNumber()) - plotLeft;
    parts.push(`<rect x="${plotLeft}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${ANGGARAN_FILL}" stroke="#000" stroke-width="0.6"/>`);
    const pct = r.value === null ? '-' : `${formatPercent(r.value)} %`;
    const lx = labelStart(plotLeft + w, x(100), [textWidth(pct, 11), textWidth(r.amount, 9.5)]).toFixed(1);
    parts.push(`<text x="${lx}" y="${y + 13}" font-size="11">${pct}</text>`);
    parts.push(`<text x="${lx}" y="${y + barHeight + 11}" font-size="9.5">${escapeXml(r.amount)}</text>`);
  });
  const hx = x(100).toFixed(1);
  parts.push(`<line x1="${hx}" y1="${top - 6}" x2="${hx}" y2="${top + plotHeight}" stroke="#000" stroke-width="1" stroke-dasharray="4 3"/>`);
  parts.push(`<line x1="${plotLeft}" y1="${top}" x2="${plotLeft}" y2="${top + plotHeight}" stroke="#000" stroke-width="1"/>`);
  parts.push('</svg>');
  return { title, svg: parts.join('') };
}

/** Vertical grid lines every `step` percent, their labels, and the axis caption. */
function gridAndAxis(
  parts: string[],
  g: { x: (v: number) => number; top: number; plotHeight: number; scaleMax: number; step: number; caption: string; captionX: number },
): void {
  for (let v = 0; v <= g.scaleMax; v += g.step) {
    const gx = g.x(v).toFixed(1);
    parts.push(`<line x1="${gx}" y1="${g.top}" x2="${gx}" y2="${g.top + g.plotHeight}" stroke="#d0d0d0" stroke-width="0.8"/>`);
    parts.push(`<text x="${gx}" y="${g.top + g.plotHeight + 15}" text-anchor="middle" font-size="11">${v}</text>`);
  }
  parts.push(`<text x="${g.captionX}" y="${g.top + g.plotHeight + 31}" text-anchor="middle" font-size="11">${escapeXml(g.caption)}</text>`);
}
