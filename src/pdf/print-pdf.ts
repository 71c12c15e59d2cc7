import type { Browser, HTTPRequest } from 'puppeteer-core';
import { RenderError } from '../errors.js';

export interface PrintOptions {
  /** Per-report limit for loading and printing. */
  timeoutMs: number;
}

/** The page's own address; it never reaches a network, the HTML is served from memory. */
const DOCUMENT_URL = 'https://lkj.invalid/laporan.html';

/**
 * Prints one self-contained HTML document to PDF bytes. The page runs without JavaScript
 * and may load nothing but `data:` URLs, so workbook text can never fetch or run anything.
 * The page is always closed; the browser belongs to the caller.
 */
export async function printPdf(browser: Browser, html: string, options: PrintOptions): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      if (req.isInterceptResolutionHandled()) return;
      const url = req.url();
      if (url === DOCUMENT_URL && req.isNavigationRequest()) {
        void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else if (url.startsWith('data:')) {
        void req.continue();
      } else {
        void req.abort('blockedbyclient');
      }
    });
    await withTimeout(page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: options.timeoutMs }), options.timeoutMs);
    const pdf = await withTimeout(
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
    return pdf;
  } catch (err) {
    if (err instanceof RenderError) throw err;
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new RenderError(`Pencetakan PDF gagal: ${reason}`);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** A hung browser may never answer; give up after the limit. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderError(`Pencetakan melewati batas waktu ${Math.round(ms / 1000)} detik.`)), ms + 1000);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}
