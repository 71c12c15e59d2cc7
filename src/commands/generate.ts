import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
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
  const launching = options.format === 'pdf' ? (await startBrowser(options.browser)).launch : null;
  let browser: Browser | null = null;
  try {
    const [{ validateFile }, { InvalidWorkbookError }, { buildReport, printReport }, { writeAtomic }] = await Promise.all([
      import('../validate/validate-file.js'),
      import('../validate/invalid-workbook-error.js'),
      import('./build-report.js'),
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
    browser = await launching;
    const pdf = await printReport(browser, report, options.timeoutMs);
    await writeAtomic(path, pdf.bytes);
    return { path, warnings: v.problems };
  } finally {
    browser ??= launching ? await launching.catch(() => null) : null;
    await browser?.close().catch(() => undefined);
  }
}

/**
 * Loads the browser code, then spawns Chromium and returns at once with the pending launch
 * (the other modules are imported only after the spawn, so they load while it boots).
 * Failures surface when the launch is awaited.
 */
async function startBrowser(explicit: string | undefined): Promise<{ launch: Promise<Browser> }> {
  const [{ findBrowser }, { launchBrowser }] = await Promise.all([import('../pdf/find-browser.js'), import('../pdf/launch-browser.js')]);
  const p = (async () => launchBrowser(findBrowser({ explicit })))();
  // Awaited later (or only in finally): keep Node from calling it unhandled meanwhile.
  p.catch(() => undefined);
  // Wrapped: returning the bare promise from an async function would wait for the launch.
  return { launch: p };
}
