/**
 * The generated sentences of 2.3 Evaluasi dan Analisis Kinerja, in the wording of the
 * reference report: what the target was, what was realised (and from where), the
 * capaian, then the budget realisation and the efficiency it implies.
 */
import type { Decimal } from 'decimal.js';
import type { AnggaranResult, BreakdownItem, EfisiensiResult, IndikatorResult } from '../../model/calc-types.js';
import { formatCount, formatPercent, formatRupiah } from '../../format/format-number.js';
import { toRoman } from '../../format/roman.js';
import { clean, joinIndonesian, kegiatanPhrase, quantity } from '../shared/text-utils.js';

export interface PeriodContext {
  /** `Tribulan` / `Triwulan`. */
  sebutan: string;
  tw: number;
  tahun: number;
}

/** `Tribulan III Tahun 2023`. */
export function periodeLengkap(ctx: PeriodContext, tw = ctx.tw): string {
  return `${ctx.sebutan} ${toRoman(tw)} Tahun ${ctx.tahun}`;
}

function sumOf(items: readonly BreakdownItem[]): Decimal | null {
  const first = items[0];
  if (first === undefined) return null;
  return items.slice(1).reduce((s, i) => s.plus(i.jumlah), first.jumlah);
}

/**
 * `yang berasal dari hasil fasilitasi rekrutmen oleh A 4 orang, B 23 orang dan untuk
 * Penyandang Disabilitas C sejumlah 3 orang serta D sejumlah 1 orang` /
 * `yang terdiri dari 376 orang X serta 34 orang Y`; '' when the items do not describe
 * the whole realisation.
 */
export function breakdownClause(items: readonly BreakdownItem[], realisasi: Decimal | null, satuan: string): string {
  if (realisasi === null || items.length === 0) return '';
  const total = sumOf(items);
  if (total === null || !total.equals(realisasi)) return '';

  const penempatan = items.filter((i) => i.source === 'penempatan');
  const plain = penempatan.filter((i) => i.keterangan === null || clean(i.keterangan) === '');
  const groups = new Map<string, BreakdownItem[]>();
  for (const i of penempatan) {
    const ket = i.keterangan === null ? '' : clean(i.keterangan);
    if (ket === '') continue;
    const g = groups.get(ket);
    if (g) g.push(i);
    else groups.set(ket, [i]);
  }
  const groupTexts = [...groups].map(
    ([ket, g]) =>
      `untuk ${ket} ${joinIndonesian(
        g.map((i) => `${clean(i.label)} sejumlah ${quantity(i.jumlah, satuan)}`),
        'serta',
      )}`,
  );
  const plainTexts = plain.map((i) => `${clean(i.label)} ${quantity(i.jumlah, satuan)}`);

  let penempatanText = '';
  if (plainTexts.length > 0 && groupTexts.length > 0) {
    penempatanText = `yang berasal dari hasil fasilitasi rekrutmen oleh ${plainTexts.join(', ')}${groupTexts
      .map((g) => ` dan ${g}`)
      .join('')}`;
  } else if (plainTexts.length > 0) {
    penempatanText = `yang berasal dari hasil fasilitasi rekrutmen oleh ${joinIndonesian(plainTexts)}`;
  } else if (groupTexts.length > 0) {
    penempatanText = `yang berasal dari hasil fasilitasi rekrutmen ${groupTexts.join(' dan ')}`;
  }

  const rincian = items
    .filter((i) => i.source === 'rincian')
    .map((i) => `${quantity(i.jumlah, satuan)} ${clean(i.label)}`);
  if (rincian.length === 0) return penempatanText;
  if (penempatanText === '') return `yang terdiri dari ${joinIndonesian(rincian, 'serta')}`;
  return `${penempatanText} serta ${joinIndonesian(rincian, 'serta')}`;
}

/** Last quarter up to TW N with a realisation (for `Terakhir`); null if none. */
function lastFilledQuarter(ind: IndikatorResult, tw: number): number | null {
  let last: number | null = null;
  for (let i = 0; i < tw; i++) if (ind.quarters[i] !== null && ind.quarters[i] !== undefined) last = i + 1;
  return last;
}

/** The performance sentence(s) for one indicator. */
export function kinerjaSentence(ind: IndikatorResult, kegiatanName: string, ctx: PeriodContext): string {
  const start = `${kegiatanPhrase(kegiatanName)} dengan Indikator ${clean(ind.indikator)}`;
  const periode = periodeLengkap(ctx);
  const target = quantity(ind.target, ind.satuan);
  const negatif = ind.polaritas === 'negatif';
  const polaritasNote = negatif
    ? ' Indikator ini berpolaritas negatif, yaitu semakin rendah realisasi semakin baik, sehingga capaian kinerja dihitung dengan rumus (2 × target − realisasi) / target × 100.'
    : '';

  if (ind.realisasi === null) {
    const what = ind.agregasi === 'rata-rata' ? 'rata-rata realisasi' : 'realisasi';
    return `${start}, dimana sampai dengan ${periode} dari target ${target} belum ada ${what} sehingga capaian kinerja belum dapat diukur.${polaritasNote}`;
  }

  const realisasi = quantity(ind.realisasi, ind.satuan);
  const clause = breakdownClause(ind.breakdown, ind.realisasi, ind.satuan);
  const rincian = clause === '' ? '' : ` ${clause}`;
  const tercapai =
    ind.capaian === null
      ? ' sehingga capaian kinerja tidak dapat dihitung.'
      : ` atau tercapai ${formatPercent(ind.capaian)} %.`;

  if (ind.agregasi === 'terakhir') {
    const q = lastFilledQuarter(ind, ctx.tw) ?? ctx.tw;
    const pada = q === ctx.tw ? 'realisasi pada' : 'realisasi terakhir pada';
    return `${start}, dimana dari target ${target} ${pada} ${periodeLengkap(ctx, q)} sebesar ${realisasi}${rincian}${tercapai}${polaritasNote}`;
  }
  if (ind.agregasi === 'rata-rata') {
    return `${start}, dimana dari target ${target} rata-rata realisasi sampai dengan ${periode} sebesar ${realisasi}${tercapai}${polaritasNote}`;
  }
  if (ind.realisasi.isZero() && !negatif) {
    const capaian = ind.capaian === null ? '' : ` sehingga capaian kinerjanya ${formatPercent(ind.capaian)} %`;
    return `${start}, dimana sampai dengan ${periode} dari target ${target} belum ada realisasi${capaian}.`;
  }
  return `${start}, dimana capaian kinerja sampai dengan ${periode} dari target ${target} terealisasi ${realisasi}${rincian}${tercapai}${polaritasNote}`;
}

/**
 * Where the indicator has quarter targets (Rencana Aksi): the realisation against the target
 * planned up to this quarter, e.g. `Terhadap target yang direncanakan sampai dengan Triwulan
 * III Tahun 2023 sebesar 80 orang, capaiannya 191,25 %.`; '' otherwise.
 */
export function targetTwSentence(ind: IndikatorResult, ctx: PeriodContext): string {
  if (ind.targetTw === null || ind.realisasi === null) return '';
  const head = `Terhadap target yang direncanakan sampai dengan ${periodeLengkap(ctx)} sebesar ${quantity(ind.targetTw, ind.satuan)}`;
  return ind.capaianTargetTw === null
    ? `${head}, capaiannya tidak dapat dihitung (target triwulan 0).`
    : `${head}, capaiannya ${formatPercent(ind.capaianTargetTw)} %.`;
}

/** The budget sentence: `Sedangkan Realisasi Anggaran Kegiatan … terdapat efisiensi 113,88 %.` */
export function anggaranSentence(
  ang: AnggaranResult | undefined,
  eff: EfisiensiResult | undefined,
  capaianKinerja: Decimal | null,
  ctx: PeriodContext,
): string {
  if (ang === undefined) return '';
  const kegiatan = kegiatanPhrase(ang.kegiatan);
  if (ang.pagu.isZero() || ang.capaian === null) {
    const spent = ang.realisasi.isZero() ? '' : `, meskipun terdapat realisasi sebesar ${formatRupiah(ang.realisasi)}`;
    return `${kegiatan} tidak memiliki pagu anggaran pada Tahun ${ctx.tahun}${spent}, sehingga capaian anggaran dan efisiensi tidak dapat dihitung.`;
  }
  const efisiensi = eff?.efisiensi ?? null;
  const periode = periodeLengkap(ctx);
  if (ang.realisasi.isZero()) {
    const base = `Sedangkan Anggaran ${kegiatan} dengan pagu ${formatRupiah(ang.pagu)} sampai dengan ${periode} belum ada realisasi (${formatPercent(ang.capaian)} %)`;
    if (efisiensi !== null && capaianKinerja !== null && capaianKinerja.greaterThan(0)) {
      return `${base} sehingga capaian kinerja tersebut dicapai tanpa dukungan anggaran kegiatan dan apabila diperbandingkan dengan capaian kinerja terdapat efisiensi ${formatPercent(efisiensi)} %.`;
    }
    return `${base}.`;
  }
  const base = `Sedangkan Realisasi Anggaran ${kegiatan} terealisasi sebesar ${formatRupiah(ang.realisasi)} atau sebesar ${formatPercent(ang.capaian)} %`;
  if (efisiensi === null) return `${base}.`;
  if (efisiensi.isNegative() && !efisiensi.isZero()) {
    return `${base} sehingga apabila diperbandingkan dengan capaian kinerja tidak terdapat efisiensi (selisih ${formatPercent(efisiensi)} %).`;
  }
  return `${base} sehingga apabila diperbandingkan dengan capaian kinerja terdapat efisiensi ${formatPercent(efisiensi)} %.`;
}
