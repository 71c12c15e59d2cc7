import type { Browser, Page } from 'puppeteer-core';
import { discardBrowser, launchBrowser } from './launch-browser.js';
import { openPage, printPage, type PrintOptions } from './print-pdf.js';

/**
 * Prints per page before it is closed and a fresh one opened: reuse saves Chromium a new
 * tab (and renderer) per report, a third of a batch's time; retiring keeps memory flat.
 */
export const PRINTS_PER_PAGE = 50;

/**
 * One browser shared by a whole batch, relaunched when it dies (crash, kill -9) so the
 * remaining reports still print. The session owns the browser: call close() in `finally`.
 */
export class BrowserSession {
  private browser: Promise<Browser> | null = null;
  /** Pages of the current browser that printed a report and wait for the next one. */
  private idle: Page[] = [];
  private readonly prints = new WeakMap<Page, number>();
  launches = 0;

  constructor(
    private readonly executablePath: string,
    private readonly launch: (path: string) => Promise<Browser> = launchBrowser,
    private readonly printsPerPage: number = PRINTS_PER_PAGE,
  ) {}

  async get(): Promise<Browser> {
    if (this.browser) {
      const b = await this.browser.catch(() => null);
      if (b?.connected) return b;
    }
    this.launches++;
    this.browser = this.launch(this.executablePath);
    return this.browser;
  }

  /**
   * Prints one document in a page kept from an earlier report (or a new one). A page that
   * failed is closed; the caller decides whether the browser needs a restart().
   */
  async print(html: string, options: PrintOptions): Promise<Uint8Array> {
    const page = await this.page(options.timeoutMs);
    try {
      const pdf = await printPage(page, html, options);
      this.release(page);
      return pdf;
    } catch (err) {
      void page.close().catch(() => undefined);
      throw err;
    }
  }

  /** A page ready to print in (see openPage): an idle one of the live browser, or a new one. */
  private async page(timeoutMs: number): Promise<Page> {
    const browser = await this.get();
    for (let p = this.idle.pop(); p; p = this.idle.pop()) {
      if (!p.isClosed() && p.browser() === browser) return p;
    }
    return openPage(browser, { timeoutMs });
  }

  /** A page that printed its report: kept for the next one (until it has printed printsPerPage). */
  private release(page: Page): void {
    const n = (this.prints.get(page) ?? 0) + 1;
    this.prints.set(page, n);
    if (n >= this.printsPerPage || page.isClosed() || !page.browser().connected) void page.close().catch(() => undefined);
    else this.idle.push(page);
  }

  /**
   * Throws the current browser away (it hung or crashed); the next get() starts a new one.
   * Killed, not asked to close: a hung browser may never answer, and its state is worth
   * nothing. Its processes and folder are gone when this resolves (see launchBrowser).
   */
  async restart(): Promise<void> {
    const old = this.browser;
    this.browser = null;
    this.idle = [];
    const b = await old?.catch(() => null);
    if (b) await discardBrowser(b);
  }

  async close(): Promise<void> {
    await this.restart();
  }
}
