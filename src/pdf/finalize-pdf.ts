import { PDFArray, PDFDocument, PDFHexString } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  /** Report date (signing date): what the document is dated, and the same on every run. */
  date: Date;
  language: string;
}

/**
 * Sets the document's metadata and removes what Chrome varies between runs (timestamps,
 * document ID), so the same workbook gives byte-identical PDFs. Outline and tags are kept.
 */
export async function finalizePdf(bytes: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.creator);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage(meta.language);
  // A fixed file identifier derived from the content keeps the bytes stable.
  const id = PDFHexString.of(Buffer.from(meta.title + meta.date.toISOString()).toString('hex').slice(0, 32).padEnd(32, '0'));
  doc.context.trailerInfo.ID = PDFArray.withContext(doc.context);
  (doc.context.trailerInfo.ID as PDFArray).push(id);
  (doc.context.trailerInfo.ID as PDFArray).push(id);
  return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount() };
}
