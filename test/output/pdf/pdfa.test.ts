/**
 * `--pdfa` on the whole-rewrite path: OutputIntent, XMP matching the Info dictionary,
 * printable annotations, nothing of the printer's own Info left, same bytes every run.
 */
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finalizePdf, type PdfMetadata } from '../../../src/output/pdf/finalize-pdf.js';
import { SRGB_PROFILE_PATH, xmpDate, xmpPacket } from '../../../src/output/pdf/pdfa.js';

const META: PdfMetadata = {
  title: 'Laporan Kinerja <Triwulan> III & "2023"',
  author: 'Bidang Penempatan',
  subject: 'LKj TW III 2023',
  keywords: ['LKj', 'TW3'],
  creator: 'lkj test',
  date: new Date('2023-10-02T00:00:00Z'),
  language: 'id',
  pdfa: true,
};

/** A small PDF as a printer leaves it: its own Info with a print time, a hidden link annotation. */
async function printed(printTime: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setProducer('Skia/PDF');
  doc.setCreationDate(printTime);
  const page = doc.addPage([595, 842]);
  const link = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], F: 2, A: { S: 'URI', URI: PDFString.of('https://example.org') } }));
  page.node.set(PDFName.of('Annots'), doc.context.obj([link]));
  return doc.save({ useObjectStreams: false });
}

describe('finalizePdf with pdfa', () => {
  it('adds the sRGB OutputIntent with the profile kept in the repository', async () => {
    const doc = await PDFDocument.load((await finalizePdf(await printed(new Date()), META)).bytes, { updateMetadata: false });
    const intent = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(intent.lookup(PDFName.of('OutputConditionIdentifier'), PDFString).asString()).toBe('sRGB IEC61966-2.1');
    const icc = intent.lookup(PDFName.of('DestOutputProfile'), PDFStream) as PDFRawStream;
    expect(Buffer.from(decodePDFRawStream(icc).decode()).equals(readFileSync(SRGB_PROFILE_PATH))).toBe(true);
    // An ICC profile of an RGB display device (header: colour space 'RGB ', class 'mntr').
    const profile = readFileSync(SRGB_PROFILE_PATH);
    expect(profile.toString('latin1', 16, 20)).toBe('RGB ');
    expect(profile.toString('latin1', 12, 16)).toBe('mntr');
  });

  it('writes unfiltered XMP whose fields equal the Info dictionary', async () => {
    const doc = await PDFDocument.load((await finalizePdf(await printed(new Date()), META)).bytes, { updateMetadata: false });
    const meta = doc.catalog.lookup(PDFName.of('Metadata'), PDFStream) as PDFRawStream;
    expect(meta.dict.has(PDFName.of('Filter'))).toBe(false);
    const xmp = Buffer.from(meta.getContents()).toString('utf8');
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    const text = (k: string) => (info.get(PDFName.of(k)) as PDFHexString).decodeText();
    expect(text('Title')).toBe(META.title);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">Laporan Kinerja &lt;Triwulan&gt; III &amp; &quot;2023&quot;</rdf:li>`);
    expect(xmp).toContain(`<rdf:li>${text('Author')}</rdf:li>`);
    expect(xmp).toContain(`<pdf:Producer>${text('Producer')}</pdf:Producer>`);
    expect(xmp).toContain(`<xmp:CreatorTool>${text('Creator')}</xmp:CreatorTool>`);
    expect((info.get(PDFName.of('CreationDate')) as PDFString).asString()).toBe('D:20231002000000Z');
    expect(xmp).toContain('<xmp:CreateDate>2023-10-02T00:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2023-10-02T00:00:00Z</xmp:ModifyDate>');
    expect(doc.context.trailerInfo.ID).toBeInstanceOf(PDFArray);
  });

  it('makes every annotation printable and visible', async () => {
    const doc = await PDFDocument.load((await finalizePdf(await printed(new Date()), META)).bytes, { updateMetadata: false });
    const annot = doc.getPages()[0]!.node.lookup(PDFName.of('Annots'), PDFArray).lookup(0, PDFDict);
    expect(annot.lookup(PDFName.of('F'), PDFNumber).asNumber()).toBe(4);
  });

  it('leaves nothing of the printer’s Info: two prints at other times give the same bytes', async () => {
    const a = (await finalizePdf(await printed(new Date('2026-01-01T10:00:00Z')), META)).bytes;
    const b = (await finalizePdf(await printed(new Date('2026-05-05T11:11:11Z')), META)).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).toString('latin1')).not.toContain('Skia');
  });

  it('writes XMP dates in the Info dictionary’s instant', () => {
    expect(xmpDate(new Date('2023-10-02T00:00:00Z'))).toBe('2023-10-02T00:00:00Z');
    expect(xmpPacket({ title: 'a', author: 'b', subject: 'c', keywords: 'd', creator: 'e', producer: 'f', date: new Date(0) })).toMatch(/^<\?xpacket begin="\uFEFF"/);
  });
});
