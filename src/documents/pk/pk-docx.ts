/**
 * The Perjanjian Kinerja as Word blocks (src/model/docx-document.ts): the layout decisions
 * of templates/pk/style.css — agreement page, lampiran on a page of its own, column widths,
 * type sizes — with the view model's words and figures unchanged.
 */
import type { Block, DocxDocument, SignatureColumn, TableCellSpec } from '../../model/docx-document.js';
import { docxMeta } from '../shared/docx-meta.js';
import type { TteView } from '../../model/signers.js';
import type { SignatureView } from '../shared/year-document.js';
import { grid, type LogoFn, pageOf, yearCover } from '../shared/year-document-docx.js';
import { verificationBlocks, verificationOf } from '../shared/verification-docx.js';
import type { PkSignaturesView, PkViewModel } from './pk-view-model.js';

/** `@page { margin: 20mm 20mm 20mm 25mm }` of templates/pk/style.css. */
const MARGIN_MM = { top: 20, right: 20, bottom: 20, left: 25 };
const MM_TO_PT = 72 / 25.4;

/** The PK as the Word renderer's model (exported for tests). */
export function pkDocument(vm: PkViewModel, logo: LogoFn): DocxDocument {
  // --tte: the signers and box size the pipeline added (src/pipeline/signing.ts).
  const tte = (vm as PkViewModel & { tte?: TteView | null }).tte ?? null;
  const a = vm.agreement;
  const l = vm.lampiran;
  const body: Block[] = [
    { kind: 'heading', level: 1, number: '', title: a.title },
    ...unitLines(a.unitLines),
    para(a.intro),
    party(a.pihakPertama),
    para(a.pihakPertama.sebutan, { align: 'left' }),
    party(a.pihakKedua),
    para(a.pihakKedua.sebutan, { align: 'left' }),
    ...a.paragraphs.map((p) => para(p)),
    signatures(a.signatures, tte, true),
    // --qr: on the agreement page, under its signatures, as in the PDF.
    ...verificationBlocks(verificationOf(vm)),
    { kind: 'page-break' },
    para(l.label, { bold: true, align: 'left', spaceAfter: 4 }),
    { kind: 'heading', level: 1, number: '', title: l.title },
    ...unitLines(l.unitLines),
    grid(
      [0.07, 0.33, 0.4, 0.2],
      l.head,
      l.rows.map((r) => [
        r.no.show ? { text: r.no.text, rowspan: r.no.rowspan, align: 'center' } : null,
        r.sasaran.show ? { text: r.sasaran.text, rowspan: r.sasaran.rowspan } : null,
        { text: r.indikator },
        { text: r.target, align: 'center' },
      ]),
    ),
    grid(
      [0.07, 0.51, 0.22, 0.2],
      l.anggaranHead,
      [
        ...l.anggaranRows.map((r): (TableCellSpec | null)[] =>
          r.isProgram
            ? [{ text: '' }, { text: r.kegiatan, colspan: 3, bold: true }]
            : [{ text: r.no, align: 'center' }, { text: r.kegiatan }, { text: r.anggaran, align: 'right' }, { text: r.keterangan, align: 'center' }],
        ),
        [{ text: '' }, { text: l.totalLabel, align: 'center', bold: true }, { text: l.total, align: 'right', bold: true }, { text: '' }],
      ],
    ),
    signatures(l.signatures, tte, false),
  ];
  return {
    meta: docxMeta(vm.meta),
    page: pageOf(vm.paper, MARGIN_MM),
    font: 'Times New Roman',
    size: 12,
    lineSpacing: 1.15,
    pageNumberSize: 11,
    footerNote: tte?.footer,
    cover: vm.cover ? yearCover(vm.cover, logo) : null,
    body,
  };
}

const para = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', text, align: 'justify', spaceAfter: 6, ...extra });

function unitLines(lines: string[]): Block[] {
  return lines.map((t, i) => para(t, { align: 'center', bold: true, spaceAfter: i === lines.length - 1 ? 14 : 0, keepNext: true }));
}

/** `Nama : …` and `Jabatan : …` as two lines of one paragraph. */
function party(p: { nama: string; jabatan: string }): Block {
  return {
    kind: 'paragraph',
    align: 'left',
    spaceAfter: 2,
    text: [{ text: `Nama\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0: ${p.nama}` }, { text: `Jabatan\u00A0\u00A0: ${p.jabatan}`, lineBreakBefore: true }],
  };
}

function column(label: string, s: SignatureView, placeDate: string | null): SignatureColumn {
  return { above: [...(placeDate === null ? [''] : [placeDate]), label, s.jabatan], nama: s.nama, below: s.nip ? [s.nip] : [] };
}

/** Pihak kedua left, pihak pertama right under the place and date. */
function signatures(s: PkSignaturesView, tte: TteView | null, anchors: boolean): Block {
  // --tte: a box per signer; the anchors only at the agreement page (one per signer).
  const box = (key: string): SignatureColumn['box'] =>
    tte?.signers[key] ? { widthMm: tte.box.widthMm, heightMm: tte.box.heightMm, anchor: anchors ? tte.signers[key].anchor : null } : undefined;
  const space = Math.max(22, tte ? tte.box.heightMm + 4 : 0) * MM_TO_PT;
  return {
    kind: 'signatures',
    columns: [{ ...column(s.left.label, s.left, null), box: box('atasan') }, { ...column(s.right.label, s.right, s.placeDate), box: box('kepala') }],
    space,
  };
}

