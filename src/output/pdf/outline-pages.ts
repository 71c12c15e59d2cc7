/**
 * The page of each bookmark of a PDF, in outline order (depth first), for documents that
 * print their own table of contents: print once, read where each heading landed, print again
 * with the numbers. Kind-neutral: titles and 1-based page numbers only.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, ParseSpeeds, type PDFObject } from 'pdf-lib';

export interface OutlinePage {
  title: string;
  /** 1-based physical page; null when the bookmark has no page destination. */
  page: number | null;
}

export async function outlinePages(bytes: Uint8Array): Promise<OutlinePage[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pageIndex = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageIndex.set(p.ref.toString(), i + 1));
  const names = namedDestinations(doc);
  const out: OutlinePage[] = [];
  const pageOf = (item: PDFDict): number | null => {
    let dest: PDFObject | undefined = item.lookup(PDFName.of('Dest'));
    if (dest === undefined) {
      const action = item.lookupMaybe(PDFName.of('A'), PDFDict);
      dest = action?.lookup(PDFName.of('D'));
    }
    if (dest instanceof PDFString || dest instanceof PDFHexString || dest instanceof PDFName) {
      const key = dest instanceof PDFName ? dest.decodeText() : dest.decodeText();
      dest = names.get(key);
    }
    if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
    if (!(dest instanceof PDFArray)) return null;
    const target = dest.get(0);
    return target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? null) : null;
  };
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const t = item.lookup(PDFName.of('Title'));
      const title = t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : '';
      out.push({ title, page: pageOf(item) });
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return out;
}

/** Named destinations (Chromium writes bookmark targets as names in /Dests or the /Names tree). */
function namedDestinations(doc: PDFDocument): Map<string, PDFObject | undefined> {
  const map = new Map<string, PDFObject | undefined>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [k, v] of dests?.entries() ?? []) map.set(k.decodeText(), doc.context.lookup(v));
  const tree = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const visit = (node: PDFDict | undefined) => {
    if (!node) return;
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (pairs) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        const key = pairs.lookup(i);
        if (key instanceof PDFString || key instanceof PDFHexString) map.set(key.decodeText(), pairs.lookup(i + 1));
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; i < (kids?.size() ?? 0); i++) visit(kids!.lookup(i, PDFDict));
  };
  visit(tree);
  return map;
}
