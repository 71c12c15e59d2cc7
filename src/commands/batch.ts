import { cpus } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
import type { CalcResult } from '../model/calc-types.js';
import { EXIT, RenderError, UserError, type ExitCode } from '../model/errors.js';
import { discoverWorkbooks, shardOf, type FoundWorkbook } from '../pipeline/discover-workbooks.js';
import { assignOutputNames } from '../pipeline/output-names.js';
import { findStaleOutputs } from '../pipeline/stale-outputs.js';
import { oneLine, translateError } from '../model/translate-error.js';
import { checkTemplatesDir } from '../output/html/render-html.js';
import { Printer } from '../output/pdf/printer.js';
import { findBrowser } from '../output/pdf/find-browser.js';
import { formatProblem, type Problem } from '../model/problem.js';
import { validateFile, type FileValidation } from '../validate/validate-file.js';
import { VERSION } from '../model/version.js';
import type { Identitas } from '../model/workbook-types.js';
import { refuseSignedPdf } from '../write/signed-pdf.js';
import { writeAtomic } from '../write/write-atomic.js';
import { problemJson } from './validate.js';
import { documentKind } from '../pipeline/document-kinds.js';
import type { RekapUnit } from '../pipeline/write-rekap.js';
export type { RekapUnit } from '../pipeline/write-rekap.js';
import { buildReport, finalizeReport, outputFileName, type BuiltReport, type ReportOptions } from '../pipeline/build-report.js';
import { printDocument } from '../pipeline/print-document.js';
import { MIN_REPORTS_FOR_WORKERS, ReportWorkers, WorkerReportError } from './report-workers.js';

export interface BatchOptions extends ReportOptions {
  inputs: string[];
  outDir: string;
  /** Reports printed at once (pages in the one browser). */
  concurrency?: number;
  shard?: { index: number; count: number };
  browser?: string;
  /** Also write the Dinas-level summary (Rekap) as PDF and XLSX. */
  rekap: boolean;
  /** Warnings count as failures (`--strict`). */
  strict?: boolean;
  /** Overwrite a signed PDF (`--force`). */
  force?: boolean;
  onEvent?: (e: BatchEvent) => void;
  /** Injected in tests to simulate crashes. */
  session?: Printer;
  /**
   * Word documents built in worker threads (./report-workers.ts): undefined = when there are
   * enough of them and --concurrency allows more than one at a time; true/false in tests.
   */
  workers?: boolean;
}

export type BatchStatus = 'ok' | 'invalid' | 'failed';

export interface BatchItem {
  file: string;
  unitKerja: string | null;
  status: BatchStatus;
  path: string | null;
  pages: number | null;
  seconds: number;
  /** Every warning of the workbook (also for an item that failed for another reason). */
  warnings: Problem[];
  /** Every error of an invalid workbook. */
  errors: Problem[];
  /** Why it failed, one line, for the summary. */
  error: string | null;
  /** How many attempts printing took (2 = retried after a crash or hang). */
  attempts: number;
  /** The original text of a failure (library message, stack), for `--debug` only. */
  original?: string;
}

export type BatchEvent = { type: 'start'; total: number } | { type: 'done'; item: BatchItem; done: number; total: number };

export interface BatchResult {
  items: BatchItem[];
  rekapPaths: string[];
  /** Report-looking files in --out this run did not write (left alone). */
  stale: string[];
  /** Where the manifest was written. */
  manifestPath: string;
  browserLaunches: number;
  exitCode: ExitCode;
}

/**
 * `lkj batch`: every workbook found becomes a report. One browser for the whole run, K
 * reports at a time; an invalid workbook is reported and skipped; a crashed or hung browser
 * is relaunched and the report retried once. Output names are fixed from every workbook's
 * Identitas before any is written (see assignOutputNames), so they never depend on which
 * report finished first.
 */
export async function batchCommand(options: BatchOptions): Promise<BatchResult> {
  if (options.templatesDir !== undefined) await checkTemplatesDir(options.templatesDir, options.dokumen ?? 'lkj');
  const all = await discoverWorkbooks(options.inputs, [options.outDir]);
  const found = shardOf(all, options.shard);
  if (all.length === 0) throw new UserError(`Tidak ada buku kerja .xlsx di ${options.inputs.join(', ')}.`);
  const concurrency = Math.max(1, options.concurrency ?? cpus().length);
  const limit = pLimit(concurrency);
  // The Rekap is always a PDF, whatever the documents' format.
  const needBrowser = options.format === 'pdf' || options.rekap === true;
  // Found before any work so that "no browser" fails fast with exit 3.
  const session = options.session ?? (needBrowser ? new Printer(findBrowser({ explicit: options.browser })) : null);
  const useWorkers = options.format === 'docx' && (options.workers ?? (concurrency >= 2 && found.length >= MIN_REPORTS_FOR_WORKERS));

  // Validation runs ahead of printing (two at a time: it is mostly the main thread's work);
  // the names are settled once every workbook has been read, and reports wait for that only
  // to write. With --shard, the other shards' workbooks are read for their names too, so a
  // shard names its reports as an unsharded run would.
  const validateLimit = pLimit(2);
  const mine = new Set(found.map((w) => w.file));
  const validations = new Map<string, Promise<FileValidation>>();
  for (const w of all) validations.set(w.file, validateLimit(() => validateFile(w.file, { tw: documentKind(options.dokumen).validationTw(options), dokumen: options.dokumen })));
  const names = Promise.all(
    all.map(async (w) => {
      const v = await validations.get(w.file)!;
      if (!mine.has(w.file)) validations.delete(w.file); // only its name was needed
      return v.workbook ? { file: w.file, relDir: w.relDir, name: outputFileName(v.workbook, options) } : null;
    }),
  ).then((named) => assignOutputNames(named.filter((x) => x !== null)));
  names.catch(() => undefined);

  const rekapUnits: RekapUnit[] = [];
  const items: BatchItem[] = new Array(found.length);
  const written = new Set<string>();
  let done = 0;
  options.onEvent?.({ type: 'start', total: found.length });
  // Started now, their start-up overlaps the reading of the first workbooks.
  const workers = useWorkers && found.length > 0 ? new ReportWorkers(Math.min(concurrency, found.length)) : null;
  try {
    await Promise.all(
      found.map((w, i) =>
        (async () => {
          const item = await processOne(w, validations.get(w.file)!, names, limit, options, session, workers, options.rekap ? rekapUnits : null);
          if (item.path) written.add(resolve(item.path));
          items[i] = item;
          done++;
          options.onEvent?.({ type: 'done', item, done, total: found.length });
        })(),
      ),
    );
    rekapUnits.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const rekapPaths = options.rekap && rekapUnits.length > 0 ? await writeRekap(rekapUnits, options, session) : [];
    for (const p of rekapPaths) written.add(resolve(p));
    const manifestPath = join(options.outDir, options.shard ? `lkj-batch.shard-${options.shard.index}-of-${options.shard.count}.json` : MANIFEST_NAME);
    // Another shard's reports are not stale: the check is for whole runs only.
    const stale = options.shard ? [] : await findStaleOutputs(options.outDir, written, new Set(all.map((w) => resolve(w.file))));
    await writeAtomic(manifestPath, `${JSON.stringify(batchManifest(items, rekapPaths, stale, options), null, 2)}\n`);
    const failed = items.some((it) => it.status !== 'ok');
    return { items, rekapPaths, stale, manifestPath, browserLaunches: session?.launches ?? 0, exitCode: failed ? EXIT.input : EXIT.ok };
  } finally {
    await Promise.all([session?.close(), workers?.close()]);
  }
}

/** The manifest `lkj-batch.json` in --out: what this run read and wrote. */
export const MANIFEST_NAME = 'lkj-batch.json';

/**
 * Input order (sorted, as discovered), no timings: the same inputs give the same manifest.
 * `output` is relative to the folder the manifest lies in (--out), so it survives moving it.
 */
function batchManifest(items: BatchItem[], rekapPaths: string[], stale: string[], options: BatchOptions) {
  const rel = (p: string) => relative(options.outDir, p).split(sep).join('/');
  return {
    lkj: VERSION,
    tw: options.tw,
    format: options.format,
    strict: options.strict === true,
    ...(options.shard && { shard: `${options.shard.index}/${options.shard.count}` }),
    reports: items.map((i) => ({
      input: i.file,
      output: i.path === null ? null : rel(i.path),
      status: i.status,
      warnings: i.warnings.map(problemJson),
      errors: i.errors.map(problemJson),
      error: i.error,
    })),
    rekap: rekapPaths.map(rel),
    stale: stale.map(rel),
  };
}

async function processOne(
  w: FoundWorkbook,
  validation: Promise<FileValidation>,
  names: Promise<Map<string, string>>,
  limit: LimitFunction,
  options: BatchOptions,
  session: Printer | null,
  workers: ReportWorkers | null,
  rekapUnits: RekapUnit[] | null,
): Promise<BatchItem> {
  let t0 = performance.now();
  const item: BatchItem = { file: w.file, unitKerja: null, status: 'ok', path: null, pages: null, seconds: 0, warnings: [], errors: [], error: null, attempts: 0 };
  const finish = () => ({ ...item, seconds: (performance.now() - t0) / 1000 });
  try {
    const v = await validation;
    item.unitKerja = v.workbook?.identitas.unitKerja ?? null;
    item.warnings = v.problems.filter((p) => p.severity === 'warning');
    if (!v.workbook) {
      item.errors = v.problems.filter((p) => p.severity === 'error');
      item.status = 'invalid';
      item.error = item.errors[0] ? formatProblem(item.errors[0]) : 'buku kerja tidak sah';
      return finish();
    }
    if (options.strict && item.warnings.length > 0) {
      item.status = 'invalid';
      item.error = `--strict: ${item.warnings.length} peringatan dihitung galat (${formatProblem(item.warnings[0]!)})`;
      return finish();
    }
    // K reports are built and printed at once; a printed one gives its place to the next
    // while it waits for the names (all workbooks read) to be written.
    const { report, data } = await limit(async () => {
      t0 = performance.now(); // the report's own time, not its wait for a place
      if (workers) {
        const built = await workers.build({ ...v, workbook: v.workbook! }, options);
        return { report: { calc: built.calc, tte: null }, data: built.docx };
      }
      const report = await buildReport({ ...v, workbook: v.workbook! }, options);
      return { report, data: options.format === 'html' ? report.html : options.format === 'docx' ? report.docx! : await printWithRetry(session!, report, options, item) };
    });
    const path = join(options.outDir, (await names).get(w.file)!);
    if (typeof data === 'string' || data instanceof Uint8Array) {
      await writeAtomic(path, data);
    } else {
      await refuseSignedPdf(path, options.force === true);
      item.pages = data.pages;
      if (report.tte) await (await import('../pipeline/signing.js')).writeTteSidecar(path, data.bytes, report.tte);
      await writeAtomic(path, data.bytes);
    }
    item.path = path;
    if (report.calc) rekapUnits?.push({ identitas: v.workbook.identitas, calc: report.calc, file: w.file });
    return finish();
  } catch (err) {
    item.status = 'failed';
    // A worker's failure comes already said, by the same code as here.
    item.error = err instanceof WorkerReportError ? err.line : oneLine(err);
    item.original = err instanceof WorkerReportError ? err.original : (translateError(err).original ?? undefined);
    return finish();
  }
}

/**
 * Printed in a page the session keeps for the next report. A browser that crashed or hung
 * gets one relaunch and one more try for this report.
 */
async function printWithRetry(session: Printer, report: BuiltReport, options: Pick<ReportOptions, 'dokumen' | 'templatesDir' | 'timeoutMs'>, item: BatchItem) {
  const { timeoutMs } = options;
  for (;;) {
    item.attempts++;
    let raw: Uint8Array;
    try {
      // A document with a Daftar Isi is printed twice in the same page (print-document.ts).
      raw = (await printDocument(report, options, (html) => session.print(html, { timeoutMs }))).raw;
    } catch (err) {
      if (item.attempts >= 2) throw err instanceof UserError ? err : new RenderError(`Pencetakan PDF gagal: ${err instanceof Error ? err.message : String(err)}`);
      await session.restart();
      continue;
    }
    return finalizeReport(report, raw);
  }
}

async function writeRekap(units: RekapUnit[], options: BatchOptions, session: Printer | null): Promise<string[]> {
  const { writeRekapFiles } = await import('../pipeline/write-rekap.js');
  if (!session) throw new Error('bug: --rekap without a printer');
  return writeRekapFiles(units, options, session);
}
