/**
 * Worker threads for `lkj batch --format docx`. A Word document is built by Node alone (no
 * browser), so a batch of them in one thread uses one core; here each report is built in
 * one of up to K threads (K = --concurrency, default the number of cores, as for PDFs).
 * The main thread keeps everything that decides what the batch says and writes: it reads
 * and validates the workbooks, fixes the output names, writes the files, the log, the
 * summary and the manifest in the same order as without threads. Only the building of a
 * report crosses over: its validated workbook goes in, its bytes and figures come back.
 *
 * Threads are started at once (their start-up overlaps the validation of the first
 * workbooks) and ended when the batch ends; an interrupt ends the process and them with it.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CalcResult } from '../model/calc-types.js';
import type { ReportOptions } from '../pipeline/build-report.js';
import type { ValidWorkbook } from '../pipeline/document-kinds.js';
import type { WorkerJob, WorkerReply } from './report-worker.js';
import { decodeFromWorker, encodeForWorker } from './worker-codec.js';

/**
 * Below this many reports a batch builds them in its own thread. A thread's first reports
 * are slow (it loads the libraries and V8 compiles their code once more: about half a second
 * of CPU per thread), and the main thread still reads every workbook; measured on 2 cores,
 * threads lost at 8 and 16 reports and won from about 30 on a busy machine, and from fewer on an idle one.
 */
export const MIN_REPORTS_FOR_WORKERS = 12;

/** A report that failed inside a worker, already said as the main thread would say it. */
export class WorkerReportError extends Error {
  constructor(
    readonly line: string,
    readonly original: string | undefined,
  ) {
    super(line);
    this.name = 'WorkerReportError';
  }
}

interface Slot {
  worker: Worker;
  job: { resolve: (r: WorkerReply) => void; reject: (e: unknown) => void } | null;
  /** Why the thread can take no more work (it failed to start, crashed or ended). */
  broken: unknown;
}

export class ReportWorkers {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: ((s: Slot) => void)[] = [];
  private closed = false;

  constructor(private readonly size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** The Word document of a validated workbook and its figures, built in a free thread. */
  async build(v: ValidWorkbook, options: ReportOptions): Promise<{ docx: Uint8Array; calc: CalcResult | null }> {
    const slot = await this.acquire();
    try {
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        if (slot.broken) return reject(slot.broken);
        slot.job = { resolve, reject };
        const job: WorkerJob = { v: encodeForWorker(v), options: cloneableOptions(options) };
        slot.worker.postMessage(job);
      });
      if (!reply.ok) throw new WorkerReportError(reply.error, reply.original);
      return { docx: reply.docx, calc: decodeFromWorker<CalcResult | null>(reply.calc) };
    } finally {
      slot.job = null;
      this.release(slot);
    }
  }

  /** Ends every thread; safe to call more than once. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(), job: null, broken: null };
    slot.worker.on('message', (reply: WorkerReply) => slot.job?.resolve(reply));
    // An error the worker did not catch (a bug, or the thread running out of memory) fails
    // the report it was building; the thread is replaced for the next one.
    slot.worker.on('error', (err) => {
      slot.broken ??= err;
      slot.job?.reject(err);
    });
    slot.worker.on('exit', (code) => {
      slot.broken ??= new Error(`Thread pembangun dokumen Word berhenti tiba-tiba (kode keluar ${code}).`);
      if (!this.closed) slot.job?.reject(slot.broken);
    });
    this.slots.push(slot);
    return slot;
  }

  private acquire(): Promise<Slot> {
    const free = this.idle.pop();
    if (free) return Promise.resolve(free);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    if (this.closed) return;
    let s = slot;
    if (slot.broken) {
      void slot.worker.terminate();
      this.slots.splice(this.slots.indexOf(slot), 1);
      s = this.spawn();
    }
    const next = this.waiting.shift();
    if (next) next(s);
    else this.idle.push(s);
  }
}

/** Only data crosses: the batch's callbacks and browser session stay in the main thread. */
function cloneableOptions(options: ReportOptions): ReportOptions {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options)) if (typeof v !== 'function' && !(typeof v === 'object' && v !== null && !isPlain(v))) out[k] = v;
  return out as unknown as ReportOptions;
}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

/**
 * A new thread running ./report-worker. In the bundle (dist/lkj.cjs) `import.meta.url` is the
 * bundle's own address, and the worker is the bundle built next to it (scripts/bundle.mjs);
 * its threads take node's own flags (a --cpu-prof profiles them too). From source (tsx,
 * vitest) it is the TypeScript file, loaded through tsx's API: node 20 does not apply a
 * worker's `--import` loader to the worker's own entry file.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return new Worker(fileURLToPath(new URL('./report-worker.cjs', here)));
  const tsxApi = pathToFileURL(createRequire(here).resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./report-worker.ts', here).href;
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}
