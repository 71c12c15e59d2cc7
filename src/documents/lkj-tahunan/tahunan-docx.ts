/**
 * The annual LKj as Word blocks: its view model mapped onto the neutral docx model. The
 * lists (Daftar Isi, Tabel, Grafik) become a TOC field Word fills on opening (Heading 1–2),
 * since Word paginates on its own; the printed lists with pages are the PDF's.
 */
import type { Block as DocxBlock, CoverSpec, DocxDocument, TableCellSpec } from '../../model/docx-document.js';
import type { TteView } from '../../model/signers.js';
import { docxMeta } from '../shared/docx-meta.js';
import type { VerificationView } from '../shared/verification.js';
import { verificationBlocks, verificationOf } from '../shared/verification-docx.js';
import type { Block, SectionView, TahunanViewModel } from './tahunan-view-model.js';

const MARGIN_MM = { top: 25, right: 20, bottom: 20, left: 25 };
const MM_TO_PT = 72 / 25.4;

/**
 * Pictures come through functions the pipeline passes (the Word renderer's own), so this
 * mapping needs only the neutral block types.
 */
export interface Pictures {
  /** A data: URL image scaled to fit `maxHeightMm` × `maxWidthMm`, or null when unusable. */
  image(dataUrl: string | null, alt: string, maxHeightMm?: number, maxWidthMm?: number): CoverSpec['logo'];
  svgToPng(svg: string): { data: Uint8Array; width: number; height: number };
}

/** What a block needs besides its own view: the page's text width, pictures, and `--tte`/`--qr`. */
interface Ctx {
  textWidthPt: number;
  pictures: Pictures;
  /** `--tte`: the signers and box size the pipeline added (src/pipeline/signing.ts). */
  tte: TteView | null;
  verification: VerificationView | null;
}

export function tahunanDocument(vm: TahunanViewModel, pictures: Pictures): DocxDocument {
  const widthMm = parseFloat(vm.paper.width);
  const ctx: Ctx = {
    textWidthPt: (widthMm - MARGIN_MM.left - MARGIN_MM.right) * MM_TO_PT,
    pictures,
    tte: (vm as TahunanViewModel & { tte?: TteView | null }).tte ?? null,
    verification: verificationOf(vm),
  };
  const c = vm.cover;
  const body: DocxBlock[] = [
    ...vm.frontSections.flatMap((s) => section(s, ctx)),
    { kind: 'heading', level: 1, number: '', title: vm.daftarIsi.heading.title, pageBreakBefore: true },
    { kind: 'toc', title: vm.daftarIsi.heading.title },
    ...vm.sections.flatMap((s) => section(s, ctx)),
  ];
  return {
    meta: docxMeta(vm.meta),
    page: { widthMm, heightMm: parseFloat(vm.paper.height), margin: MARGIN_MM },
    font: 'Times New Roman',
    size: 12,
    lineSpacing: 1.5,
    pageNumberSize: 11,
    footerNote: ctx.tte?.footer,
    cover: {
      top: [
        { text: c.judul, size: 22, letterSpacing: 0.9, spaceAfter: 4 },
        { text: c.periode, size: 16, spaceAfter: 18 },
        ...(c.jenjangJabatan ? [{ text: c.jenjangJabatan, size: 14 }] : []),
        { text: c.jabatan, size: 14 },
      ],
      logo: pictures.image(c.logoDataUrl, c.logoAlt),
      bottom: [
        { text: c.pemerintah, size: 16 },
        { text: c.perangkatDaerah, size: 16 },
        ...(c.alamat ? [{ text: c.alamat, size: 12, bold: false, spaceAfter: 2 }] : []),
        { text: c.kota, size: 14 },
      ],
    },
    body,
  };
}

function section(s: SectionView, ctx: Ctx): DocxBlock[] {
  const head: DocxBlock =
    s.level === 1
      ? { kind: 'heading', level: 1, number: s.heading.number, title: s.heading.title, pageBreakBefore: true }
      : s.level === 2
        ? { kind: 'heading', level: 2, number: s.heading.number, title: s.heading.title }
        : { kind: 'paragraph', text: s.heading.text, bold: true, keepNext: true, spaceBefore: 10 };
  const pageBreak: DocxBlock[] = s.newPage && s.level !== 1 ? [{ kind: 'page-break' }] : [];
  return [...pageBreak, head, ...s.blocks.flatMap((b) => block(b, ctx))];
}

function block(b: Block, { textWidthPt, pictures, tte, verification }: Ctx): DocxBlock[] {
  if (b.isParagraph) return [{ kind: 'paragraph', text: b.text, align: 'justify' }];
  if (b.isSubtitle) return [{ kind: 'paragraph', text: b.text, bold: true, keepNext: true, spaceBefore: 6 }];
  if (b.isList) return [{ kind: 'list', style: b.ordered ? 'decimal' : 'bullet', items: b.items.map((i) => ({ text: i.text })) }];
  if (b.table) {
    const t = b.table;
    const total = t.widths.reduce((x, y) => x + y, 0);
    const out: DocxBlock[] = [];
    if (t.title) out.push({ kind: 'paragraph', text: t.title, bold: true, size: 11, keepNext: true, spaceBefore: 6 });
    out.push({
      kind: 'table',
      columns: t.widths.map((w) => w / total),
      head: t.head.rows.map((r) => ({ cells: r.map((h) => ({ text: h.text, colspan: h.colspan, rowspan: h.rowspan, bold: true, align: 'center' as const })) })),
      rows: t.rows.map((r) =>
        r.cells
          .filter((c) => c.show)
          .map(
            (c): TableCellSpec => ({
              text: c.text,
              colspan: c.colspan,
              rowspan: c.rowspan,
              bold: r.isTotal || c.className.includes('bold'),
              align: c.className.includes('number') ? 'right' : c.className.includes('center') ? 'center' : 'left',
            }),
          ),
      ),
      size: 10.5,
      padding: { x: 4, y: 3 },
      keepTogether: t.rows.length <= 8,
    });
    if (t.note) out.push({ kind: 'paragraph', text: t.note, size: 10 });
    return out;
  }
  if (b.chart) {
    const png = pictures.svgToPng(b.chart.svg);
    const width = Math.min(textWidthPt, 130 * MM_TO_PT);
    return [{ kind: 'image', png: png.data, width, height: (width * png.height) / png.width, alt: b.chart.title, caption: b.chart.title }];
  }
  if (b.image) {
    const img = pictures.image(b.image.dataUrl, b.image.alt, 150, 160);
    // The Word model takes PNG images; a JPEG bagan is named by its caption only.
    if (img && img.type === 'png') return [{ kind: 'image', png: img.data, width: img.width, height: img.height, alt: img.alt, caption: b.image.title }];
    return [{ kind: 'paragraph', text: b.image.title, bold: true, align: 'center' }];
  }
  if (b.signature) {
    const s = b.signature;
    // --tte: the head's box in each signature, their anchor only in the main one (Kata Pengantar).
    const signer = tte?.signers.kepala;
    const box = tte && signer ? { widthMm: tte.box.widthMm, heightMm: tte.box.heightMm, anchor: s.main ? signer.anchor : null } : undefined;
    const space = Math.max(26, tte ? tte.box.heightMm + 4 : 0) * MM_TO_PT;
    return [
      { kind: 'signatures', columns: [null, { above: [s.label, s.jabatan], nama: s.nama, below: s.nip ? [s.nip] : [], box }], space },
      // --qr: under the main signature, as in the PDF.
      ...(s.main ? verificationBlocks(verification) : []),
    ];
  }
  return [];
}
