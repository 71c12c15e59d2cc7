import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { RenderError } from '../../model/errors.js';

export interface PrintOptions {
  /** Per-report limit for loading and printing. */
  timeoutMs: number;
}

/** The page's own address; it never reaches a network, the HTML is served from memory. */
const DOCUMENT_URL = 'https://lkj.invalid/laporan.html';

/** What each page is given to print; set by printPage, read by the page's request handler. */
const documents = new WeakMap<Page, string>();

/**
 * A page ready to print: no JavaScript, and no request leaves it except the document itself
 * (served from memory) and `data:` URLs, so workbook text can never fetch or run anything.
 * `blankTab` takes the empty tab Chromium opened at launch instead of a new one (a new tab
 * costs a fifth of a second): for a browser that prints one report and is then closed, which
 * closes the tab too (`lkj generate`).
 */
export async function openPage(browser: Browser, options: PrintOptions & { blankTab?: boolean }): Promise<Page> {
  try {
    const blank = options.blankTab ? (await browser.pages()).find((p) => p.url() === 'about:blank') : undefined;
    const page = blank ?? (await browser.newPage());
    page.on('request', (req: HTTPRequest) => {
      if (req.isInterceptResolutionHandled()) return;
      const url = req.url();
      const html = documents.get(page);
      if (url === DOCUMENT_URL && req.isNavigationRequest() && html !== undefined) {
        void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else if (url.startsWith('data:')) {
        void req.continue();
      } else {
        void req.abort('blockedbyclient');
      }
    });
    // JavaScript is also off for the whole browser (launch-browser.ts); this holds for any
    // Chromium given with --browser, whatever its flags did.
    await withTimeout(Promise.all([page.setJavaScriptEnabled(false), page.setRequestInterception(true)]), options.timeoutMs);
    return page;
  } catch (err) {
    throw asRenderError(err);
  }
}

/** Loads `html` into a page from openPage and prints it; the page stays the caller's. */
export async function printPage(page: Page, html: string, options: PrintOptions): Promise<Uint8Array> {
  documents.set(page, html);
  try {
    await withTimeout(page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: options.timeoutMs }), options.timeoutMs);
    return await withTimeout(
      page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
        waitForFonts: false,
        timeout: options.timeoutMs,
      }),
      options.timeoutMs,
    );
  } catch (err) {
    throw asRenderError(err);
  } finally {
    documents.delete(page);
  }
}

function asRenderError(err: unknown): RenderError {
  if (err instanceof RenderError) return err;
  const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  return new RenderError(`Pencetakan PDF gagal: ${reason}`);
}

/** A hung browser may never answer; give up after the limit. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderError(`Pencetakan melewati batas waktu ${Math.round(ms / 1000)} detik.`)), ms + 1000);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}
