import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
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
  const launching = options.format === 'pdf' ? await startBrowser(options.browser, options.timeoutMs) : null;
  let browser: Browser | null = null;
  let closing: Promise<void> | null = null;
  try {
    const [{ validateFile }, { InvalidWorkbookError }, { buildReport, finalizeReport }, { documentKind }, { printPage }, { discardBrowser }, { writeAtomic }, { refuseSignedPdf }] = await Promise.all([
      import('../validate/validate-file.js'),
      import('../validate/invalid-workbook-error.js'),
      import('../pipeline/build-report.js'),
      import('../pipeline/document-kinds.js'),
      import('../output/pdf/print-pdf.js'),
      import('../output/pdf/launch-browser.js'),
      import('../write/write-atomic.js'),
      import('../write/signed-pdf.js'),
    ]);
    const v = await validateFile(options.file, { tw: documentKind(options.dokumen).validationTw(options) });
    // A launch problem (exit 3) is only reported for a valid workbook (exit 1 first).
    if (!v.workbook) throw new InvalidWorkbookError(options.file, v.problems);
    if (options.strict) refuseWarnings(options.file, v.problems);
    const report = await buildReport({ ...v, workbook: v.workbook }, options);
    const path = join(options.outDir, report.fileName);
    // Checked before printing: a signed report is refused without any work done.
    if (launching) await refuseSignedPdf(path, options.force === true);
    if (!launching) {
      await writeAtomic(path, report.docx ?? report.html);
      return { path, warnings: v.problems };
    }
    browser = await launching.browser;
    const raw = await printPage(await launching.page, report.html, { timeoutMs: options.timeoutMs });
    // Its one report printed, Chromium is ended at once (see discardBrowser), while the PDF
    // is finalised and written.
    closing = discardBrowser(browser);
    await writeAtomic(path, (await finalizeReport(report, raw)).bytes);
    return { path, warnings: v.problems };
  } finally {
    browser ??= launching ? await launching.browser.catch(() => null) : null;
    await (closing ?? browser?.close().catch(() => undefined));
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
 * Loads the browser code, then spawns Chromium and returns at once with the pending launch
 * and the page to print in, made ready as soon as Chromium is up (the other modules are
 * imported only after the spawn, so they load while it boots). Failures surface when the
 * promises are awaited.
 */
async function startBrowser(explicit: string | undefined, timeoutMs: number): Promise<{ browser: Promise<Browser>; page: Promise<Page> }> {
  const [{ findBrowser }, { launchBrowser }, { openPage }] = await Promise.all([
    import('../output/pdf/find-browser.js'),
    import('../output/pdf/launch-browser.js'),
    import('../output/pdf/print-pdf.js'),
  ]);
  const browser = (async () => launchBrowser(findBrowser({ explicit })))();
  // The one report is printed in the tab Chromium opens at start; the browser is closed after.
  const page = browser.then((b) => openPage(b, { timeoutMs, blankTab: true }));
  // Awaited later (or only in finally): keep Node from calling them unhandled meanwhile.
  browser.catch(() => undefined);
  page.catch(() => undefined);
  // Wrapped: returning bare promises from an async function would wait for the launch.
  return { browser, page };
}
