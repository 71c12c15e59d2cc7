import type { Browser } from 'puppeteer-core';

/**
 * Browsers started by this process, so an interrupt (SIGINT/SIGTERM) can kill them
 * synchronously. Kept apart from launch-browser.ts so the entry point need not load puppeteer.
 */
export const liveBrowsers = new Set<Browser>();

/** Kills every browser this process started; safe to call from a signal handler. */
export function killLiveBrowsers(): void {
  for (const b of liveBrowsers) b.process()?.kill('SIGKILL');
  liveBrowsers.clear();
}
