import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';

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
}

/**
 * Sets the document's metadata and removes what Chrome varies between runs (timestamps,
 * document ID), so the same workbook gives byte-identical PDFs. Outline and tags are kept.
 */
export async function finalizePdf(bytes: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(renumberNodeIds(bytes), { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.creator);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage(meta.language);
  if (meta.outline) {
    addCoverBookmark(doc, meta.outline[0] ?? 'Sampul');
    retitleOutline(doc, meta.outline);
  }
  // A fixed file identifier derived from the content keeps the bytes stable.
  const id = PDFHexString.of(Buffer.from(meta.title + meta.date.toISOString()).toString('hex').slice(0, 32).padEnd(32, '0'));
  doc.context.trailerInfo.ID = PDFArray.withContext(doc.context);
  (doc.context.trailerInfo.ID as PDFArray).push(id);
  (doc.context.trailerInfo.ID as PDFArray).push(id);
  // objectsPerTick: no pauses to yield the event loop: a report is small.
  return { bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), pages: doc.getPageCount() };
}

/** Chromium bookmarks headings only; the cover (page 1) has none, so it gets one first in line. */
function addCoverBookmark(doc: PDFDocument, title: string): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const first = root?.get(PDFName.of('First'));
  const page = doc.getPages()[0];
  if (!root || !first || !page) return;
  const ctx = doc.context;
  const item = ctx.obj({
    Title: PDFHexString.fromText(title),
    Parent: ctx.getObjectRef(root) ?? root,
    Next: first,
    Dest: [page.ref, 'Fit'],
  });
  const ref = ctx.register(item);
  root.lookup(PDFName.of('First'), PDFDict).set(PDFName.of('Prev'), ref);
  root.set(PDFName.of('First'), ref);
  const count = root.lookupMaybe(PDFName.of('Count'), PDFNumber);
  if (count) root.set(PDFName.of('Count'), PDFNumber.of(count.asNumber() + 1));
}

/** Depth-first walk of the outline tree, renaming items when the counts agree. */
function retitleOutline(doc: PDFDocument, titles: string[]): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) return;
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(item);
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(root.lookupMaybe(PDFName.of('First'), PDFDict));
  // A custom template may have other headings: then Chromium's own titles stay.
  if (items.length !== titles.length) return;
  items.forEach((item, i) => item.set(PDFName.of('Title'), PDFHexString.fromText(titles[i]!)));
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
