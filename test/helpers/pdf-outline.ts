import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFStream, PDFString } from 'pdf-lib';

/** Bookmark titles, nested ones indented by two spaces per level. */
export async function pdfOutline(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file));
  const out: string[] = [];
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const t = item.lookup(PDFName.of('Title')) as PDFHexString | PDFString;
      out.push('  '.repeat(depth) + t.decodeText());
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return out;
}

/**
 * Every font the pages use (also inside form XObjects and annotation appearances), once each,
 * once per font object: its BaseFont name and whether its glyphs are in the file. A composite
 * (Type0) font is embedded when its descendant's descriptor carries a font file; a Type3 font
 * draws its glyphs with content streams, so it is always embedded.
 */
export async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const fonts = new Map<string, { name: string; embedded: boolean }>();
  const seen = new Set<PDFDict>();
  const embedded = (font: PDFDict): boolean => {
    if (font.lookupMaybe(PDFName.of('Subtype'), PDFName) === PDFName.of('Type3')) return true;
    const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
    const descriptor = (descendant ?? font).lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    return ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.has(PDFName.of(k)));
  };
  const walkResources = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    const fontDict = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [key, value] of fontDict?.entries() ?? []) {
      const font = doc.context.lookup(value, PDFDict);
      const id = value instanceof PDFRef ? value.toString() : `${key.asString()}@${fonts.size}`;
      const name = font.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '[none]';
      fonts.set(id, { name, embedded: embedded(font) });
      // A Type3 font's glyph procedures may use fonts of their own.
      walkResources(font.lookupMaybe(PDFName.of('Resources'), PDFDict));
    }
    const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, value] of xobjects?.entries() ?? []) {
      const xobject = doc.context.lookup(value);
      if (xobject instanceof PDFStream) walkResources(xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
    }
  };
  for (const page of doc.getPages()) {
    walkResources(page.node.Resources());
    for (const annot of page.node.Annots()?.asArray() ?? []) {
      const ap = doc.context.lookupMaybe(annot, PDFDict)?.lookupMaybe(PDFName.of('AP'), PDFDict);
      for (const [, appearance] of ap?.entries() ?? []) {
        // An appearance is a stream, or a dict of streams by state (on/off).
        const entry = doc.context.lookup(appearance);
        const streams = entry instanceof PDFDict ? entry.values().map((v) => doc.context.lookup(v)) : [entry];
        for (const stream of streams) {
          if (stream instanceof PDFStream) walkResources(stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
        }
      }
    }
  }
  return [...fonts.values()];
}
