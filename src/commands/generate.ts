import { join } from 'node:path';
import type { Printer } from '../output/pdf/printer.js';
import { UserError } from '../model/errors.js';
import { formatProblem, type Problem } from '../model/problem.js';
import type { ReportOptions } from '../pipeline/build-report.js';

export interface GenerateOptions extends ReportOptions {
  file: string;
  outDir: string;
  /** `--browser PATH` */
  browser?: string;
  /** Warnings count as failures: nothing is written (`--strict`). */
  strict?: boolean;
  /** Overwrite a signed PDF (`--force`). */
  force?: boolean;
}

export interface GenerateResult {
  path: string;
  warnings: Problem[];
}

/**
 * `lkj generate`: one workbook -> one LKj (PDF or HTML), written atomically.
 * Chromium's start-up is most of a single report's time, so it is started first and the
 * reading, validating and rendering (and loading the code for them) happen while it boots.
 */
export async function generateCommand(options: GenerateOptions): Promise<GenerateResult> {
  if (options.templatesDir !== undefined) {
    // A usage error (exit 2) before Chromium is started.
    const { checkTemplatesDir } = await import('../output/html/render-html.js');
    await checkTemplatesDir(options.templatesDir, options.dokumen ?? 'lkj');
  }
  // Chromium boots while the workbook is read, validated and rendered.
  const printer = options.format === 'pdf' ? await startPrinter(options.browser, options.timeoutMs) : null;
  let closing: Promise<void> | null = null;
  try {
    const [{ validateFile }, { InvalidWorkbookError }, { buildReport, finalizeReport }, { documentKind }, { writeAtomic }, { refuseSignedPdf }] = await Promise.all([
      import('../validate/validate-file.js'),
      import('../validate/invalid-workbook-error.js'),
      import('../pipeline/build-report.js'),
      import('../pipeline/document-kinds.js'),
      import('../write/write-atomic.js'),
      import('../write/signed-pdf.js'),
    ]);
    const v = await validateFile(options.file, { tw: documentKind(options.dokumen).validationTw(options), dokumen: options.dokumen });
    // A launch problem (exit 3) is only reported for a valid workbook (exit 1 first).
    if (!v.workbook) throw new InvalidWorkbookError(options.file, v.problems);
    if (options.strict) refuseWarnings(options.file, v.problems);
    const report = await buildReport({ ...v, workbook: v.workbook }, options);
    const path = join(options.outDir, report.fileName);
    if (!printer) {
      await writeAtomic(path, report.docx ?? report.html);
      return { path, warnings: v.problems };
    }
    // Checked before printing: a signed report is refused without any work done.
    await refuseSignedPdf(path, options.force === true);
    // A document with a Daftar Isi is printed twice in the same page (print-document.ts).
    const { printDocument } = await import('../pipeline/print-document.js');
    const { raw } = await printDocument(report, options, (html) => printer.print(html, { timeoutMs: options.timeoutMs }));
    // Its one document printed, Chromium is ended at once while the PDF is finalised and written.
    closing = printer.close();
    const { bytes } = await finalizeReport(report, raw);
    // --tte: the sidecar is read from these bytes first, so a failure leaves nothing written.
    if (report.tte) await (await import('../pipeline/signing.js')).writeTteSidecar(path, bytes, report.tte);
    await writeAtomic(path, bytes);
    return { path, warnings: v.problems };
  } finally {
    await (closing ?? printer?.close());
  }
}

/** `--strict`: a workbook with warnings is refused like one with errors (exit 1), nothing written. */
function refuseWarnings(file: string, problems: Problem[]): void {
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length === 0) return;
  const err = new UserError(
    [
      ...warnings.map((p) => `${file}: peringatan ${formatProblem(p)} [${p.code}]`),
      `${file}: ${warnings.length} peringatan; --strict menolak buku kerja ini, tidak ada berkas yang ditulis.`,
    ].join('\n'),
  );
  // Lines of lkj's own Indonesian that quote cell values: not for translateError to touch.
  err.name = 'StrictWarningsError';
  throw err;
}

/**
 * Loads the printer, then spawns Chromium and returns at once (the other modules are
 * imported only after the spawn, so they load while it boots).
 */
async function startPrinter(explicit: string | undefined, timeoutMs: number): Promise<Printer> {
  const [{ findBrowser }, { Printer }] = await Promise.all([import('../output/pdf/find-browser.js'), import('../output/pdf/printer.js')]);
  const printer = new Printer(() => findBrowser({ explicit }));
  printer.warm(timeoutMs);
  return printer;
}
