import puppeteer, { type Browser } from 'puppeteer-core';
import { RenderError } from '../errors.js';
import { liveBrowsers } from './live-browsers.js';

/** Flags that keep Chromium off the network and quiet in CI and offline offices. */
export const BROWSER_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-quic',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--font-render-hinting=none',
  // No name resolves: even a connection attempt (preconnect, a custom template's iframe)
  // cannot leave the machine; every asset is a data: URL anyway.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  // No page ever needs JavaScript (the report is static HTML). Off for the whole browser,
  // scripts never get a context to run in, which also makes loading and printing a page
  // markedly faster than switching them off per page (print-pdf.ts does that too).
  '--blink-settings=scriptEnabled=false',
];

/** Starts headless Chromium; the caller owns it and must close it in `finally`. */
export async function launchBrowser(executablePath: string): Promise<Browser> {
  const args = [...BROWSER_ARGS];
  // Chromium refuses to start its sandbox as root (CI containers); only then drop it.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  try {
    const browser = await puppeteer.launch({ executablePath, headless: true, args, timeout: 60_000, pipe: true });
    liveBrowsers.add(browser);
    browser.once('disconnected', () => liveBrowsers.delete(browser));
    return browser;
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new RenderError(`Peramban "${executablePath}" gagal dijalankan: ${reason}`);
  }
}

/**
 * Ends a browser whose work is done and whose state is worth nothing (`lkj generate`'s,
 * once its report is printed): its whole process group is killed at once, as puppeteer
 * itself does when a graceful close fails, instead of a graceful shutdown that takes a fifth
 * of a second. puppeteer still removes the temporary profile when the process has exited.
 */
export async function discardBrowser(browser: Browser): Promise<void> {
  const pid = browser.process()?.pid;
  if (pid !== undefined && process.platform !== 'win32') {
    try {
      // Chromium is started in a process group of its own (detached): this ends every helper.
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await browser.close().catch(() => undefined);
}
