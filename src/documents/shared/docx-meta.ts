import type { DocxMetadata } from '../../model/docx-document.js';
import { VERSION } from '../../model/version.js';

/** The Word file's properties from any document's meta: the same title, author and date as the PDF. */
export function docxMeta(meta: { title: string; author: string; subject: string; keywords: string[]; tanggalIso: string }): DocxMetadata {
  return {
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    keywords: meta.keywords,
    date: new Date(`${meta.tanggalIso}T00:00:00Z`),
    generator: `lkj ${VERSION}`,
    language: 'id-ID',
  };
}
