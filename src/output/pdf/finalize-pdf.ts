import {
  ParseSpeeds,
  PDFArray,
  PDFBool,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  /** Report date (signing date): what the document is dated, and the same on every run. */
  date: Date;
  language: string;
  /**
   * Bookmark titles in document order. Chromium names bookmarks after the visible heading
   * text (`P E N U T U P`, non-breaking spaces); these clean titles replace them.
   */
  outline?: string[];
  /** PDF/A-2b (`--pdfa`, see pdfa.ts): always the whole-rewrite path. */
  pdfa?: boolean;
}

/**
 * Sets the document's metadata and removes what Chrome varies between runs (timestamps,
 * document ID), so the same workbook gives byte-identical PDFs. Outline and tags are kept.
 *
 * The changes are appended to Chromium's file as a PDF incremental update (only the dozen
 * objects that change are parsed and written, with pdf-lib's parser and serialiser): a full
 * pdf-lib load and save of a tagged report costs a fifth of a second in a fresh process, the
 * longest step after printing in `lkj generate`. A file not laid out as Chromium writes it
 * (one classic cross-reference table) is rewritten whole by pdf-lib instead; both ways give
 * the same metadata and bookmarks.
 */
export async function finalizePdf(bytes: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  const pdf = renumberNodeIds(bytes);
  // PDF/A adds streams (XMP, ICC profile) and touches every link annotation: written whole.
  if (meta.pdfa) return rewriteWhole(pdf, meta);
  return appendUpdate(pdf, meta) ?? (await rewriteWhole(pdf, meta));
}

/** The whole document through pdf-lib (load, edit, save). */
export async function rewriteWhole(bytes: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const ctx = doc.context;
  // Chromium's Info (its print time, its name) is dropped, not left unreferenced in the file.
  const oldInfo = ctx.trailerInfo.Info;
  if (oldInfo instanceof PDFRef) ctx.delete(oldInfo);
  ctx.trailerInfo.Info = ctx.register(infoDict(ctx, meta));
  setCatalogEntries(doc.catalog, meta);
  const outlines = doc.catalog.get(PDFName.of('Outlines'));
  const firstPage = doc.getPages()[0];
  if (meta.outline && outlines instanceof PDFRef && firstPage) editOutline(ctx, outlines, firstPage.ref, meta.outline);
  ctx.trailerInfo.ID = fileId(ctx, meta);
  if (meta.pdfa) {
    const { makePdfA } = await import('./pdfa.js');
    makePdfA(doc, {
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      keywords: meta.keywords.join(' '),
      creator: meta.creator,
      producer: meta.creator,
      date: meta.date,
    });
  }
  // objectsPerTick: no pauses to yield the event loop: a report is small.
  return { bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), pages: doc.getPageCount() };
}

/**
 * The changes as an incremental update, or null when the file is not the simple shape
 * expected (then the caller rewrites it whole). Chromium's own Info dictionary stays in the
 * file, superseded; its timestamps are overwritten in place (same width) with the report
 * date so that nothing in the bytes depends on when the report was printed.
 */
export function appendUpdate(bytes: Uint8Array, meta: PdfMetadata): { bytes: Uint8Array; pages: number } | null {
  try {
    return appendUpdateOrThrow(bytes, meta);
  } catch {
    return null;
  }
}

function appendUpdateOrThrow(bytes: Uint8Array, meta: PdfMetadata): { bytes: Uint8Array; pages: number } | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!tail) return null;
  const xrefAt = Number(tail[1]);
  const table = /^xref\s+0 (\d+)\s+/.exec(text.slice(xrefAt, xrefAt + 64));
  if (!table) return null;
  const size = Number(table[1]);
  const entriesAt = xrefAt + table[0].length;
  const offsets: number[] = [];
  for (let n = 0; n < size; n++) {
    const e = text.slice(entriesAt + 20 * n, entriesAt + 20 * n + 18);
    if (!/^\d{10} \d{5} [nf]$/.test(e)) return null;
    offsets.push(e.endsWith('n') ? Number(e.slice(0, 10)) : -1);
  }
  const ctx = PDFContext.create();
  const parseAt = (at: number): PDFObject => PDFObjectParser.forBytes(bytes.subarray(at), ctx).parseObject();
  const trailerAt = text.indexOf('trailer', entriesAt + 20 * size);
  if (trailerAt < 0 || trailerAt > entriesAt + 20 * size + 4) return null;
  const trailer = parseAt(trailerAt + 'trailer'.length);
  if (!(trailer instanceof PDFDict) || trailer.has(PDFName.of('Prev')) || trailer.has(PDFName.of('XRefStm'))) return null;
  const rootRef = trailer.get(PDFName.of('Root'));
  const infoRef = trailer.get(PDFName.of('Info'));
  if (!(rootRef instanceof PDFRef) || !(infoRef instanceof PDFRef)) return null;

  /** Parses an object (a dictionary, never a stream) into the context on first use. */
  const load = (ref: PDFRef): PDFObject => {
    const known = ctx.lookup(ref);
    if (known) return known;
    const at = offsets[ref.objectNumber] ?? -1;
    const header = at < 0 ? null : new RegExp(`^${ref.objectNumber} ${ref.generationNumber} obj\\s*`).exec(text.slice(at, at + 32));
    if (!header) throw new Error(`object ${ref.toString()} not found`);
    const obj = parseAt(at + header[0].length);
    ctx.assign(ref, obj);
    return obj;
  };
  const dict = (ref: unknown): PDFDict => {
    const obj = ref instanceof PDFRef ? load(ref) : ref;
    if (!(obj instanceof PDFDict)) throw new Error('dictionary expected');
    return obj;
  };

  const catalog = dict(rootRef);
  const pagesRoot = dict(catalog.get(PDFName.of('Pages')));
  const pageCount = pagesRoot.lookup(PDFName.of('Count'), PDFNumber).asNumber();
  let firstPage: unknown = pagesRoot.lookup(PDFName.of('Kids'), PDFArray).get(0);
  while (dict(firstPage).get(PDFName.of('Type')) === PDFName.of('Pages')) firstPage = dict(firstPage).lookup(PDFName.of('Kids'), PDFArray).get(0);
  if (!(firstPage instanceof PDFRef)) return null;

  ctx.largestObjectNumber = size - 1;
  const changed = new Set<PDFRef>([rootRef, infoRef]);
  setCatalogEntries(catalog, meta);
  ctx.assign(infoRef, infoDict(ctx, meta));
  const outlines = catalog.get(PDFName.of('Outlines'));
  if (meta.outline && outlines instanceof PDFRef) {
    // Every bookmark is read before the shared edit walks them.
    const preload = (ref: unknown): void => {
      for (let item = ref; item instanceof PDFRef; item = dict(item).get(PDFName.of('Next'))) preload(dict(item).get(PDFName.of('First')));
    };
    preload(dict(outlines).get(PDFName.of('First')));
    for (const ref of editOutline(ctx, outlines, firstPage, meta.outline)) changed.add(ref);
  }

  // Chromium's timestamps, overwritten where they stand: D:YYYYMMDDHHmmSS keeps its width.
  const stamp = PDFString.fromDate(meta.date).asString().slice(2, 16);
  const infoAt = offsets[infoRef.objectNumber] ?? -1;
  const infoEnd = text.indexOf('endobj', infoAt);
  const oldInfo = text.slice(infoAt, infoEnd).replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, (_, key: string) => `${key}${stamp}`);
  const base = text.slice(0, infoAt) + oldInfo + text.slice(infoEnd);

  let out = base.endsWith('\n') ? base : `${base}\n`;
  const refs = [...changed].sort((a, b) => a.objectNumber - b.objectNumber);
  const at = new Map<number, number>();
  for (const ref of refs) {
    at.set(ref.objectNumber, out.length);
    out += `${ref.objectNumber} 0 obj\n${ctx.lookup(ref)!.toString()}\nendobj\n`;
  }
  const xref = out.length;
  out += 'xref\n';
  for (let i = 0; i < refs.length; ) {
    let j = i;
    while (j + 1 < refs.length && refs[j + 1]!.objectNumber === refs[j]!.objectNumber + 1) j++;
    out += `${refs[i]!.objectNumber} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) out += `${String(at.get(refs[k]!.objectNumber)).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  const newTrailer = ctx.obj({ Size: Math.max(size, ctx.largestObjectNumber + 1), Root: rootRef, Info: infoRef, Prev: xrefAt });
  newTrailer.set(PDFName.of('ID'), fileId(ctx, meta));
  out += `trailer\n${newTrailer.toString()}\nstartxref\n${xref}\n%%EOF\n`;
  return { bytes: new Uint8Array(Buffer.from(out, 'latin1')), pages: pageCount };
}

function infoDict(ctx: PDFContext, meta: PdfMetadata): PDFDict {
  return ctx.obj({
    Title: PDFHexString.fromText(meta.title),
    Author: PDFHexString.fromText(meta.author),
    Subject: PDFHexString.fromText(meta.subject),
    Keywords: PDFHexString.fromText(meta.keywords.join(' ')),
    Creator: PDFHexString.fromText(meta.creator),
    Producer: PDFHexString.fromText(meta.creator),
    CreationDate: PDFString.fromDate(meta.date),
    ModDate: PDFString.fromDate(meta.date),
  });
}

/** Document language, and readers show the title rather than the file name. */
function setCatalogEntries(catalog: PDFDict, meta: PdfMetadata): void {
  catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  const prefs = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  if (prefs) prefs.set(PDFName.of('DisplayDocTitle'), PDFBool.True);
  else catalog.set(PDFName.of('ViewerPreferences'), catalog.context.obj({ DisplayDocTitle: true }));
}

/** A fixed file identifier derived from the content keeps the bytes stable. */
function fileId(ctx: PDFContext, meta: PdfMetadata): PDFArray {
  const id = PDFHexString.of(Buffer.from(meta.title + meta.date.toISOString()).toString('hex').slice(0, 32).padEnd(32, '0'));
  return ctx.obj([id, id]);
}

/**
 * Chromium bookmarks headings only; the cover (page 1) gets one first in line. Then every
 * bookmark gets its clean title, when the counts agree (a custom template may have other
 * headings: then Chromium's own titles stay). Returns the objects it changed or added.
 */
function editOutline(ctx: PDFContext, outlinesRef: PDFRef, firstPage: PDFRef, titles: string[]): PDFRef[] {
  const root = ctx.lookup(outlinesRef, PDFDict);
  const first = root.get(PDFName.of('First'));
  if (!(first instanceof PDFRef)) return [];
  const cover = ctx.register(
    ctx.obj({
      Title: PDFHexString.fromText(titles[0] ?? 'Sampul'),
      Parent: outlinesRef,
      Next: first,
      Dest: [firstPage, 'Fit'],
    }),
  );
  ctx.lookup(first, PDFDict).set(PDFName.of('Prev'), cover);
  root.set(PDFName.of('First'), cover);
  const count = root.lookupMaybe(PDFName.of('Count'), PDFNumber);
  if (count) root.set(PDFName.of('Count'), PDFNumber.of(count.asNumber() + 1));

  const items: PDFRef[] = [];
  const walk = (ref: unknown) => {
    for (let item = ref; item instanceof PDFRef; item = ctx.lookup(item, PDFDict).get(PDFName.of('Next'))) {
      items.push(item);
      walk(ctx.lookup(item, PDFDict).get(PDFName.of('First')));
    }
  };
  walk(cover);
  if (items.length === titles.length) items.forEach((ref, i) => ctx.lookup(ref, PDFDict).set(PDFName.of('Title'), PDFHexString.fromText(titles[i]!)));
  return [outlinesRef, ...items];
}

/**
 * Chromium names tagged-PDF structure elements `(node00000123)` from a counter shared by
 * everything its renderer has printed, so the same report printed after another one gets
 * other numbers. Renumbering by rank (same width, so byte offsets stay valid) makes the
 * output independent of what was printed before.
 */
export function renumberNodeIds(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const ids = [...new Set(Array.from(text.matchAll(/\(node(\d{8})\)/g), (m) => m[1]!))].sort();
  if (ids.length === 0) return bytes;
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
  return Buffer.from(text.replace(/\(node(\d{8})\)/g, (_, id: string) => `(node${rank.get(id)!})`), 'latin1');
}
