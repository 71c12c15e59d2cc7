import type { Browser, Page } from 'puppeteer-core';
import { discardBrowser, launchBrowser } from './launch-browser.js';
import { openPage, printPage, type PrintOptions } from './print-pdf.js';

/**
 * Prints per page before it is closed and a fresh one opened: reuse saves Chromium a new
 * tab (and renderer) per report, a third of a batch's time; retiring keeps memory flat.
 */
export const PRINTS_PER_PAGE = 50;

export interface PrinterOptions {
  /** How Chromium is started (tests pass their own). */
  launch?: (path: string) => Promise<Browser>;
  printsPerPage?: number;
}

/**
 * The one owner of the browser, for every command that prints (generate, batch and its
 * Rekap, watch): starts Chromium (early, with warm(), so it boots while the workbook is
 * read), keeps each page for the next document, relaunches after a crash or hang
 * (restart()), and always ends it: call close() in `finally` — the process group is killed
 * and its folder removed (see launchBrowser), a hung browser cannot hold lkj up.
 */
export class Printer {
  private browser: Promise<Browser> | null = null;
  /** Pages of the current browser that printed a document and wait for the next one. */
  private idle: Page[] = [];
  private readonly prints = new WeakMap<Page, number>();
  /** The tab Chromium opened at start, made ready by warm(); taken by the first print. */
  private startTab: Promise<Page> | null = null;
  launches = 0;
  private readonly launch: (path: string) => Promise<Browser>;
  private readonly printsPerPage: number;

  /**
   * `browser`: Chromium's path, or a function that finds it — called at the launch, so that
   * "no browser" (exit 3) is reported only once the workbook has been found valid (exit 1 first).
   */
  constructor(
    private readonly browserPath: string | (() => string),
    options: PrinterOptions = {},
  ) {
    this.launch = options.launch ?? launchBrowser;
    this.printsPerPage = options.printsPerPage ?? PRINTS_PER_PAGE;
  }

  /**
   * Starts Chromium now and readies its start-up tab for the first document (a new tab
   * costs a fifth of a second). Failures surface at the first print.
   */
  warm(timeoutMs: number): void {
    const browser = this.get();
    browser.catch(() => undefined);
    this.startTab = browser.then((b) => openPage(b, { timeoutMs, blankTab: true }));
    this.startTab.catch(() => undefined);
  }

  async get(): Promise<Browser> {
    if (this.browser) {
      const b = await this.browser.catch(() => null);
      if (b?.connected) return b;
    }
    this.launches++;
    const path = this.browserPath;
    this.browser = Promise.resolve().then(() => this.launch(typeof path === 'string' ? path : path()));
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

  /** A page ready to print in (see openPage): the start-up tab, an idle one of the live browser, or a new one. */
  private async page(timeoutMs: number): Promise<Page> {
    const startTab = this.startTab;
    this.startTab = null;
    if (startTab) return startTab;
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
    this.startTab = null;
    const b = await old?.catch(() => null);
    if (b) await discardBrowser(b);
  }

  async close(): Promise<void> {
    await this.restart();
  }
}
