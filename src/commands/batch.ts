import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import pLimit from 'p-limit';
import type { CalcResult } from '../calc/calc-types.js';
import { EXIT, RenderError, UserError, type ExitCode } from '../errors.js';
import { slugify } from '../format/slugify.js';
import { discoverWorkbooks, shardOf, type FoundWorkbook } from '../batch/discover-workbooks.js';
import { BrowserSession } from '../pdf/browser-session.js';
import { findBrowser } from '../pdf/find-browser.js';
import { formatProblem } from '../validate/problem.js';
import { validateFile } from '../validate/validate-file.js';
import type { Identitas } from '../workbook/workbook-types.js';
import { writeAtomic } from '../write/write-atomic.js';
import { buildReport, finalizeReport, type BuiltReport, type ReportOptions } from './build-report.js';

export interface BatchOptions extends ReportOptions {
  inputs: string[];
  outDir: string;
  /** Reports printed at once (pages in the one browser). */
  concurrency?: number;
  shard?: { index: number; count: number };
  browser?: string;
  /** Also write the Dinas-level summary (Rekap) as PDF and XLSX. */
  rekap: boolean;
  onEvent?: (e: BatchEvent) => void;
  /** Injected in tests to simulate crashes. */
  session?: BrowserSession;
}

export type BatchStatus = 'ok' | 'invalid' | 'failed';

export interface BatchItem {
  file: string;
  unitKerja: string | null;
  status: BatchStatus;
  path: string | null;
  pages: number | null;
  seconds: number;
  /** Problems found (warnings for ok items, errors for invalid ones). */
  warnings: number;
  /** First error, for the summary. */
  error: string | null;
  /** How many attempts printing took (2 = retried after a crash or hang). */
  attempts: number;
}

export type BatchEvent = { type: 'start'; total: number } | { type: 'done'; item: BatchItem; done: number; total: number };

export interface RekapUnit {
  identitas: Identitas;
  calc: CalcResult;
}

export interface BatchResult {
  items: BatchItem[];
  rekapPaths: string[];
  browserLaunches: number;
  exitCode: ExitCode;
}

/**
 * `lkj batch`: every workbook found becomes a report. One browser for the whole run, K
 * reports at a time; an invalid workbook is reported and skipped; a crashed or hung browser
 * is relaunched and the report retried once.
 */
export async function batchCommand(options: BatchOptions): Promise<BatchResult> {
  const all = await discoverWorkbooks(options.inputs, [options.outDir]);
  const found = shardOf(all, options.shard);
  if (all.length === 0) throw new UserError(`Tidak ada buku kerja .xlsx di ${options.inputs.join(', ')}.`);
  const concurrency = Math.max(1, options.concurrency ?? cpus().length);
  const limit = pLimit(concurrency);
  const needBrowser = options.format === 'pdf';
  // Found before any work so that "no browser" fails fast with exit 3.
  const session = options.session ?? (needBrowser ? new BrowserSession(findBrowser({ explicit: options.browser })) : null);
  const claimed = new Map<string, string>();
  const rekapUnits: RekapUnit[] = [];
  const items: BatchItem[] = new Array(found.length);
  let done = 0;
  options.onEvent?.({ type: 'start', total: found.length });
  try {
    await Promise.all(
      found.map((w, i) =>
        limit(async () => {
          const item = await processOne(w, options, session, claimed, options.rekap ? rekapUnits : null);
          items[i] = item;
          done++;
          options.onEvent?.({ type: 'done', item, done, total: found.length });
        }),
      ),
    );
    const rekapPaths = options.rekap && rekapUnits.length > 0 ? await writeRekap(rekapUnits, options, session) : [];
    const failed = items.some((it) => it.status !== 'ok');
    return { items, rekapPaths, browserLaunches: session?.launches ?? 0, exitCode: failed ? EXIT.input : EXIT.ok };
  } finally {
    await session?.close();
  }
}

async function processOne(
  w: FoundWorkbook,
  options: BatchOptions,
  session: BrowserSession | null,
  claimed: Map<string, string>,
  rekapUnits: RekapUnit[] | null,
): Promise<BatchItem> {
  const t0 = performance.now();
  const item: BatchItem = { file: w.file, unitKerja: null, status: 'ok', path: null, pages: null, seconds: 0, warnings: 0, error: null, attempts: 0 };
  const finish = () => ({ ...item, seconds: (performance.now() - t0) / 1000 });
  try {
    const v = await validateFile(w.file, { tw: options.tw });
    item.unitKerja = v.workbook?.identitas.unitKerja ?? null;
    if (!v.workbook) {
      const errors = v.problems.filter((p) => p.severity === 'error');
      item.status = 'invalid';
      item.warnings = errors.length;
      item.error = errors[0] ? formatProblem(errors[0]) : 'buku kerja tidak sah';
      return finish();
    }
    item.warnings = v.problems.length;
    const report = await buildReport({ ...v, workbook: v.workbook }, options);
    const path = claimPath(join(options.outDir, w.relDir, report.fileName), w.file, claimed);
    if (options.format === 'html') {
      await writeAtomic(path, report.html);
    } else {
      const pdf = await printWithRetry(session!, report, options.timeoutMs, item);
      item.pages = pdf.pages;
      await writeAtomic(path, pdf.bytes);
    }
    item.path = path;
    rekapUnits?.push({ identitas: v.workbook.identitas, calc: report.calc });
    return finish();
  } catch (err) {
    item.status = 'failed';
    item.error = err instanceof UserError ? err.message.split('\n')[0]! : `galat internal (bug): ${err instanceof Error ? err.message : String(err)}`;
    return finish();
  }
}

/**
 * Printed in a page the session keeps for the next report. A browser that crashed or hung
 * gets one relaunch and one more try for this report.
 */
async function printWithRetry(session: BrowserSession, report: BuiltReport, timeoutMs: number, item: BatchItem) {
  for (;;) {
    item.attempts++;
    let raw: Uint8Array;
    try {
      raw = await session.print(report.html, { timeoutMs });
    } catch (err) {
      if (item.attempts >= 2) throw err instanceof UserError ? err : new RenderError(String(err));
      await session.restart();
      continue;
    }
    return finalizeReport(report, raw);
  }
}

/** Two workbooks of the same unit would overwrite each other: the second gets its file name added. */
function claimPath(path: string, file: string, claimed: Map<string, string>): string {
  if (!claimed.has(path)) {
    claimed.set(path, file);
    return path;
  }
  const alt = path.replace(/(\.[a-z]+)$/, `_${slugify(basename(file, '.xlsx'))}$1`);
  claimed.set(alt, file);
  return alt;
}

async function writeRekap(units: RekapUnit[], options: BatchOptions, session: BrowserSession | null): Promise<string[]> {
  const { writeRekapFiles } = await import('./rekap.js');
  return writeRekapFiles(units, options, session);
}
