/**
 * The render floor: prints already-rendered HTML files to PDF with nothing else around it
 * (no workbook reading, no validation, no templates, no PDF post-processing). One browser,
 * `concurrency` pages at a time, the same launch flags as lkj (BROWSER_ARGS) and the same
 * way of loading the page (request interception serving the HTML, JavaScript off) and the
 * same page.pdf options as src/output/pdf/print-pdf.ts.
 *
 *   render-floor <htmlDir> <outDir> [concurrency=2] [--set-content] [--reuse-pages]
 *
 * --set-content loads with page.setContent instead of interception (for comparison).
 * --reuse-pages keeps one page per worker for all its files (as lkj batch does) instead of
 * a new page per file.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { BROWSER_ARGS } from '../src/output/pdf/launch-browser.js';

const argv = process.argv.slice(2);
const setContent = argv.includes('--set-content');
const reusePages = argv.includes('--reuse-pages');
const [htmlDir, outDir, k] = argv.filter((a) => !a.startsWith('--'));
if (!htmlDir || !outDir) throw new Error('usage: render-floor <htmlDir> <outDir> [concurrency]');
const concurrency = Number(k ?? 2);
const executablePath = process.env.LKJ_BROWSER ?? '/usr/bin/chromium';
const URL = 'https://lkj.invalid/laporan.html';

/** Per page: the HTML its next navigation is answered with. */
const documents = new WeakMap<Page, string>();

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  if (!setContent) {
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      if (req.isInterceptResolutionHandled()) return;
      const url = req.url();
      if (url === URL && req.isNavigationRequest()) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: documents.get(page) ?? '' });
      else if (url.startsWith('data:')) void req.continue();
      else void req.abort('blockedbyclient');
    });
  }
  return page;
}

async function printIn(page: Page, html: string): Promise<Uint8Array> {
  if (setContent) {
    await page.setContent(html, { waitUntil: 'load' });
  } else {
    documents.set(page, html);
    await page.goto(URL, { waitUntil: 'load' });
  }
  return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, waitForFonts: false });
}

const files = (await readdir(htmlDir)).filter((f) => f.endsWith('.html')).sort();
await mkdir(outDir, { recursive: true });
const args = [...BROWSER_ARGS];
if (process.getuid?.() === 0) args.push('--no-sandbox');
const browser = await puppeteer.launch({ executablePath, headless: true, args, pipe: true, timeout: 60_000 });
try {
  let next = 0;
  const worker = async () => {
    let kept: Page | null = null;
    while (next < files.length) {
      const f = files[next++]!;
      const html = await readFile(path.join(htmlDir, f), 'utf8');
      const page: Page = kept ?? (await openPage(browser));
      const pdf = await printIn(page, html);
      if (reusePages) kept = page;
      else await page.close();
      await writeFile(path.join(outDir, f.replace(/\.html$/, '.pdf')), pdf);
    }
    await kept?.close();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
} finally {
  await browser.close();
}
console.log(`${files.length} PDF`);
