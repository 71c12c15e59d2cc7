/**
 * One thread of the docx batch (./report-workers.ts): builds the Word documents of the
 * validated workbooks the main thread sends, one at a time, and sends back their bytes and
 * figures. Started from source (tsx, vitest) or from its own bundle, dist/report-worker.cjs.
 *
 * A failure is said here exactly as the main thread would say it (the same translated
 * Indonesian line; the original text and stack for --debug and for bugs), so a report
 * built here fails the same way as one built in the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { buildReport, type ReportOptions } from '../pipeline/build-report.js';
import type { ValidWorkbook } from '../pipeline/document-kinds.js';
import { oneLine, translateError } from '../model/translate-error.js';
import { decodeFromWorker, encodeForWorker } from './worker-codec.js';

export interface WorkerJob {
  /** A ValidWorkbook, encoded (./worker-codec.ts). */
  v: unknown;
  options: ReportOptions;
}

export type WorkerReply =
  | { ok: true; docx: Uint8Array; /** CalcResult | null, encoded. */ calc: unknown }
  | { ok: false; error: string; original: string | undefined };

const port = parentPort;
if (!port) throw new Error('report-worker.ts runs only as a worker thread');

port.on('message', (job: WorkerJob) => {
  void build(job).then((reply) => {
    // The bytes are handed over, not copied.
    port.postMessage(reply, reply.ok ? [reply.docx.buffer as ArrayBuffer] : []);
  });
});

async function build(job: WorkerJob): Promise<WorkerReply> {
  try {
    const report = await buildReport(decodeFromWorker<ValidWorkbook>(job.v), job.options);
    if (!report.docx) throw new Error('report-worker: no Word document built');
    // A view into a larger buffer would hand over (and lose) the rest of it.
    const docx = report.docx.byteOffset === 0 && report.docx.byteLength === report.docx.buffer.byteLength ? report.docx : report.docx.slice();
    return { ok: true, docx, calc: encodeForWorker(report.calc) };
  } catch (err) {
    return { ok: false, error: oneLine(err), original: translateError(err).original ?? undefined };
  }
}
