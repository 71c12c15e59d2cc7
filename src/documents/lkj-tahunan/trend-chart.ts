/**
 * The trend chart of one indicator: target and realisasi per year as paired vertical bars.
 * Target is an outlined white bar, realisasi a dark filled one, with the value above each:
 * it reads the same in black-and-white print.
 */
import type { Decimal } from 'decimal.js';
import { formatCount } from '../../format/format-number.js';
import { escapeXml } from '../shared/build-charts.js';
import { textWidth } from '../shared/text-width.js';

export interface TrendPoint {
  tahun: number;
  target: Decimal | null;
  realisasi: Decimal | null;
}

const FONT = "Tinos, 'Noto Emoji', 'Times New Roman', serif";

export function trendChartSvg(points: readonly TrendPoint[], title: string, satuan: string): string {
  const width = 560;
  const top = 24;
  const plotHeight = 170;
  const left = 56;
  const plotWidth = width - left - 10;
  const legendY = top + plotHeight + 48;
  const height = legendY + 10;
  const values = points.flatMap((p) => [p.target, p.realisasi]).filter((v): v is Decimal => v !== null).map((v) => v.toNumber());
  const max = Math.max(1, ...values);
  const step = niceStep(max);
  const scaleMax = Math.ceil(max / step) * step;
  const y = (v: number) => top + plotHeight - (Math.max(0, v) / scaleMax) * plotHeight;
  const slot = plotWidth / Math.max(1, points.length);
  const bar = Math.min(40, slot / 3);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" font-family="${FONT}" font-size="12">`,
  ];
  for (let v = 0; v <= scaleMax + 1e-9; v += step) {
    const gy = y(v).toFixed(1);
    parts.push(`<line x1="${left}" y1="${gy}" x2="${left + plotWidth}" y2="${gy}" stroke="#c8c8c8" stroke-width="0.8"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10">${escapeXml(formatCount(v))}</text>`);
  }
  parts.push(`<text x="12" y="${top + plotHeight / 2}" font-size="10" transform="rotate(-90 12 ${top + plotHeight / 2})" text-anchor="middle">${escapeXml(satuan)}</text>`);
  points.forEach((p, i) => {
    const cx = left + slot * i + slot / 2;
    const draw = (v: Decimal | null, x: number, filled: boolean) => {
      if (v === null) {
        parts.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${top + plotHeight - 4}" text-anchor="middle" font-size="10">-</text>`);
        return;
      }
      const yy = y(v.toNumber());
      const h = top + plotHeight - yy;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${yy.toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="${filled ? '#404040' : '#ffffff'}" stroke="#000" stroke-width="1"/>`,
      );
      const label = formatCount(v);
      const size = textWidth(label, 10) > bar + 14 ? 8.5 : 10;
      parts.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${(yy - 4).toFixed(1)}" text-anchor="middle" font-size="${size}">${escapeXml(label)}</text>`);
    };
    draw(p.target, cx - bar - 2, false);
    draw(p.realisasi, cx + 2, true);
    parts.push(`<text x="${cx.toFixed(1)}" y="${top + plotHeight + 16}" text-anchor="middle">${p.tahun}</text>`);
  });
  parts.push(`<line x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}" stroke="#000" stroke-width="1"/>`);
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="#000" stroke-width="1"/>`);
  const lx = left + plotWidth / 2 - 90;
  parts.push(`<rect x="${lx}" y="${legendY - 9}" width="12" height="10" fill="#ffffff" stroke="#000" stroke-width="1"/>`);
  parts.push(`<text x="${lx + 16}" y="${legendY}">Target</text>`);
  parts.push(`<rect x="${lx + 90}" y="${legendY - 9}" width="12" height="10" fill="#404040" stroke="#000" stroke-width="1"/>`);
  parts.push(`<text x="${lx + 106}" y="${legendY}">Realisasi</text>`);
  parts.push('</svg>');
  return parts.join('');
}

function niceStep(max: number): number {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (raw <= m * mag) return m * mag;
  return 10 * mag;
}
