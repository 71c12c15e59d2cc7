/**
 * Where the time of one report goes, phase by phase, in one process (imports src/ via tsx):
 * readWorkbook, parseWorkbook, loadLogo, computeReport, buildViewModel, renderHtml,
 * printPdf, finalizePdf. Run sequentially over the given workbooks (the first one is a
 * warm-up and is reported separately).
 *
 *   tsx bench/profile-phases.ts [--no-pdf] <file.xlsx>...
 */
import { computeReport } from '../src/calc/compute-report.js';
import { reportDate } from '../src/commands/report-date.js';
import { finalizePdf } from '../src/pdf/finalize-pdf.js';
import { findBrowser } from '../src/pdf/find-browser.js';
import { launchBrowser } from '../src/pdf/launch-browser.js';
import { printPdf } from '../src/pdf/print-pdf.js';
import { renderHtml } from '../src/render/render-html.js';
import { buildViewModel } from '../src/report/build-view-model.js';
import { parseWorkbook } from '../src/validate/parse-workbook.js';
import { loadLogo } from '../src/workbook/load-logo.js';
import { readWorkbook } from '../src/workbook/read-workbook.js';

const argv = process.argv.slice(2);
const noPdf = argv.includes('--no-pdf');
const files = argv.filter((a) => !a.startsWith('--'));
const tw = 3 as const;

const phases = ['readWorkbook', 'parseWorkbook', 'loadLogo', 'computeReport', 'buildViewModel', 'renderHtml', 'printPdf', 'finalizePdf'] as const;
type Phase = (typeof phases)[number];
const totals = new Map<Phase, number[]>(phases.map((p) => [p, []]));

const tLaunch = performance.now();
const browser = noPdf ? null : await launchBrowser(findBrowser());
const launchMs = performance.now() - tLaunch;

async function time<T>(p: Phase, fn: () => Promise<T> | T, record: boolean): Promise<T> {
  const t = performance.now();
  const r = await fn();
  if (record) totals.get(p)!.push(performance.now() - t);
  return r;
}

const first: Record<string, number> = {};
try {
  for (const [i, file] of files.entries()) {
    const rec = i > 0 || files.length === 1;
    const t0 = performance.now();
    const mark = (p: Phase) => {
      if (i === 0) first[p] = performance.now() - t0 - Object.values(first).reduce((a, b) => a + b, 0);
    };
    const raw = await time('readWorkbook', () => readWorkbook(file), rec);
    mark('readWorkbook');
    const { workbook } = await time('parseWorkbook', () => parseWorkbook(raw, file, { tw }), rec);
    mark('parseWorkbook');
    if (!workbook) throw new Error(`${file} invalid`);
    const logo = workbook.identitas.logo;
    const loaded = await time('loadLogo', () => (logo ? loadLogo(file, logo) : null), rec);
    mark('loadLogo');
    const logoDataUrl = loaded && 'dataUrl' in loaded ? loaded.dataUrl : null;
    const calc = await time('computeReport', () => computeReport(workbook, tw), rec);
    mark('computeReport');
    const vm = await time(
      'buildViewModel',
      () => buildViewModel(workbook, calc, { tanggal: reportDate(workbook, tw, undefined), paper: 'A4', charts: true, logoDataUrl }),
      rec,
    );
    mark('buildViewModel');
    const html = await time('renderHtml', () => renderHtml(vm), rec);
    mark('renderHtml');
    if (browser) {
      const raw = await time('printPdf', () => printPdf(browser, html, { timeoutMs: 120_000 }), rec);
      mark('printPdf');
      const m = vm.meta;
      await time(
        'finalizePdf',
        () =>
          finalizePdf(raw, {
            title: m.title,
            author: m.author,
            subject: m.subject,
            keywords: m.keywords,
            creator: 'lkj bench',
            date: new Date(`${m.tanggalIso}T00:00:00Z`),
            language: m.lang,
          }),
        rec,
      );
      mark('finalizePdf');
    }
    if (i === 0) console.log(`html ${(html.length / 1024).toFixed(0)} KiB`);
  }
} finally {
  await browser?.close();
}

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : NaN;
};
if (browser) console.log(`launchBrowser ${launchMs.toFixed(0)} ms`);
console.log(`first file (cold): ${Object.entries(first).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')} ms`);
console.log(`phase            median ms   mean ms   n`);
let sum = 0;
for (const p of phases) {
  const xs = totals.get(p)!;
  if (!xs.length) continue;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  sum += mean;
  console.log(`${p.padEnd(16)} ${med(xs).toFixed(1).padStart(9)} ${mean.toFixed(1).padStart(9)} ${String(xs.length).padStart(3)}`);
}
console.log(`${'total'.padEnd(16)} ${''.padStart(9)} ${sum.toFixed(1).padStart(9)}`);
