import { join } from 'node:path';
import { formatProblem } from '../model/problem.js';
import { translateError } from '../model/translate-error.js';
import { forgetCompiledTemplates } from '../output/html/render-html.js';
import { findBrowser } from '../output/pdf/find-browser.js';
import { Printer } from '../output/pdf/printer.js';
import { buildReport, finalizeReport } from '../pipeline/build-report.js';
import { documentKind } from '../pipeline/document-kinds.js';
import { watchFiles, type SaveCheck } from '../pipeline/watch-files.js';
import { validateFile } from '../validate/validate-file.js';
import { refuseSignedPdf } from '../write/signed-pdf.js';
import { writeAtomic } from '../write/write-atomic.js';
import type { GenerateOptions } from './generate.js';

export interface WatchOptions extends GenerateOptions {
  /** Ends the watch (Ctrl-C): the browser is closed and the command returns. */
  signal: AbortSignal;
  /** One line per document written or problem found. */
  onLine: (line: string) => void;
  /** Quiet time after the last file event before a save is handled (one save fires several events). */
  debounceMs?: number;
}

/** How long a failed save waits for the rest of its writing before it is reported. */
const FAILURE_SETTLE_MS = 250;

export interface WatchResult {
  /** Documents written, the first one included. */
  written: number;
  /** Saves that could not be turned into a document (invalid workbook, half-saved file, …). */
  failed: number;
}

/**
 * `lkj generate --watch`: for the person filling the workbook with the PDF open beside it.
 * The browser stays warm; every settled save of the workbook (or of a --templates file)
 * regenerates the document. An invalid save is reported and the watch goes on.
 */
export async function watchCommand(options: WatchOptions): Promise<WatchResult> {
  const printer = options.format === 'pdf' ? new Printer(() => findBrowser({ explicit: options.browser })) : null;
  printer?.warm(options.timeoutMs);
  const result: WatchResult = { written: 0, failed: 0 };

  /** A save's run: `save` (absent for the first document) tells whether a newer write overtook it. */
  const once = async (save?: SaveCheck) => {
    const started = performance.now();
    // Overtaken by a newer write (a save still in progress): its run follows; this one says
    // nothing. A failure waits a little first — a half-written file fails at once, while the
    // rest of the save may still be on its way; a good document has nothing to wait for.
    const stale = async (settleMs = 0) => {
      if (save === undefined) return false;
      if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
      return !(await save.current());
    };
    try {
      const v = await validateFile(options.file, { tw: documentKind(options.dokumen).validationTw(options), dokumen: options.dokumen });
      const errors = v.problems.filter((p) => p.severity === 'error');
      const warnings = v.problems.filter((p) => p.severity === 'warning');
      if (!v.workbook || (options.strict && warnings.length > 0)) {
        if (await stale(FAILURE_SETTLE_MS)) return;
        for (const p of v.problems) options.onLine(`${p.severity === 'error' ? 'galat' : 'peringatan'}: ${options.file}: ${formatProblem(p)}`);
        options.onLine(`✗ ${options.file}: ${errors.length} galat, ${warnings.length} peringatan; menunggu simpanan berikutnya.`);
        result.failed++;
        return;
      }
      const report = await buildReport({ ...v, workbook: v.workbook }, options);
      const path = join(options.outDir, report.fileName);
      if (printer) {
        await refuseSignedPdf(path, options.force === true);
        let raw: Uint8Array;
        try {
          raw = await printer.print(report.html, { timeoutMs: options.timeoutMs });
        } catch (err) {
          // A crashed or hung browser: a fresh one for the next save.
          await printer.restart();
          throw err;
        }
        const { bytes } = await finalizeReport(report, raw);
        if (await stale()) return;
        await writeAtomic(path, bytes);
      } else {
        if (await stale()) return;
        await writeAtomic(path, report.docx ?? report.html);
      }
      for (const p of warnings) options.onLine(`peringatan: ${options.file}: ${formatProblem(p)}`);
      const ms = Math.round(performance.now() - started);
      options.onLine(`✓ ${path} (${ms} ms${warnings.length ? `, ${warnings.length} peringatan` : ''})`);
      result.written++;
    } catch (err) {
      const t = translateError(err);
      // A bug is a bug: the watch stops with its stack, as every command does.
      if (t.internal) throw err;
      if (await stale(FAILURE_SETTLE_MS)) return;
      for (const line of t.message.split('\n')) options.onLine(`✗ ${line}`);
      result.failed++;
    }
  };

  try {
    await once();
    options.onLine(`Memantau ${options.file}${options.templatesDir ? ` dan ${options.templatesDir}` : ''}; simpan untuk membuat ulang, Ctrl-C untuk berhenti.`);
    await watchFiles({
      file: options.file,
      templatesDir: options.templatesDir,
      // Long enough to gather one save's events (they come within a few ms); a save that
      // takes longer is caught afterwards by SaveCheck instead of a wait on every save.
      debounceMs: options.debounceMs ?? 40,
      signal: options.signal,
      onChange: async (reason, save) => {
        if (reason === 'templates') forgetCompiledTemplates();
        await once(save);
      },
    });
  } finally {
    await printer?.close();
  }
  return result;
}
