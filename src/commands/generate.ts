import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { Problem } from '../validate/problem.js';
import type { ReportOptions } from './build-report.js';

export interface GenerateOptions extends ReportOptions {
  file: string;
  outDir: string;
  /** `--browser PATH` */
  browser?: string;
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
  const launching = options.format === 'pdf' ? await startBrowser(options.browser, options.timeoutMs) : null;
  let browser: Browser | null = null;
  let closing: Promise<void> | null = null;
  try {
    const [{ validateFile }, { InvalidWorkbookError }, { buildReport, finalizeReport }, { printPage }, { discardBrowser }, { writeAtomic }] = await Promise.all([
      import('../validate/validate-file.js'),
      import('../validate/invalid-workbook-error.js'),
      import('./build-report.js'),
      import('../pdf/print-pdf.js'),
      import('../pdf/launch-browser.js'),
      import('../write/write-atomic.js'),
    ]);
    const v = await validateFile(options.file, { tw: options.tw });
    // A launch problem (exit 3) is only reported for a valid workbook (exit 1 first).
    if (!v.workbook) throw new InvalidWorkbookError(options.file, v.problems);
    const report = await buildReport({ ...v, workbook: v.workbook }, options);
    const path = join(options.outDir, report.fileName);
    if (!launching) {
      await writeAtomic(path, report.html);
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

/**
 * Loads the browser code, then spawns Chromium and returns at once with the pending launch
 * and the page to print in, made ready as soon as Chromium is up (the other modules are
 * imported only after the spawn, so they load while it boots). Failures surface when the
 * promises are awaited.
 */
async function startBrowser(explicit: string | undefined, timeoutMs: number): Promise<{ browser: Promise<Browser>; page: Promise<Page> }> {
  const [{ findBrowser }, { launchBrowser }, { openPage }] = await Promise.all([
    import('../pdf/find-browser.js'),
    import('../pdf/launch-browser.js'),
    import('../pdf/print-pdf.js'),
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
