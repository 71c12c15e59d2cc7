/**
 * The Rencana Aksi as Word blocks (src/model/docx-document.ts): landscape page, the
 * eleven-column table of templates/rencana-aksi/style.css, the note and the unit head's
 * signature; words and figures from the view model, unchanged.
 */
import type { TteView } from '../../model/signers.js';
import type { Block, DocxDocument, TableCellSpec } from '../../model/docx-document.js';
import { docxMeta } from '../shared/docx-meta.js';
import { grid, type LogoFn, pageOf, yearCover } from '../shared/year-document-docx.js';
import { verificationBlocks, verificationOf } from '../shared/verification-docx.js';
import type { RencanaAksiViewModel } from './rencana-aksi-view-model.js';

const MM_TO_PT = 72 / 25.4;

/** The Rencana Aksi as the Word renderer's model; `logo` draws the cover's picture. */
export function rencanaAksiDocument(vm: RencanaAksiViewModel, logo: LogoFn): DocxDocument {
  // --tte: the signer and box size the pipeline added (src/pipeline/signing.ts).
  const tte = (vm as RencanaAksiViewModel & { tte?: TteView | null }).tte ?? null;
  const rows = vm.rows.map((r): (TableCellSpec | null)[] => [
    r.no.show ? { text: r.no.text, rowspan: r.no.rowspan, align: 'center' } : null,
    r.sasaran.show ? { text: r.sasaran.text, rowspan: r.sasaran.rowspan } : null,
    { text: r.indikator },
    { text: r.satuan, align: 'center' },
    { text: r.target, align: 'center' },
    ...r.targetTw.map((t): TableCellSpec => ({ text: t, align: 'center' })),
    r.kegiatan.show ? { text: r.kegiatan.text, rowspan: r.kegiatan.rowspan } : null,
    r.pagu.show ? { text: r.pagu.text, rowspan: r.pagu.rowspan, align: 'right' } : null,
  ]);
  const body: Block[] = [
    { kind: 'heading', level: 1, number: '', title: vm.title },
    ...vm.unitLines.map((t, i): Block => ({ kind: 'paragraph', text: t, align: 'center', bold: true, keepNext: true, spaceAfter: i === vm.unitLines.length - 1 ? 10 : 0 })),
    { ...grid([0.04, 0.13, 0.17, 0.07, 0.07, 0.075, 0.075, 0.075, 0.075, 0.13, 0.09], vm.head, rows, 9.5), padding: { x: 3, y: 2 } },
    ...vm.notes.map((n): Block => ({ kind: 'paragraph', text: n, size: 9.5, align: 'left', spaceAfter: 6 })),
    {
      kind: 'signatures',
      columns: [
        null,
        {
          above: [vm.placeDate, vm.signature.jabatan],
          nama: vm.signature.nama,
          below: vm.signature.nip ? [vm.signature.nip] : [],
          // --tte: the unit head's box and anchor.
          box: tte?.signers.kepala ? { widthMm: tte.box.widthMm, heightMm: tte.box.heightMm, anchor: tte.signers.kepala.anchor } : undefined,
        },
      ],
      space: Math.max(20, tte ? tte.box.heightMm + 4 : 0) * MM_TO_PT,
    },
    // --qr: under the signature, as in the PDF.
    ...verificationBlocks(verificationOf(vm)),
  ];
  return {
    meta: docxMeta(vm.meta),
    footerNote: tte?.footer,
    page: pageOf(vm.paper, { top: 20, right: 20, bottom: 20, left: 25 }),
    font: 'Times New Roman',
    size: 12,
    lineSpacing: 1.15,
    pageNumberSize: 11,
    cover: vm.cover ? yearCover(vm.cover, logo) : null,
    body,
  };
}
