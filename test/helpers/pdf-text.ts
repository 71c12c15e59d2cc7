/**
 * Reads PDFs with pdf.js (pdfjs-dist), so the tests need only Node and Chromium: no poppler.
 * The shapes follow poppler's command-line tools, which the tests were first written against:
 * plain text with a form feed after each page, and the same info field names and formats.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, PDFDateString, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';

// pdf.js fetches these on demand (fonts a PDF does not embed, CMaps, image decoders); on Node
// they are read from the package's own folders, which need a trailing slash.
const pkg = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const assets = (name: string) => join(pkg, name) + '/';

// pdf.js prints its warnings with console.warn. While any document is open, they are collected
// for every open one (documents read at the same time cannot be told apart).
const collectors = new Set<string[]>();
const consoleWarn = console.warn;
function collectWarnings(into: string[]): () => void {
  if (collectors.size === 0) {
    console.warn = (...args: unknown[]) => {
      const msg = args.map(String).join(' ');
      if (msg.startsWith('Warning:')) for (const c of collectors) c.push(msg);
      else consoleWarn(...args);
    };
  }
  collectors.add(into);
  return () => {
    collectors.delete(into);
    if (collectors.size === 0) console.warn = consoleWarn;
  };
}

/**
 * Opens a PDF with pdf.js, runs `use` on it, and returns its result with every warning pdf.js
 * printed meanwhile (it reports recovered damage, e.g. a broken xref, only as a warning).
 */
export async function withPdfjs<T>(file: string, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const stop = collectWarnings(warnings);
  try {
    const task = getDocument({
      data: new Uint8Array(readFileSync(file)),
      verbosity: VerbosityLevel.WARNINGS,
      isEvalSupported: false,
      standardFontDataUrl: assets('standard_fonts'),
      cMapUrl: assets('cmaps'),
      cMapPacked: true,
      wasmUrl: assets('wasm'),
    });
    const doc = await task.promise;
    try {
      return { result: await use(doc), warnings };
    } finally {
      await task.destroy();
    }
  } finally {
    stop();
  }
}

/**
 * The text of a PDF in the order it is drawn (for Chromium's PDFs: the document's order),
 * words separated by a space, lines by a newline and each page followed by a form feed.
 */
export async function pdfText(file: string): Promise<string> {
  const { result } = await withPdfjs(file, async (doc) => {
    let out = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const items = (await page.getTextContent()).items.filter((i): i is TextItem => 'str' in i);
      out += pageText(items) + '\f';
    }
    return out;
  });
  return result;
}

/** Joins text items: a newline where the baseline moves, a space where the pen jumps along it. */
function pageText(items: TextItem[]): string {
  let text = '';
  let prev: TextItem | undefined;
  for (const item of items) {
    if (prev && !prev.hasEOL && item.str) {
      const size = Math.hypot(item.transform[2]!, item.transform[3]!) || 1;
      const [px, py] = [prev.transform[4]!, prev.transform[5]!];
      const [x, y] = [item.transform[4]!, item.transform[5]!];
      if (Math.abs(y - py) > size / 2) text += '\n';
      else if (Math.abs(x - (px + prev.width)) > size * 0.15 && !/\s/.test(text.at(-1) ?? ' ') && !/^\s/.test(item.str)) text += ' ';
    }
    text += item.str;
    if (item.hasEOL) text += '\n';
    if (item.str || item.hasEOL) prev = item;
  }
  // pdf.js marks a jump to a new text block with an empty end-of-line item; one newline is enough.
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
}

/** ISO A-series name of a page size, as poppler prints it (within 1 pt). */
function paperName(w: number, h: number): string {
  if ((Math.abs(w - 612) < 1 && Math.abs(h - 792) < 1) || (Math.abs(w - 792) < 1 && Math.abs(h - 612) < 1)) return ' (letter)';
  let hIso = (Math.sqrt(Math.sqrt(2)) * 7200) / 2.54;
  let wIso = hIso / Math.SQRT2;
  for (let i = 0; i <= 6; i++) {
    if ((Math.abs(w - wIso) < 1 && Math.abs(h - hIso) < 1) || (Math.abs(w - hIso) < 1 && Math.abs(h - wIso) < 1)) return ` (A${i})`;
    hIso = wIso;
    wIso /= Math.SQRT2;
  }
  return '';
}

/** A PDF date as poppler prints it, here in UTC, e.g. "Mon Oct  2 00:00:00 2023 UTC". */
function infoDate(value: unknown): string | undefined {
  const d = typeof value === 'string' ? PDFDateString.toDateObject(value) : null;
  if (!d) return undefined;
  const [day, mon, date, time, year] = [d.toUTCString().slice(0, 3), d.toUTCString().slice(8, 11), d.getUTCDate(), d.toISOString().slice(11, 19), d.getUTCFullYear()];
  return `${day} ${mon} ${String(date).padStart(2, ' ')} ${time} ${year} UTC`;
}

const g = (n: number) => String(Number(n.toFixed(2)));

/** Document info as poppler names it: Title, Author, Subject, Keywords, Creator, Producer, CreationDate, ModDate, Tagged, Pages, Page size. */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { result } = await withPdfjs(file, async (doc) => {
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    const out: Record<string, string> = {};
    for (const key of ['Title', 'Subject', 'Keywords', 'Author', 'Creator', 'Producer']) {
      if (typeof info[key] === 'string') out[key] = info[key] as string;
    }
    for (const key of ['CreationDate', 'ModDate']) {
      const date = infoDate(info[key]);
      if (date) out[key] = date;
    }
    out.Tagged = (await doc.getMarkInfo())?.Marked ? 'yes' : 'no';
    out.Pages = String(doc.numPages);
    // Poppler reports the first page's crop box, which pdf.js calls the view.
    const [x0, y0, x1, y1] = (await doc.getPage(1)).view as [number, number, number, number];
    const [w, h] = [x1 - x0, y1 - y0];
    out['Page size'] = `${g(w)} x ${g(h)} pts${paperName(w, h)}`;
    out['PDF version'] = String(info.PDFFormatVersion ?? '');
    return out;
  });
  return result;
}

/** Collapses whitespace so phrases can be matched across line breaks. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
