/**
 * Shapes a validated workbook into the Rencana Aksi of its Tahun: per sasaran and indicator
 * the annual target and the target planned up to each quarter (cumulative, as published
 * forms print it: `Target TWn` combined with the indicator's Agregasi exactly like
 * realisations), the kegiatan carrying it and its pagu; signed by the unit head on the PK's
 * date. Pure: no I/O, no clock.
 */
import { aggregateTarget } from '../../calc/aggregate-target.js';
import { formatCount, formatMoney } from '../../format/format-number.js';
import { toRoman } from '../../format/roman.js';
import { TWS, type CalendarDate, type Workbook } from '../../model/workbook-types.js';
import { clean, upper } from '../shared/text-utils.js';
import {
  buildMeta,
  buildYearCover,
  type PaperName,
  type PaperView,
  pejabatSignature,
  perangkatDaerahLengkap,
  placeAndDate,
} from '../shared/year-document.js';
import { hc, numberingRow, runSpans, sasaranRuns, spanCell } from '../shared/view-builders.js';
import type { RencanaAksiRow, RencanaAksiViewModel } from './rencana-aksi-view-model.js';

export interface BuildRencanaAksiOptions {
  /** `tanggalPk(wb, --date)`: the Rencana Aksi is dated like the PK. */
  tanggal: CalendarDate;
  paper: PaperName;
  sampul: boolean;
  logoDataUrl: string | null;
}

const DASH = '-';

const PAPERS: Record<PaperName, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};

/** Eleven columns: the Rencana Aksi is printed landscape, as published forms are. */
export function landscapePaper(name: PaperName): PaperView {
  const { width, height } = PAPERS[name];
  return {
    name,
    cssSize: `${height}mm ${width}mm`,
    width: `${height}mm`,
    height: `${width}mm`,
    // @page margins 20 mm top and bottom.
    coverHeight: `${width - 40 - 2}mm`,
  };
}

export function buildRencanaAksiViewModel(wb: Workbook, options: BuildRencanaAksiOptions): RencanaAksiViewModel {
  const id = wb.identitas;
  const title = `RENCANA AKSI TAHUN ${id.tahun}`;
  const decimals = wb.anggaran.every((a) => a.pagu.isInteger()) ? 0 : 2;
  const twHeads = TWS.map((tw) => hc(`s.d. TW ${toRoman(tw)}`, 1, 1, 'tw-head'));
  return {
    lang: 'id',
    paper: landscapePaper(options.paper),
    meta: buildMeta(id, options.tanggal, {
      title: `Rencana Aksi Tahun ${id.tahun}`,
      subject: `Rencana Aksi Tahun ${id.tahun} ${clean(id.unitKerja)} ${perangkatDaerahLengkap(id)}`,
      keywords: ['Rencana Aksi', 'Target Triwulan'],
    }),
    outline: options.sampul ? [{ level: 1, id: 'rencana-aksi', text: `Rencana Aksi Tahun ${id.tahun}` }] : [],
    firstPage: options.sampul ? 'Sampul' : `Rencana Aksi Tahun ${id.tahun}`,
    isHeading: options.sampul,
    cover: options.sampul ? buildYearCover(id, 'RENCANA AKSI', options.logoDataUrl) : null,
    id: 'rencana-aksi',
    title,
    unitLines: [upper(id.unitKerja), upper(perangkatDaerahLengkap(id))],
    head: {
      rows: [
        [
          hc('No.', 1, 2),
          hc('Sasaran', 1, 2),
          hc('Indikator Kinerja', 1, 2),
          hc('Satuan', 1, 2),
          hc(`Target Tahun ${id.tahun}`, 1, 2),
          hc('Target Kumulatif', 4, 1),
          hc('Kegiatan', 1, 2),
          hc('Pagu (Rp)', 1, 2),
        ],
        twHeads,
        numberingRow(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']),
      ],
    },
    rows: rows(wb, decimals),
    notes: [
      'Target s.d. TW I–IV: target yang direncanakan sampai dengan akhir triwulan berkenaan (kumulatif), digabung menurut agregasi indikator: dijumlahkan (kumulatif), nilai triwulan terakhir (terakhir) atau rata-rata triwulan (rata-rata).',
    ],
    placeDate: placeAndDate(id, options.tanggal),
    signature: pejabatSignature(id, ''),
  };
}

function rows(wb: Workbook, decimals: number): RencanaAksiRow[] {
  const inds = wb.indikator;
  const { starts, texts } = sasaranRuns(inds);
  const spans = runSpans(starts);
  // A kegiatan carrying consecutive indicators of one sasaran is printed once.
  const kegiatanStarts = inds.map((ind, i) => starts[i] === true || inds[i - 1]?.kegiatan !== ind.kegiatan);
  const kegiatanSpans = runSpans(kegiatanStarts);
  const anggaran = new Map(wb.anggaran.map((a) => [a.kode, a]));
  let no = 0;
  return inds.map((ind, i) => {
    if (starts[i]) no += 1;
    const span = spans[i] ?? 0;
    const kSpan = kegiatanSpans[i] ?? 0;
    const a = anggaran.get(ind.kegiatan);
    return {
      no: spanCell(`${no}.`, span),
      sasaran: spanCell(texts[i] ?? '', span),
      indikator: clean(ind.indikator),
      satuan: clean(ind.satuan),
      target: formatCount(ind.target),
      targetTw: TWS.map((tw) => {
        const t = aggregateTarget(ind.targetTw, ind.agregasi, tw);
        return t === null ? DASH : formatCount(t);
      }),
      kegiatan: spanCell(a === undefined ? clean(ind.kegiatan) : clean(a.kegiatan), kSpan),
      pagu: spanCell(a === undefined ? DASH : formatMoney(a.pagu, decimals), kSpan),
    };
  });
}
