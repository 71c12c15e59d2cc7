import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** A one-page PDF; with `signed`, it carries a signature field whose value is a signature dictionary (/ByteRange, /Contents). */
export async function makePdf(signed: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  if (signed) {
    const ctx = doc.context;
    const sig = ctx.register(
      ctx.obj({
        Type: 'Sig',
        Filter: 'Adobe.PPK.Lite',
        SubFilter: 'adbe.pkcs7.detached',
        ByteRange: [0, 1000, 3000, 500],
        Contents: PDFHexString.of('00'.repeat(256)),
        M: PDFString.fromDate(new Date(Date.UTC(2023, 9, 2))),
      }),
    );
    const widget = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', Rect: [0, 0, 0, 0], V: sig, T: PDFString.of('TTE'), F: 132, P: page.ref }));
    page.node.set(PDFName.of('Annots'), ctx.obj([widget]));
    doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [widget], SigFlags: 3 }));
  }
  // No object streams: a signature dictionary is always written out plainly.
  return doc.save({ useObjectStreams: false });
}
