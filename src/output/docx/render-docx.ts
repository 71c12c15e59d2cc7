/**
 * The Word renderer: a DocxDocument (./docx-model.ts) → the bytes of a .docx, with the `docx`
 * package. Kind-neutral: every document kind maps its view model onto the blocks and comes
 * here. What it guarantees for every kind:
 * - Word's own heading styles (Heading 1 / 2), so the navigation pane and a TOC field work;
 * - real lists (Word numbering), real tables (header rows repeated on every page, rows that
 *   don't split, merged cells, fixed column widths that add up to the text width);
 * - page numbers as PAGE fields in the footer, none on the cover;
 * - the same bytes for the same input: docProps dates and zip entry dates are the report date.
 */
import { inflateRawSync } from 'node:zlib';
import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
  type FileChild,
  type IBorderOptions,
  type ILevelsOptions,
  type IParagraphOptions,
  type ITableCellBorders,
} from 'docx';
import { centralDirectory, entryData, pinZipDates } from '../../write/zip.js';
import { zipPackage } from './zip-package.js';
import type { Align, Block, CheckboxBoxBlock, CoverSpec, DocxDocument, HeadingBlock, ImageBlock, Inline, ListBlock, SignaturesBlock, TableBlock, TableCellSpec } from '../../model/docx-document.js';

/** Twentieths of a point: Word's unit for spacing, indents and widths. */
const pt = (points: number): number => Math.round(points * 20);
/** docx sizes images in CSS pixels (96 per inch). */
const px = (points: number): number => Math.round((points * 96) / 72);
/** Run sizes are in half-points. */
const halfPt = (points: number): number => Math.round(points * 2);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const LIST_FORMATS = {
  decimal: { format: LevelFormat.DECIMAL, text: '%1.' },
  'lower-letter': { format: LevelFormat.LOWER_LETTER, text: '%1.' },
  bullet: { format: LevelFormat.BULLET, text: '-' },
} as const;

/** Marker width of a list item: the PDF's 2em for numbers and letters, 1.4em for bullets. */
function markerWidth(style: ListBlock['style'], size: number): number {
  return pt((style === 'bullet' ? 1.4 : 2) * size);
}

const SINGLE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const ALL_SINGLE: ITableCellBorders = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Per-document state: list instances restart their numbering. */
class Context {
  private listInstance = 0;
  private drawingId = 0;
  hasToc = false;
  constructor(
    readonly doc: DocxDocument,
    /** Text width in twips (page width less left and right margins). */
    readonly textWidth: number,
  ) {}
  nextListInstance(): number {
    return ++this.listInstance;
  }
  /** docx numbers drawings from one counter per process: numbered per document instead, so that a batch's files don't depend on what came before. */
  nextDrawingId(): string {
    return String(++this.drawingId);
  }
}

export async function renderDocx(doc: DocxDocument): Promise<Uint8Array> {
  const { page } = doc;
  const textWidth = convertMillimetersToTwip(page.widthMm - page.margin.left - page.margin.right);
  const ctx = new Context(doc, textWidth);
  const pageProps = {
    size: { width: convertMillimetersToTwip(page.widthMm), height: convertMillimetersToTwip(page.heightMm) },
    margin: {
      top: convertMillimetersToTwip(page.margin.top),
      right: convertMillimetersToTwip(page.margin.right),
      bottom: convertMillimetersToTwip(page.margin.bottom),
      left: convertMillimetersToTwip(page.margin.left),
      // The footer sits in the middle of the bottom margin, like the PDF's @bottom-center.
      footer: convertMillimetersToTwip(page.margin.bottom / 2 - 2),
      header: convertMillimetersToTwip(10),
    },
  };
  const coverChildren = doc.cover ? renderCover(ctx, doc.cover, page.heightMm - page.margin.top - page.margin.bottom) : null;
  // Without a cover the first heading starts the document: no page break before it.
  const body = renderBlocks(ctx, doc.body, 0, coverChildren === null);
  const note = doc.footerNote
    ? [new Paragraph({ spacing: { before: 0, after: 40, line: 240, lineRule: LineRuleType.AUTO }, children: [new TextRun({ text: doc.footerNote, size: halfPt(7) })] })]
    : [];
  const footer = new Footer({
    children: [
      ...note,
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPt(doc.pageNumberSize) })],
      }),
    ],
  });
  // One section: the cover is its first page (titlePage), whose footer is empty.
  const sections = [
    {
      properties: { page: pageProps, titlePage: coverChildren !== null },
      footers: { default: footer, first: new Footer({ children: note.length ? note : [new Paragraph({ children: [] })] }) },
      children: [...(coverChildren ?? []), ...body],
    },
  ];
  const m = doc.meta;
  const document = new Document({
    title: m.title,
    creator: m.author,
    subject: m.subject,
    keywords: m.keywords.join(', '),
    lastModifiedBy: m.generator,
    // Word fills a TOC field's page numbers from its own layout when it opens the file.
    features: ctx.hasToc ? { updateFields: true } : {},
    styles: styles(doc),
    numbering: { config: numberingConfig(doc) },
    sections,
  });
  const overrides = [{ path: 'docProps/core.xml', data: coreXml(doc) }];
  const compiler = packageCompiler();
  if (compiler) {
    // The parts as docx writes them, zipped here (./zip-package.ts): once, with the report date.
    const parts = compiler.compile(document, undefined, overrides);
    const xml = parts.get('word/document.xml');
    if (ctx.hasToc && typeof xml === 'string') parts.set('word/document.xml', renumberBookmarks(xml));
    return zipPackage(parts, m.date);
  }
  let zip = await Packer.toBuffer(document, false, overrides);
  if (ctx.hasToc) {
    // docx numbers the TOC's heading bookmarks from a counter shared by the whole process:
    // numbered again per document, so that a batch's files don't depend on what came before.
    const xml = zipPart(zip, 'word/document.xml');
    zip = await Packer.toBuffer(document, false, [...overrides, { path: 'word/document.xml', data: renumberBookmarks(xml) }]);
  }
  // fflate (inside docx) stamps each zip entry with the current time.
  return pinZipDates(new Uint8Array(zip), m.date);
}

interface PackageCompiler {
  compile(file: Document, prettify: undefined, overrides: { path: string; data: string }[]): Map<string, string | Uint8Array>;
}

/**
 * docx's compiler (what Packer zips), which its Packer keeps in a static field not in its
 * typings. Checked at run time: were a later docx to drop it, the Packer path below is used.
 */
function packageCompiler(): PackageCompiler | null {
  const c = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  return c && typeof c.compile === 'function' ? (c as PackageCompiler) : null;
}

function zipPart(zip: Buffer, name: string): string {
  const record = centralDirectory(zip)?.find((r) => r.name === name);
  const data = record ? entryData(zip, record) : null;
  if (!record || !data) throw new Error(`renderDocx: ${name} missing from the package`);
  return (record.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

/** Bookmark ids (and the `_Toc<id>` names docx derives from them) as 1, 2, 3 … in document order. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  const next = (id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return ids.get(id)!;
  };
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)"/g, (_, head: string, id: string) => `${head}${next(id)}"`)
    .replace(/_Toc(\d+)/g, (_, id: string) => `_Toc${next(id)}`);
}

/** docProps/core.xml with the report date (docx would write the time of the run). */
function coreXml(doc: DocxDocument): string {
  const m = doc.meta;
  const date = m.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const el = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    el('dc:title', m.title),
    el('dc:subject', m.subject),
    el('dc:creator', m.author),
    el('cp:keywords', m.keywords.join(', ')),
    el('cp:lastModifiedBy', m.generator),
    el('dc:language', m.language),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function styles(doc: DocxDocument) {
  const font = { ascii: doc.font, hAnsi: doc.font, cs: doc.font, eastAsia: doc.font };
  const line = Math.round(240 * doc.lineSpacing);
  const heading = { font, size: halfPt(doc.size), bold: true, color: '000000' };
  return {
    default: {
      document: {
        run: { font, size: halfPt(doc.size), language: { value: doc.meta.language } },
        // widowControl: the PDF's `orphans: 2; widows: 2`.
        paragraph: { spacing: { line, lineRule: LineRuleType.AUTO, after: pt(6) }, alignment: AlignmentType.JUSTIFIED, widowControl: true },
      },
      heading1: {
        run: heading,
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: pt(18), line, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: heading,
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { before: pt(12), after: pt(6), line, lineRule: LineRuleType.AUTO },
          keepNext: true,
          keepLines: true,
          outlineLevel: 1,
          // The number in a column of its own (the PDF's `min-width: 2.2em`).
          tabStops: [{ type: TabStopType.LEFT, position: pt(2.2 * doc.size) }],
        },
      },
    },
  };
}

function numberingConfig(doc: DocxDocument) {
  return (Object.keys(LIST_FORMATS) as ListBlock['style'][]).map((style) => {
    const hang = markerWidth(style, doc.size);
    const level: ILevelsOptions = {
      level: 0,
      format: LIST_FORMATS[style].format,
      text: LIST_FORMATS[style].text,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: hang, hanging: hang } } },
    };
    return { reference: style, levels: [level] };
  });
}

function runs(text: Inline, base: { bold?: boolean; size?: number } = {}): TextRun[] {
  const size = base.size === undefined ? undefined : halfPt(base.size);
  if (typeof text === 'string') return [new TextRun({ text, bold: base.bold, size })];
  return text.map(
    (r) => new TextRun({ text: r.text, bold: r.bold ?? base.bold, underline: r.underline ? {} : undefined, size, break: r.lineBreakBefore ? 1 : undefined }),
  );
}

/** `indent`: twips the blocks sit in from the margin (inside a list item). */
function renderBlocks(ctx: Context, blocks: Block[], indent: number, startsDocument = false): FileChild[] {
  return blocks.flatMap((b, i) => renderBlock(ctx, b, indent, startsDocument && i === 0));
}

function renderBlock(ctx: Context, b: Block, indent: number, first: boolean): FileChild[] {
  switch (b.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(b.text, { bold: b.bold, size: b.size }),
          alignment: b.align ? ALIGN[b.align] : undefined,
          keepNext: b.keepNext,
          indent: indent ? { left: indent } : undefined,
          spacing: b.spaceBefore !== undefined || b.spaceAfter !== undefined ? { before: optPt(b.spaceBefore), after: optPt(b.spaceAfter) } : undefined,
        }),
      ];
    case 'heading':
      return [heading(b, first)];
    case 'list':
      return renderList(ctx, b, indent);
    case 'table':
      // Word needs a paragraph between two tables (else they join); it is the PDF's 12 pt under a table.
      return [renderTable(ctx, b), new Paragraph({ spacing: { before: 0, after: 0, line: pt(12), lineRule: LineRuleType.EXACT }, children: [] })];
    case 'image':
      return renderImage(ctx, b);
    case 'checkbox-box':
      return [renderCheckboxBox(ctx, b)];
    case 'signatures':
      return [renderSignatures(ctx, b)];
    case 'toc':
      ctx.hasToc = true;
      return [new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-2' })];
    case 'page-break':
      return [new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] })];
  }
}

function optPt(v: number | undefined): number | undefined {
  return v === undefined ? undefined : pt(v);
}

function heading(b: HeadingBlock, startsDocument: boolean): Paragraph {
  const children =
    b.level === 1
      ? b.number
        ? [new TextRun({ text: b.number }), new TextRun({ text: b.title, break: 1 })]
        : [new TextRun({ text: b.title })]
      : b.number
        ? [new TextRun({ text: b.number }), new TextRun({ text: `\t${b.title}` })]
        : [new TextRun({ text: b.title })];
  const options: IParagraphOptions = {
    heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children,
    // The first page needs no break before it.
    pageBreakBefore: b.pageBreakBefore && !startsDocument ? true : undefined,
    spacing: b.spaceBefore !== undefined ? { before: pt(b.spaceBefore) } : undefined,
  };
  return new Paragraph(options);
}

function renderList(ctx: Context, b: ListBlock, indent: number): FileChild[] {
  const hang = markerWidth(b.style, ctx.doc.size);
  const instance = ctx.nextListInstance();
  return b.items.flatMap((item, i) => [
    new Paragraph({
      children: runs(item.text),
      numbering: { reference: b.style, level: 0, instance },
      // The paragraph's own indent places nested lists; it wins over the numbering level's.
      indent: { left: indent + hang, hanging: hang },
      spacing: { after: pt(i === b.items.length - 1 && !item.blocks?.length ? (b.spaceAfter ?? b.itemSpaceAfter ?? 0) : (b.itemSpaceAfter ?? 0)) },
    }),
    ...renderBlocks(ctx, item.blocks ?? [], indent + hang),
  ]);
}

function cellParagraph(text: string, options: { align?: Align; bold?: boolean; size: number; line: number }): Paragraph {
  return new Paragraph({
    children: runs(text, { bold: options.bold, size: options.size }),
    alignment: ALIGN[options.align ?? 'left'],
    spacing: { before: 0, after: 0, line: options.line, lineRule: LineRuleType.AUTO },
  });
}

/** Column widths in twips, rounded so that they add up to the text width exactly. */
function columnTwips(fractions: number[], total: number): number[] {
  const widths = fractions.map((f) => Math.floor(f * total));
  widths[widths.length - 1]! += total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

function renderTable(ctx: Context, b: TableBlock): Table {
  const widths = columnTwips(b.columns, ctx.textWidth);
  const line = Math.round(240 * (b.lineSpacing ?? 1.25));
  const margins = { top: pt(b.padding.y), bottom: pt(b.padding.y), left: pt(b.padding.x), right: pt(b.padding.x), marginUnitType: WidthType.DXA };
  // Which columns a row-spanning cell above still covers, to find each cell's first column.
  const covered = new Map<number, number>();
  const makeRow = (cells: TableCellSpec[], kind: 'head' | 'numbering' | 'body', isLast: boolean): TableRow => {
    let col = 0;
    const out: TableCell[] = [];
    for (const c of cells) {
      while ((covered.get(col) ?? 0) > 0) col++;
      const span = c.colspan ?? 1;
      const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
      const rowspan = c.rowspan ?? 1;
      if (rowspan > 1) for (let k = col; k < col + span; k++) covered.set(k, rowspan);
      out.push(
        new TableCell({
          children: [
            cellParagraph(c.text, {
              align: c.align ?? (kind === 'body' ? 'left' : 'center'),
              bold: c.bold ?? kind === 'head',
              size: kind === 'numbering' ? (b.numberingSize ?? b.size) : b.size,
              line: kind === 'numbering' ? 240 : line,
            }),
          ],
          columnSpan: span > 1 ? span : undefined,
          rowSpan: rowspan > 1 ? rowspan : undefined,
          width: { size: width, type: WidthType.DXA },
          verticalAlign: kind === 'body' ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
          shading: kind === 'head' ? { fill: 'F2F2F2', color: 'auto', type: 'clear' } : undefined,
          margins: kind === 'numbering' ? { ...margins, top: pt(1), bottom: pt(1) } : margins,
          borders: ALL_SINGLE,
        }),
      );
      col += span;
    }
    // One row down: the spans above shrink by one.
    for (const [k, v] of covered) covered.set(k, v - 1);
    return new TableRow({
      children: out,
      tableHeader: kind !== 'body' ? true : undefined,
      cantSplit: true,
      // A short table stays in one piece: every row keeps with the next.
      keepNext: (kind !== 'body' || b.keepTogether) && !isLast ? true : undefined,
    });
  };
  const headRows = b.head.map((h) => makeRow(h.cells, h.numbering ? 'numbering' : 'head', false));
  covered.clear();
  const bodyRows = b.rows.map((r, i) => makeRow(r, 'body', i === b.rows.length - 1));
  return new Table({
    rows: [...headRows, ...bodyRows],
    width: { size: ctx.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE },
  });
}

function renderImage(ctx: Context, b: ImageBlock): FileChild[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: b.caption !== null,
      spacing: { before: pt(6), after: pt(2), line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: b.png,
          transformation: { width: px(b.width), height: px(b.height) },
          altText: { id: ctx.nextDrawingId(), name: b.alt, description: b.alt, title: b.alt },
        }),
      ],
    }),
    ...(b.caption === null
      ? []
      : [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: pt(12) }, children: runs(b.caption, { bold: true, size: 10.5 }) })]),
  ];
}

function renderCheckboxBox(ctx: Context, b: CheckboxBoxBlock): Table {
  const inner = ctx.textWidth - 2 * pt(12);
  const dotted: IBorderOptions = { style: BorderStyle.DOTTED, size: 6, color: '555555' };
  const writing = new Table({
    width: { size: inner, type: WidthType.DXA },
    columnWidths: [inner],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: Array.from(
      { length: b.writingLines },
      () =>
        new TableRow({
          height: { value: convertMillimetersToTwip(8), rule: HeightRule.EXACT },
          cantSplit: true,
          keepNext: true,
          children: [
            new TableCell({
              width: { size: inner, type: WidthType.DXA },
              borders: { top: NONE, left: NONE, right: NONE, bottom: dotted },
              children: [new Paragraph({ spacing: { after: 0 }, children: [] })],
            }),
          ],
        }),
    ),
  });
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: pt(8) }, children: runs(b.title, { bold: true }) }),
    ...b.options.map(
      (o) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          keepNext: true,
          spacing: { after: pt(3) },
          children: [new CheckBox({ checked: false }), new TextRun({ text: `\t${o}` })],
          tabStops: [{ type: TabStopType.LEFT, position: pt(1.8 * ctx.doc.size) }],
        }),
    ),
    writing,
    new Paragraph({ spacing: { after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] }),
  ];
  return new Table({
    width: { size: ctx.textWidth, type: WidthType.DXA },
    columnWidths: [ctx.textWidth],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: ctx.textWidth, type: WidthType.DXA },
            borders: ALL_SINGLE,
            margins: { top: pt(8), bottom: pt(4), left: pt(12), right: pt(12), marginUnitType: WidthType.DXA },
            children,
          }),
        ],
      }),
    ],
  });
}

function renderSignatures(ctx: Context, b: SignaturesBlock): Table {
  const n = b.columns.length;
  const widths = columnTwips(Array.from({ length: n }, () => 1 / n), ctx.textWidth);
  const line = Math.round(240 * 1.4);
  const cell = (i: number, paragraphs: (Paragraph | Table)[]) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      margins: { left: convertMillimetersToTwip(4), right: convertMillimetersToTwip(4), top: 0, bottom: 0, marginUnitType: WidthType.DXA },
      children: paragraphs.length ? paragraphs : [new Paragraph({ spacing: { after: 0 }, children: [] })],
    });
  const text = (t: Inline) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0, line, lineRule: LineRuleType.AUTO }, children: runs(t) });
  const rows: TableRow[] = [];
  // One row per line, as the PDF: the names and NIPs of both columns stay level.
  const depthAbove = Math.max(...b.columns.map((c) => c?.above.length ?? 0));
  const depthBelow = Math.max(...b.columns.map((c) => c?.below.length ?? 0));
  const row = (make: (c: (typeof b.columns)[number]) => (Paragraph | Table)[], height?: number) =>
    new TableRow({
      cantSplit: true,
      keepNext: true,
      height: height === undefined ? undefined : { value: height, rule: HeightRule.ATLEAST },
      children: b.columns.map((c, i) => cell(i, make(c))),
    });
  for (let k = 0; k < depthAbove; k++) rows.push(row((c) => (c && c.above[k] !== undefined ? [text(c.above[k]!)] : [])));
  // A table cell must end with a paragraph (OOXML), hence the empty one after the box.
  rows.push(row((c) => (c?.box ? [signatureBox(c.box), new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })] : []), pt(b.space)));
  rows.push(row((c) => (c ? [text([{ text: c.nama, bold: true, underline: true }])] : [])));
  for (let k = 0; k < depthBelow; k++) rows.push(row((c) => (c && c.below[k] !== undefined ? [text(c.below[k]!)] : [])));
  return new Table({
    width: { size: ctx.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows,
  });
}

/** `--tte`: an empty box of the given size, thin grey border, the anchor as tiny white text at its top left. */
function signatureBox(box: { widthMm: number; heightMm: number; anchor: string | null }): Table {
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'C8C8C8' };
  const width = convertMillimetersToTwip(box.widthMm);
  return new Table({
    alignment: AlignmentType.CENTER,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: convertMillimetersToTwip(box.heightMm), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            children: [new Paragraph({ spacing: { before: 0, after: 0 }, children: box.anchor ? [new TextRun({ text: box.anchor, size: 4, color: 'FFFFFF' })] : [] })],
          }),
        ],
      }),
    ],
  });
}

/**
 * The cover as a one-column table filling the printable area of its own page: the double
 * frame is the table's border, the three rows hold the top lines, the logo and the bottom
 * lines (the PDF's flex column with `space-between`). Each row is at least its share of the
 * page, so the blocks sit at the top, middle and bottom.
 */
function renderCover(ctx: Context, cover: CoverSpec, printableHeightMm: number): FileChild[] {
  const heightTwips = convertMillimetersToTwip(printableHeightMm - 2);
  const logoRow = convertMillimetersToTwip(60);
  const outerRow = Math.floor((heightTwips - logoRow) / 2);
  const frame: IBorderOptions = { style: BorderStyle.DOUBLE, size: 12, color: '000000' };
  const lines = (ls: CoverSpec['top']) =>
    ls.map(
      (l) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: pt(l.spaceAfter ?? 0), line: Math.round(240 * 1.35), lineRule: LineRuleType.AUTO },
          children: [new TextRun({ text: l.text, bold: l.bold ?? true, size: halfPt(l.size), characterSpacing: l.letterSpacing ? pt(l.letterSpacing) : undefined })],
        }),
    );
  const logo = cover.logo
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children: [
            new ImageRun({
              type: cover.logo.type,
              data: cover.logo.data,
              transformation: { width: px(cover.logo.width), height: px(cover.logo.height) },
              altText: { id: ctx.nextDrawingId(), name: cover.logo.alt, description: cover.logo.alt, title: cover.logo.alt },
            }),
          ],
        }),
      ]
    : [new Paragraph({ spacing: { after: 0 }, children: [] })];
  const side = convertMillimetersToTwip(8);
  const row = (children: Paragraph[], height: number, valign: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable], borders: ITableCellBorders, top = 0, bottom = 0) =>
    new TableRow({
      height: { value: height, rule: HeightRule.ATLEAST },
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: ctx.textWidth, type: WidthType.DXA },
          verticalAlign: valign,
          borders,
          margins: { top, bottom, left: side, right: side, marginUnitType: WidthType.DXA },
          children,
        }),
      ],
    });
  return [
    new Table({
      width: { size: ctx.textWidth, type: WidthType.DXA },
      columnWidths: [ctx.textWidth],
      layout: TableLayoutType.FIXED,
      borders: { top: frame, bottom: frame, left: frame, right: frame, insideHorizontal: NONE, insideVertical: NONE },
      rows: [
        row(lines(cover.top), outerRow, VerticalAlignTable.TOP, { top: frame, left: frame, right: frame, bottom: NONE }, convertMillimetersToTwip(18)),
        row(logo, logoRow, VerticalAlignTable.CENTER, { top: NONE, left: frame, right: frame, bottom: NONE }),
        row(lines(cover.bottom), outerRow, VerticalAlignTable.BOTTOM, { top: NONE, left: frame, right: frame, bottom: frame }, 0, convertMillimetersToTwip(12)),
      ],
    }),
  ];
}
