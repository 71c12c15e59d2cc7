/**
 * What every document's view model carries besides its own content: the metadata and the
 * headings the printer and the finalize step need, whatever the document kind.
 */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The document's date, `YYYY-MM-DD`: PDF/docx creation date, so output is reproducible. */
  tanggalIso: string;
  /** BCP 47, `id`. */
  lang: string;
}

export interface DocumentViewModel {
  meta: DocumentMeta;
  /** The headings in order, for the PDF bookmarks (the cover entry is added by the printer). */
  outline: { text: string }[];
  /** Title of the bookmark the printer adds for page 1 (default `Sampul`; a PK without cover starts with its agreement). */
  firstPage?: string;
}
