/**
 * Word pieces the year's opening documents share: page, bordered table, cover. Only the
 * neutral block types are used here; pictures come through the `LogoFn` the pipeline passes
 * (an output format's concern: SVG to PNG, image sizes).
 */
import type { CoverSpec, DocxDocument, TableBlock, TableCellSpec } from '../../model/docx-document.js';
import type { TableHead, YearCoverView } from './year-document.js';

/** Data URL → the cover's picture at the PDF's size (45 mm high, at most 70 mm wide). */
export type LogoFn = (dataUrl: string | null, alt: string) => CoverSpec['logo'];

export function pageOf(paper: { width: string; height: string }, margin: DocxDocument['page']['margin']): DocxDocument['page'] {
  return { widthMm: parseFloat(paper.width), heightMm: parseFloat(paper.height), margin };
}

/** A bordered table as the templates' `table.grid`; header rows from the view model. */
export function grid(columns: number[], head: TableHead, rows: (TableCellSpec | null)[][], size = 10.5): TableBlock {
  return {
    kind: 'table',
    columns,
    head: head.rows.map((row) => ({
      numbering: row.every((h) => h.className === 'col-number'),
      cells: row.map((h) => ({ text: h.text, colspan: h.colspan, rowspan: h.rowspan })),
    })),
    rows: rows.map((r) => r.filter((c): c is TableCellSpec => c !== null)),
    size,
    numberingSize: 9,
    padding: { x: 4, y: 3 },
    keepTogether: rows.length <= 8,
  };
}

export function yearCover(c: YearCoverView, logo: LogoFn): CoverSpec {
  return {
    top: [
      { text: c.judul, size: 22, letterSpacing: 0.9, spaceAfter: 4 },
      { text: c.periode, size: 16, spaceAfter: 18 },
      { text: c.jabatan, size: 14 },
    ],
    logo: logo(c.logoDataUrl, c.logoAlt),
    bottom: [
      { text: c.pemerintah, size: 16 },
      { text: c.perangkatDaerah, size: 16 },
      ...(c.alamat ? [{ text: c.alamat, size: 12, bold: false, spaceAfter: 2 }] : []),
      { text: c.kota, size: 14 },
    ],
  };
}
