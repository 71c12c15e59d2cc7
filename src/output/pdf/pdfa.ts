/**
 * PDF/A-2b (`--pdfa`): what Chromium's PDF lacks for it, added to a document loaded whole
 * in pdf-lib (finalize-pdf.ts, rewriteWhole):
 * - an sRGB OutputIntent with its ICC profile (templates/pdfa/sRGB.icc, zlib licence, from
 *   Debian's icc-profiles-free): Chromium paints in DeviceRGB and DeviceGray;
 * - XMP metadata (pdfaid part 2, conformance B) with the same values as the Info dictionary;
 * - every annotation (Chromium's links) marked printable (flag 4), as PDF/A requires.
 * The trailer ID is written by finalize-pdf for every PDF. Nothing here depends on the
 * time or the machine, so the output stays byte-identical for identical input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFString, type PDFDocument } from 'pdf-lib';
import { PACKAGE_ROOT } from '../../model/package-root.js';

export interface PdfAInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  producer: string;
  date: Date;
}

export const SRGB_PROFILE_PATH = join(PACKAGE_ROOT, 'templates', 'pdfa', 'sRGB.icc');
/** The registry name of the profile's condition (ICC's characterization registry). */
const SRGB_CONDITION = 'sRGB IEC61966-2.1';

let profile: Uint8Array | null = null;

export function makePdfA(doc: PDFDocument, info: PdfAInfo): void {
  const ctx = doc.context;
  profile ??= new Uint8Array(readFileSync(SRGB_PROFILE_PATH));
  const icc = ctx.register(ctx.flateStream(profile, { N: 3 }));
  const intent = ctx.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(SRGB_CONDITION),
    Info: PDFString.of(SRGB_CONDITION),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: icc,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([intent]));

  // Metadata streams stay unfiltered (PDF/A: readable without decoding).
  const xmp = ctx.stream(Buffer.from(xmpPacket(info), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(xmp));

  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const a = annots.lookup(i);
      if (!(a instanceof PDFDict)) continue;
      const flags = a.lookupMaybe(PDFName.of('F'), PDFNumber)?.asNumber() ?? 0;
      // Print on; Hidden, Invisible, NoView, ToggleNoView off.
      a.set(PDFName.of('F'), PDFNumber.of((flags | 4) & ~(1 | 2 | 32 | 256)));
    }
  }
}

/** `2023-10-02T00:00:00Z`: the same instant as the Info dictionary's `D:20231002000000Z`. */
export function xmpDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function xmpPacket(info: PdfAInfo): string {
  const date = xmpDate(info.date);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<pdfaid:part>2</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${esc(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${esc(info.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<pdf:Keywords>${esc(info.keywords)}</pdf:Keywords>`,
    `<pdf:Producer>${esc(info.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${esc(info.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    // Padding lets an editor rewrite the packet in place; PDF/A does not need it.
    '<?xpacket end="w"?>',
  ].join('\n');
}
