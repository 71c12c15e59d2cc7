import { join } from 'node:path';
import { findBrowser } from '../pdf/find-browser.js';
import { launchBrowser } from '../pdf/launch-browser.js';
import { InvalidWorkbookError } from '../validate/invalid-workbook-error.js';
import type { Problem } from '../validate/problem.js';
import { validateFile } from '../validate/validate-file.js';
import { writeAtomic } from '../write/write-atomic.js';
import { buildReport, printReport, type ReportOptions } from './build-report.js';

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

/** `lkj generate`: one workbook -> one LKj (PDF or HTML), written atomically. */
export async function generateCommand(options: GenerateOptions): Promise<GenerateResult> {
  const v = await validateFile(options.file, { tw: options.tw });
  if (!v.workbook) throw new InvalidWorkbookError(options.file, v.problems);
  const report = await buildReport({ ...v, workbook: v.workbook }, options);
  const path = join(options.outDir, report.fileName);
  if (options.format === 'html') {
    await writeAtomic(path, report.html);
    return { path, warnings: v.problems };
  }
  const browser = await launchBrowser(findBrowser({ explicit: options.browser }));
  try {
    const pdf = await printReport(browser, report, options.timeoutMs);
    await writeAtomic(path, pdf.bytes);
  } finally {
    await browser.close().catch(() => undefined);
  }
  return { path, warnings: v.problems };
}
