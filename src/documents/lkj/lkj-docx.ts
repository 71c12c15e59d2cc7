/**
 * The quarterly LKj as Word blocks: its view model (the one the HTML/PDF templates read)
 * mapped onto ./docx-model.ts. This file holds everything the LKj's layout decides — column
 * widths, type sizes, which table repeats which header — mirroring templates/style.css;
 * the words and figures are the view model's, unchanged. Other document kinds add a file
 * like this one and share ./render-docx.ts.
 */
import type { TteView } from '../../model/signers.js';
import type {
  HeaderCell,
  NarrativeBlock,
  ReportViewModel,
  SignatureBlock,
  SpanCell,
  TableHead,
} from './report-view-model.js';
import { docxMeta } from '../shared/docx-meta.js';
import { verificationBlocks, verificationOf } from '../shared/verification-docx.js';
import type { Block, CoverSpec, DocxDocument, DocxPictures, ListBlock, SignatureColumn, TableBlock, TableCellSpec } from '../../model/docx-document.js';

/** `@page { margin: 25mm 20mm 20mm 25mm }` of templates/style.css. */
const MARGIN_MM = { top: 25, right: 20, bottom: 20, left: 25 };
const MM_TO_PT = 72 / 25.4;
const BODY_SIZE = 12;

/**
 * The LKj as the Word renderer's model. Pictures (charts, an SVG logo) become PNG through
 * the renderer's helpers, handed in by the pipeline: a document kind knows no output format.
 */
export function lkjDocument(vm: ReportViewModel, pictures: DocxPictures): DocxDocument {
  const widthMm = parseFloat(vm.paper.width);
  const heightMm = parseFloat(vm.paper.height);
  const textWidthPt = (widthMm - MARGIN_MM.left - MARGIN_MM.right) * MM_TO_PT;
  return {
    meta: docxMeta(vm.meta),
    page: { widthMm, heightMm, margin: MARGIN_MM },
    font: 'Times New Roman',
    size: BODY_SIZE,
    lineSpacing: 1.5,
    pageNumberSize: 11,
    footerNote: tteOf(vm)?.footer,
    cover: cover(vm, pictures),
    body: [...bab1(vm), ...bab2(vm, textWidthPt, pictures), ...bab3(vm), ...pengesahan(vm)],
  };
}

function cover(vm: ReportViewModel, pictures: DocxPictures): CoverSpec {
  const c = vm.cover;
  return {
    top: [
      { text: c.judul, size: 22, letterSpacing: 0.9, spaceAfter: 4 },
      { text: c.periode, size: 16, spaceAfter: 18 },
      ...(c.jenjangJabatan ? [{ text: c.jenjangJabatan, size: 14 }] : []),
      { text: c.jabatan, size: 14 },
    ],
    logo: logo(c.logoDataUrl, c.logoAlt, pictures),
    bottom: [
      { text: c.pemerintah, size: 16 },
      { text: c.perangkatDaerah, size: 16 },
      ...(c.alamat ? [{ text: c.alamat, size: 12, bold: false, spaceAfter: 2 }] : []),
      { text: c.kota, size: 14 },
    ],
  };
}

/** The cover logo at the PDF's size: 45 mm high, at most 70 mm wide, proportions kept. */
function logo(dataUrl: string | null, alt: string, { svgToPng, imageSize }: DocxPictures): CoverSpec['logo'] {
  if (dataUrl === null) return null;
  const m = /^data:image\/(png|jpeg|svg\+xml);base64,(.*)$/s.exec(dataUrl);
  if (!m) return null;
  const bytes = Buffer.from(m[2]!, 'base64');
  let image: { type: 'png' | 'jpg'; data: Uint8Array; width: number; height: number } | null;
  if (m[1] === 'svg+xml') {
    const png = svgToPng(bytes.toString('utf8'), 4);
    image = { type: 'png', ...png };
  } else {
    const type = m[1] === 'png' ? 'png' : 'jpg';
    const size = imageSize(bytes, type);
    image = size ? { type, data: bytes, ...size } : null;
  }
  if (!image || image.width === 0 || image.height === 0) return null;
  const scale = Math.min((45 * MM_TO_PT) / image.height, (70 * MM_TO_PT) / image.width);
  return { type: image.type, data: image.data, width: image.width * scale, height: image.height * scale, alt };
}

function h1(heading: { number: string; title: string }, pageBreakBefore = true): Block {
  return { kind: 'heading', level: 1, number: heading.number, title: heading.title, pageBreakBefore };
}

function h2(heading: { number: string; title: string }): Block {
  return { kind: 'heading', level: 2, number: heading.number, title: heading.title };
}

const para = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', text, ...extra });
const leadIn = (text: string): Block => para(text, { keepNext: true });
const tableTitle = (text: string): Block => para(text, { bold: true, align: 'left', keepNext: true, spaceBefore: 8, spaceAfter: 2 });

function bab1(vm: ReportViewModel): Block[] {
  const b = vm.bab1;
  const out: Block[] = [h1(b.heading), ...b.dasar.map((d) => para(d))];
  if (b.fungsiIntro) out.push(leadIn(b.fungsiIntro), { kind: 'list', style: 'decimal', items: b.fungsi.map((f) => ({ text: f.text })), itemSpaceAfter: 0, spaceAfter: 6 });
  if (b.substansiIntro) out.push(leadIn(b.substansiIntro), { kind: 'list', style: 'decimal', items: b.substansi.map((f) => ({ text: f.text })), itemSpaceAfter: 0, spaceAfter: 6 });
  if (b.programTable) {
    out.push(
      leadIn(b.programIntro ?? ''),
      gridTable([0.06, 0.17, 0.23, 0.27, 0.27], b.programTable.head, b.programTable.rows.map((r) => [span(r.no, 'center'), span(r.program), span(r.kegiatan), cell(r.subKegiatan), cell(r.pelaksana)])),
    );
  }
  return out;
}

function bab2(vm: ReportViewModel, textWidthPt: number, { svgToPng }: DocxPictures): Block[] {
  const { perjanjianKinerja: pk, capaianKinerja: ck, evaluasi, tindakLanjut: tl, tanggapan } = vm.bab2;
  const out: Block[] = [h1(vm.bab2.heading)];

  out.push(
    h2(pk.heading),
    gridTable([0.07, 0.35, 0.4, 0.18], pk.head, pk.rows.map((r) => [span(r.no, 'center'), span(r.sasaran), cell(r.indikator), cell(r.target, 'center')])),
    gridTable([0.58, 0.24, 0.18], pk.anggaranHead, pk.anggaranRows.map((r) => [cell(r.kegiatan), cell(r.anggaran, 'right'), cell(r.keterangan, 'center')])),
  );

  out.push(
    h2(ck.heading),
    tableTitle(ck.tableTitle),
    ck.withTargetTw
      ? gridTable(
          [0.15, 0.18, 0.1, 0.1, 0.11, 0.11, 0.13, 0.12],
          ck.head,
          ck.rows.map((r) => [
            span(r.sasaran),
            cell(r.indikator),
            cell(r.target, 'center'),
            cell(r.targetTw, 'center'),
            cell(r.realisasi, 'center'),
            cell(r.capaian, 'center'),
            cell(r.capaianTargetTw, 'center'),
            cell(r.keterangan, 'center'),
          ]),
        )
      : gridTable(
          [0.25, 0.26, 0.125, 0.125, 0.1, 0.14],
          ck.head,
          ck.rows.map((r) => [span(r.sasaran), cell(r.indikator), cell(r.target, 'center'), cell(r.realisasi, 'center'), cell(r.capaian, 'center'), cell(r.keterangan, 'center')]),
        ),
    tableTitle(ck.costTitle),
    {
      ...gridTable(
        [0.04, 0.135, 0.15, 0.13, 0.13, 0.075, 0.09, 0.09, 0.075, 0.085],
        ck.costHead,
        ck.costRows.map((r) => [
          span(r.no, 'center'),
          span(r.sasaran),
          cell(r.indikator),
          cell(r.pagu, 'right'),
          cell(r.realisasiAnggaran, 'right'),
          cell(r.capaianAnggaran, 'center'),
          cell(r.target, 'center'),
          cell(r.realisasi, 'center'),
          cell(r.capaian, 'center'),
          cell(r.efisiensi, 'center'),
        ]),
      ),
      size: 8,
      lineSpacing: 1.2,
      numberingSize: 7.5,
      padding: { x: 2, y: 2 },
    },
  );
  if (ck.unmeasuredNote) out.push(para(ck.unmeasuredNote));
  for (const chart of ck.charts) {
    const png = svgToPng(chart.svg);
    out.push({ kind: 'image', png: png.data, width: textWidthPt, height: (textWidthPt * png.height) / png.width, alt: chart.title, caption: chart.title });
  }

  out.push(h2(evaluasi.heading), para(evaluasi.intro), {
    kind: 'list',
    style: 'lower-letter',
    itemSpaceAfter: 6,
    items: evaluasi.items.map((item) => ({ text: item.lead, blocks: narrative(item.blocks) })),
  });

  out.push(h2(tl.heading));
  if (tl.intro) out.push(para(tl.intro));
  if (tl.emptyText) out.push(para(tl.emptyText));
  if (tl.groups.length) {
    out.push({
      kind: 'list',
      style: 'lower-letter',
      itemSpaceAfter: 0,
      items: tl.groups.map((g) => ({ text: g.title, blocks: [bullets(g.items)] })),
    });
  }

  out.push(h2(tanggapan.heading), { kind: 'checkbox-box', title: tanggapan.boxTitle, options: tanggapan.options, writingLines: 4 });
  return out;
}

function narrative(blocks: NarrativeBlock[]): Block[] {
  return blocks.map((b) => (b.isList ? bullets(b.items) : para(b.text)));
}

function bullets(items: string[]): ListBlock {
  return { kind: 'list', style: 'bullet', items: items.map((text) => ({ text })), itemSpaceAfter: 0, spaceAfter: 6 };
}

function bab3(vm: ReportViewModel): Block[] {
  return [h1(vm.bab3.heading), ...vm.bab3.paragraphs.map((p) => para(p))];
}

/** `--tte`: the signers and box size the pipeline added to the view model (src/pipeline/signing.ts). */
function tteOf(vm: ReportViewModel): TteView | null {
  return (vm as ReportViewModel & { tte?: TteView | null }).tte ?? null;
}

function pengesahan(vm: ReportViewModel): Block[] {
  const p = vm.pengesahan;
  const tte = tteOf(vm);
  const column = (s: SignatureBlock, key: string): SignatureColumn => {
    const signer = tte?.signers[key];
    const box = tte && signer ? { widthMm: tte.box.widthMm, heightMm: tte.box.heightMm, anchor: signer.anchor } : undefined;
    return { above: [s.label, s.jabatan], nama: s.nama, below: s.nip ? [s.nip] : [], box };
  };
  // The signing space grows with a box taller than the usual 26 mm.
  const space = Math.max(26, tte ? tte.box.heightMm + 4 : 0) * MM_TO_PT;
  return [
    { kind: 'heading', level: 1, number: p.heading.number, title: p.heading.title, spaceBefore: 30 },
    { kind: 'signatures', columns: [p.left ? column(p.left, 'atasan') : null, column(p.right, 'kepala')], space },
    // --qr: under the signatures, as in the PDF.
    ...verificationBlocks(verificationOf(vm)),
  ];
}

function cell(text: string, align: TableCellSpec['align'] = 'left'): TableCellSpec {
  return { text, align };
}

/** A cell that may span rows; null where a cell above covers this row. */
function span(c: SpanCell, align: TableCellSpec['align'] = 'left'): TableCellSpec | null {
  return c.show ? { text: c.text, rowspan: c.rowspan, align } : null;
}

function headRows(head: TableHead): TableBlock['head'] {
  return head.rows.map((row: HeaderCell[]) => ({
    numbering: row.every((h) => h.className === 'col-number'),
    cells: row.map((h) => ({ text: h.text, colspan: h.colspan, rowspan: h.rowspan })),
  }));
}

/** A bordered table as the PDF's `table.grid` (10.5 pt, 3 pt × 4 pt padding); up to five rows stay on one page. */
function gridTable(columns: number[], head: TableHead, rows: (TableCellSpec | null)[][]): TableBlock {
  return {
    kind: 'table',
    columns,
    head: headRows(head),
    rows: rows.map((r) => r.filter((c): c is TableCellSpec => c !== null)),
    size: 10.5,
    numberingSize: 9,
    padding: { x: 4, y: 3 },
    keepTogether: rows.length <= 5,
  };
}
