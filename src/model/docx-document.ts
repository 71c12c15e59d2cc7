/**
 * What the Word renderer draws: a document as a short list of neutral blocks (headings,
 * paragraphs, lists, tables, images, boxes, signature blocks) and a cover. A document kind
 * (the quarterly LKj today: ./lkj-docx.ts) maps its view model onto these blocks, choosing
 * column widths and wording-free layout; ./render-docx.ts knows nothing of any kind.
 *
 * Every string here comes from the kind's view model, unchanged: the renderer adds no words
 * or figures of its own. Sizes are in points unless a name says otherwise.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text in one style; `lineBreakBefore` starts it on a new line of the same paragraph. */
export interface Run {
  text: string;
  bold?: boolean;
  underline?: boolean;
  lineBreakBefore?: boolean;
}

export type Inline = string | Run[];

export interface ParagraphBlock {
  kind: 'paragraph';
  text: Inline;
  align?: Align;
  bold?: boolean;
  /** Font size in points (default: the body size). */
  size?: number;
  /** Keep on the same page as the next block (a table title, a lead-in). */
  keepNext?: boolean;
  spaceBefore?: number;
  spaceAfter?: number;
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1 = BAB (Word's Heading 1), 2 = a section (Heading 2). */
  level: 1 | 2;
  /** `BAB I`, `2.1.`, or '' for an unnumbered heading. Level 1 prints number and title on two centred lines (`BAB I` / `PENDAHULUAN`), level 2 the number in a column of its own. */
  number: string;
  title: string;
  /** Start a new page (a BAB). */
  pageBreakBefore?: boolean;
  /** Extra space above (points), e.g. the pengesahan heading that follows text on its page. */
  spaceBefore?: number;
}

export interface ListItem {
  text: Inline;
  /** Further blocks of the item (paragraphs, nested lists), indented under its text. */
  blocks?: Block[];
}

/**
 * A real Word list: `decimal` (1. 2. 3.), `lower-letter` (a. b. c.) or `bullet` (the PDF's
 * `-`). Each list block starts its numbering afresh.
 */
export interface ListBlock {
  kind: 'list';
  style: 'decimal' | 'lower-letter' | 'bullet';
  items: ListItem[];
  /** Space after each item (points). */
  itemSpaceAfter?: number;
  /** Space after the list (points), instead of the last item's. */
  spaceAfter?: number;
}

export interface TableCellSpec {
  text: string;
  colspan?: number;
  rowspan?: number;
  align?: Align;
  bold?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Column widths as fractions of the text width (they add up to 1). */
  columns: number[];
  /** Header rows, repeated at the top of every page the table runs onto. */
  head: { cells: TableCellSpec[]; /** A small, light row (the column numbering `1 2 3 …`). */ numbering?: boolean }[];
  /** Body rows: only the cells that start in the row (a cell spanning rows is given once). */
  rows: TableCellSpec[][];
  /** Font size of the table (points). */
  size: number;
  /** Head font size of the numbering row (points). */
  numberingSize?: number;
  /** Line spacing in the cells (multiple of single; default 1.25). */
  lineSpacing?: number;
  /** Cell padding, left/right and top/bottom (points). */
  padding: { x: number; y: number };
  /** Keep the whole table on one page (a short table). */
  keepTogether?: boolean;
}

export interface ImageBlock {
  kind: 'image';
  png: Uint8Array;
  /** Printed size in points (the aspect ratio of the PNG). */
  width: number;
  height: number;
  alt: string;
  /** Printed under the image as text. */
  caption: string | null;
}

/** A bordered box with a centred title, checkbox lines and ruled writing lines (LKj 2.5). */
export interface CheckboxBoxBlock {
  kind: 'checkbox-box';
  title: string;
  options: string[];
  writingLines: number;
}

export interface SignatureColumn {
  /** Lines above the signing space (`Mengetahui`, the jabatan). */
  above: string[];
  /** Printed bold and underlined under the signing space. */
  nama: string;
  /** Lines under the name (NIP). */
  below: string[];
  /** `--tte`: an empty bordered box in the signing space, with the signer's anchor (tiny, white) or none. */
  box?: { widthMm: number; heightMm: number; anchor: string | null };
}

/** Signature blocks side by side, as a borderless table (null = an empty column). */
export interface SignaturesBlock {
  kind: 'signatures';
  columns: (SignatureColumn | null)[];
  /** Height of the signing space (points). */
  space: number;
}

/** A table of contents over the Heading 1–2 paragraphs, as a TOC field Word updates on opening. */
export interface TocBlock {
  kind: 'toc';
  /** Name of the field's content control (not printed). */
  title: string;
}

export interface PageBreakBlock {
  kind: 'page-break';
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | TableBlock
  | ImageBlock
  | CheckboxBoxBlock
  | SignaturesBlock
  | TocBlock
  | PageBreakBlock;

export interface CoverLine {
  text: string;
  size: number;
  bold?: boolean;
  /** Extra spacing between letters (points). */
  letterSpacing?: number;
  spaceAfter?: number;
}

/** A framed title page: lines at the top, an image in the middle, lines at the bottom. */
export interface CoverSpec {
  top: CoverLine[];
  /** Printed size in points. */
  logo: { type: 'png' | 'jpg'; data: Uint8Array; width: number; height: number; alt: string } | null;
  bottom: CoverLine[];
}

export interface DocxMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Report date: docProps created/modified and the zip entry dates (same bytes every run). */
  date: Date;
  /** `lkj <version>` (app.xml is docx's own; this goes to lastModifiedBy). */
  generator: string;
  /** BCP 47 language of the text, e.g. `id-ID`. */
  language: string;
}

export interface PageSpec {
  /** Paper size and margins in millimetres. */
  widthMm: number;
  heightMm: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface DocxDocument {
  meta: DocxMetadata;
  page: PageSpec;
  /** Body type: font and size (points), line spacing (multiple of single). */
  font: string;
  size: number;
  lineSpacing: number;
  /** Footer page-number size (points). */
  pageNumberSize: number;
  /** `--tte`: the signed-document note printed in every page's footer, above the page number. */
  footerNote?: string;
  /** Printed on a page of its own, without a page number (it counts as page 1, as in the PDF). */
  cover: CoverSpec | null;
  body: Block[];
}

/** The Word renderer's picture helpers, handed by the pipeline to a document's mapping. */
export interface DocxPictures {
  /** An SVG drawn as PNG at `scale` × its size (charts, SVG logos), with the bundled fonts. */
  svgToPng(svg: string, scale?: number): { data: Uint8Array; width: number; height: number };
  /** Pixel size of PNG or JPEG bytes; null when they are not that. */
  imageSize(bytes: Uint8Array, type: 'png' | 'jpg'): { width: number; height: number } | null;
}
