/** Word pieces the year's opening documents share: page, bordered table, cover. */
import type { CoverSpec, DocxDocument, TableBlock, TableCellSpec } from '../../output/docx/docx-model.js';
import type { TableHead, YearCoverView } from './year-document.js';
import { imageSize } from '../../output/docx/image-size.js';
import { svgToPng } from '../../output/docx/svg-to-png.js';

const MM_TO_PT = 72 / 25.4;

/** 45 mm high, at most 70 mm wide, proportions kept (templates' `.cover-logo img`). */
export function coverLogo(dataUrl: string | null, alt: string): CoverSpec['logo'] {
  if (dataUrl === null) return null;
  const m = /^data:image\/(png|jpeg|svg\+xml);base64,(.*)$/s.exec(dataUrl);
  if (!m) return null;
  const bytes = Buffer.from(m[2]!, 'base64');
  let image: { type: 'png' | 'jpg'; data: Uint8Array; width: number; height: number } | null;
  if (m[1] === 'svg+xml') {
    image = { type: 'png', ...svgToPng(bytes.toString('utf8'), 4) };
  } else {
    const type = m[1] === 'png' ? 'png' : 'jpg';
    const size = imageSize(bytes, type);
    image = size ? { type, data: bytes, ...size } : null;
  }
  if (!image || image.width === 0 || image.height === 0) return null;
  const scale = Math.min((45 * MM_TO_PT) / image.height, (70 * MM_TO_PT) / image.width);
  return { type: image.type, data: image.data, width: image.width * scale, height: image.height * scale, alt };
}

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

export function yearCover(c: YearCoverView): CoverSpec {
  return {
    top: [
      { text: c.judul, size: 22, letterSpacing: 0.9, spaceAfter: 4 },
      { text: c.periode, size: 16, spaceAfter: 18 },
      { text: c.jabatan, size: 14 },
    ],
    logo: coverLogo(c.logoDataUrl, c.logoAlt),
    bottom: [
      { text: c.pemerintah, size: 16 },
      { text: c.perangkatDaerah, size: 16 },
      ...(c.alamat ? [{ text: c.alamat, size: 12, bold: false, spaceAfter: 2 }] : []),
      { text: c.kota, size: 14 },
    ],
  };
}
