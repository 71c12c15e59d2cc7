import puppeteer, { type Browser } from 'puppeteer-core';
import { RenderError } from '../../model/errors.js';
import { BrowserHome } from './live-browsers.js';

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

/**
 * Starts headless Chromium; the caller owns it and must close it in `finally`. Everything it
 * writes goes to a folder of lkj's own (see BrowserHome), removed as soon as its process has
 * exited, before browser.close() settles, and at the latest when lkj exits.
 */
export async function launchBrowser(executablePath: string): Promise<Browser> {
  let home: BrowserHome | undefined;
  try {
    home = new BrowserHome();
    const args = [...BROWSER_ARGS, `--user-data-dir=${home.profile}`];
    // Chromium refuses to start its sandbox as root (CI containers); only then drop it.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    // Chromium's own temporary files (base::GetTempDir) follow TMPDIR (TMP/TEMP on Windows).
    const env = home.tmp ? { ...process.env, TMPDIR: home.tmp, TMP: home.tmp, TEMP: home.tmp } : process.env;
    // Signals are lkj's to handle (src/main.ts): puppeteer's own handlers would exit at once.
    const browser = await puppeteer.launch({ executablePath, headless: true, args, env, timeout: 60_000, pipe: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    const proc = browser.process();
    home.attach(proc?.pid);
    const release = home.release.bind(home);
    // However it ends (closed, killed, crashed), the folder goes as soon as the process has exited.
    if (proc && (proc.exitCode !== null || proc.signalCode !== null)) void release();
    else proc?.once('exit', () => void release());
    // And closing means cleaned: close() settles only once the processes are gone and the
    // folder removed, whoever calls it (lkj's commands, BrowserSession, tests).
    const close = browser.close.bind(browser);
    browser.close = async () => {
      try {
        await close();
      } finally {
        await release();
      }
    };
    return browser;
  } catch (err) {
    await home?.release();
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new RenderError(`Peramban "${executablePath}" gagal dijalankan: ${reason}`);
  }
}

/**
 * Ends a browser whose work is done and whose state is worth nothing (`lkj generate`'s,
 * once its report is printed): its whole process group is killed at once, as puppeteer
 * itself does when a graceful close fails, instead of a graceful shutdown that takes a fifth
 * of a second. Its folder is removed when the process has exited (see launchBrowser).
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
