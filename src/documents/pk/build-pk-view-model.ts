/**
 * Shapes a validated workbook into the Perjanjian Kinerja of its Tahun: the agreement page
 * (standard text of PermenPAN-RB 53/2014, pihak kedua left, pihak pertama right) and its
 * lampiran (Sasaran | Indikator Kinerja | Target; Program/Kegiatan | Anggaran | Keterangan
 * with the total), both signed again. Pure: no I/O, no clock.
 */
import { Decimal } from 'decimal.js';
import type { CalendarDate, Workbook } from '../../model/workbook-types.js';
import { formatMoney } from '../../format/format-number.js';
import { clean, upper } from '../shared/text-utils.js';
import {
  atasanSignature,
  buildMeta,
  buildPaper,
  buildYearCover,
  type PaperName,
  pejabatSignature,
  perangkatDaerahLengkap,
  placeAndDate,
} from '../shared/year-document.js';
import { hc, numberingRow, perjanjianRows } from '../shared/view-builders.js';
import type { PkAnggaranRow, PkSasaranRow, PkSignaturesView, PkViewModel } from './pk-view-model.js';

export interface BuildPkOptions {
  /** `tanggalPk(wb, --date)`. */
  tanggal: CalendarDate;
  paper: PaperName;
  /** Print a cover (`--sampul`). */
  sampul: boolean;
  logoDataUrl: string | null;
}

export function buildPkViewModel(wb: Workbook, options: BuildPkOptions): PkViewModel {
  const id = wb.identitas;
  const title = `PERJANJIAN KINERJA TAHUN ${id.tahun}`;
  const unitLines = [upper(id.unitKerja), upper(perangkatDaerahLengkap(id))];
  const signatures: PkSignaturesView = {
    left: atasanSignature(id, 'Pihak Kedua,'),
    right: pejabatSignature(id, 'Pihak Pertama,'),
    placeDate: placeAndDate(id, options.tanggal),
  };
  const meta = buildMeta(id, options.tanggal, {
    title: `Perjanjian Kinerja Tahun ${id.tahun}`,
    subject: `Perjanjian Kinerja Tahun ${id.tahun} ${clean(id.unitKerja)} ${perangkatDaerahLengkap(id)}`,
    keywords: ['Perjanjian Kinerja', 'PK'],
  });
  const agreement = {
    id: 'perjanjian-kinerja',
    isHeading: options.sampul,
    title,
    unitLines,
    intro:
      'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
    pihakPertama: { nama: clean(id.namaPejabat), jabatan: clean(id.jabatan), sebutan: 'selanjutnya disebut pihak pertama.' },
    pihakKedua: {
      nama: clean(id.namaAtasan ?? ''),
      jabatan: clean(id.jabatanAtasan ?? ''),
      sebutan: 'selaku atasan pihak pertama, selanjutnya disebut pihak kedua.',
    },
    paragraphs: [
      'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
      'Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
    ],
    signatures,
  };
  const lampiranTitle = title;
  return {
    lang: 'id',
    paper: buildPaper(options.paper),
    meta,
    outline: [
      ...(options.sampul ? [{ level: 1 as const, id: agreement.id, text: `Perjanjian Kinerja Tahun ${id.tahun}` }] : []),
      { level: 1, id: 'lampiran', text: `Lampiran: Perjanjian Kinerja Tahun ${id.tahun}` },
    ],
    firstPage: options.sampul ? 'Sampul' : `Perjanjian Kinerja Tahun ${id.tahun}`,
    cover: options.sampul ? buildYearCover(id, 'PERJANJIAN KINERJA', options.logoDataUrl) : null,
    agreement,
    lampiran: {
      id: 'lampiran',
      label: 'LAMPIRAN',
      title: lampiranTitle,
      unitLines,
      head: {
        rows: [[hc('No.'), hc('Sasaran'), hc('Indikator Kinerja'), hc('Target')], numberingRow(['1', '2', '3', '4'])],
      },
      rows: sasaranRows(wb),
      anggaranHead: { rows: [[hc('No.'), hc('Program/Kegiatan'), hc('Anggaran (Rp)'), hc('Keterangan')]] },
      anggaranRows: anggaranRows(wb),
      totalLabel: 'Jumlah',
      total: formatMoney(totalPagu(wb), moneyDecimals(wb)),
      signatures,
    },
  };
}

function sasaranRows(wb: Workbook): PkSasaranRow[] {
  return perjanjianRows(wb.indikator);
}

/** Whole rupiah unless some pagu has sen. */
export function moneyDecimals(wb: Workbook): number {
  return wb.anggaran.every((a) => a.pagu.isInteger()) ? 0 : 2;
}

export function totalPagu(wb: Workbook): Decimal {
  return wb.anggaran.reduce((sum, a) => sum.plus(a.pagu), new Decimal(0));
}

/** Kegiatan in workbook order; a programme row opens each run of kegiatan of one `Program`. */
function anggaranRows(wb: Workbook): PkAnggaranRow[] {
  const decimals = moneyDecimals(wb);
  const out: PkAnggaranRow[] = [];
  let program: string | null = null;
  let no = 0;
  for (const a of wb.anggaran) {
    const p = a.program === null ? '' : clean(a.program);
    if (p !== '' && p !== program) {
      out.push({ isProgram: true, no: '', kegiatan: p, anggaran: '', keterangan: '' });
    }
    program = p === '' ? program : p;
    no += 1;
    out.push({ isProgram: false, no: `${no}.`, kegiatan: clean(a.kegiatan), anggaran: formatMoney(a.pagu, decimals), keterangan: clean(a.sumberDana) });
  }
  return out;
}
