/**
 * The generated sentences of the annual report, in the register of the reference report
 * (`Kegiatan … dengan Indikator …, dimana …`). Pure functions of the figures.
 */
import type { Decimal } from 'decimal.js';
import type { AnggaranResult, EfisiensiResult, IndikatorTahunan, Ringkasan } from '../../model/calc-types.js';
import { formatCount, formatPercent, formatRupiah } from '../../format/format-number.js';
import { clean, joinIndonesian, kegiatanPhrase, quantity } from '../shared/text-utils.js';

/** `%` / `persen` indicators: differences are in poin, not in the unit. */
export function isPercentSatuan(satuan: string): boolean {
  const s = clean(satuan).toLowerCase();
  return s === '%' || s.includes('persen') || s === 'prosen';
}

/** `12 orang`, `2,50 poin` (a difference). */
export function difference(x: Decimal, satuan: string): string {
  return isPercentSatuan(satuan) ? `${formatCount(x.abs())} poin` : quantity(x.abs(), satuan);
}

/** 1. Target and realisation of the year. */
export function targetRealisasiText(ind: IndikatorTahunan, kegiatan: string, tahun: number): string {
  const start = `${kegiatanPhrase(kegiatan)} dengan Indikator ${clean(ind.indikator)}`;
  const target = quantity(ind.target, ind.satuan);
  if (ind.belumDapatDiukur || ind.realisasi === null) {
    return `${start}, dimana pada Tahun ${tahun} dari target ${target} belum ada realisasi sehingga capaian kinerja belum dapat diukur.`;
  }
  const realisasi = quantity(ind.realisasi, ind.satuan);
  const negatif =
    ind.polaritas === 'negatif'
      ? ' Indikator ini berpolaritas negatif, yaitu semakin rendah realisasi semakin baik, sehingga capaian kinerja dihitung dengan rumus (2 × target − realisasi) / target × 100.'
      : '';
  if (ind.capaian === null) return `${start}, dimana pada Tahun ${tahun} dari target ${target} terealisasi ${realisasi} sehingga capaian kinerja tidak dapat dihitung.${negatif}`;
  const kategori = ind.kategori === null ? '' : ` dengan kategori ${ind.kategori}`;
  return `${start}, dimana capaian kinerja Tahun ${tahun} dari target ${target} terealisasi ${realisasi} atau tercapai ${formatPercent(ind.capaian)} %${kategori}.${negatif}`;
}

/** 2. Against last year: verb by sign, judgement by polarity. */
export function perubahanText(ind: IndikatorTahunan, tahun: number): string {
  const past = ind.riwayat.filter((r) => r.realisasi !== null);
  if (ind.riwayat.length === 0 || past.length === 0) {
    return `Indikator ini belum memiliki data realisasi tahun-tahun sebelumnya, sehingga perbandingan dengan tahun sebelumnya belum dapat disajikan.`;
  }
  const years = joinIndonesian(past.map((r) => String(r.tahun)));
  const lead = `Data realisasi tahun sebelumnya tersedia untuk tahun ${years}.`;
  const last = ind.riwayat.find((r) => r.tahun === tahun - 1);
  if (ind.perubahan === null || last?.realisasi == null || ind.realisasi === null) {
    const why = ind.realisasi === null ? `realisasi Tahun ${tahun} belum dapat diukur` : `realisasi Tahun ${tahun - 1} tidak tersedia`;
    return `${lead} Perubahan terhadap tahun sebelumnya tidak dapat dihitung karena ${why}.`;
  }
  const { selisih, persen } = ind.perubahan;
  const from = `dari ${quantity(last.realisasi, ind.satuan)} pada Tahun ${tahun - 1} menjadi ${quantity(ind.realisasi, ind.satuan)} pada Tahun ${tahun}`;
  if (selisih.isZero()) {
    return `${lead} Realisasi indikator ini tetap ${from}, sehingga kinerjanya tidak berubah dibandingkan tahun sebelumnya.`;
  }
  const naik = selisih.isPositive();
  const verb = naik ? 'meningkat' : 'menurun';
  const baik = naik === (ind.polaritas === 'positif');
  const pct = persen === null ? '' : ` (${formatPercent(persen.abs())} %)`;
  const judgement = baik ? 'membaik' : 'memburuk';
  const pol = ind.polaritas === 'negatif' ? ' karena indikator ini berpolaritas negatif' : '';
  return `${lead} Realisasi indikator ini ${verb} ${difference(selisih, ind.satuan)}${pct} ${from}, sehingga kinerjanya ${judgement} dibandingkan tahun sebelumnya${pol}.`;
}

/** 3. Against the Renstra end target. */
export function renstraText(ind: IndikatorTahunan, tahun: number, tahunAkhir: number | null): string {
  if (ind.targetAkhir === null) {
    return `Indikator ini tidak tercantum dalam Rencana Strategis (lembar Renstra), sehingga perbandingan dengan target akhir Renstra belum dapat disajikan.`;
  }
  const akhir = tahunAkhir === null ? 'target akhir Renstra' : `target akhir Renstra (Tahun ${tahunAkhir})`;
  if (ind.realisasi === null) return `Dibandingkan dengan ${akhir} sebesar ${quantity(ind.targetAkhir, ind.satuan)}, realisasi Tahun ${tahun} belum dapat diukur.`;
  const cap = ind.capaianTargetAkhir === null ? 'tidak dapat dihitung' : `telah mencapai ${formatPercent(ind.capaianTargetAkhir)} %`;
  const sisa =
    ind.capaianTargetAkhir !== null && ind.capaianTargetAkhir.greaterThanOrEqualTo(100)
      ? ' Target akhir periode Renstra telah terlampaui.'
      : ind.capaianTargetAkhir !== null
        ? ' Target akhir periode Renstra belum tercapai dan perlu upaya pada tahun-tahun berikutnya.'
        : '';
  return `Dibandingkan dengan ${akhir} sebesar ${quantity(ind.targetAkhir, ind.satuan)}, realisasi Tahun ${tahun} sebesar ${quantity(ind.realisasi, ind.satuan)} ${cap}.${sisa}`;
}

/** 4. Against the national standard. */
export function standarText(ind: IndikatorTahunan, tahun: number): string {
  const sn = ind.standarNasional;
  if (sn === null) return `Tidak terdapat standar nasional untuk indikator ini, sehingga perbandingan dengan standar nasional tidak disajikan.`;
  const teks = clean(sn.teks);
  if (sn.nilai === null || ind.realisasi === null) {
    return `Standar nasional untuk indikator ini adalah ${teks}; realisasi Tahun ${tahun} ${ind.realisasi === null ? 'belum dapat diukur' : `sebesar ${quantity(ind.realisasi, ind.satuan)}`}.`;
  }
  const better = ind.polaritas === 'positif' ? ind.realisasi.greaterThanOrEqualTo(sn.nilai) : ind.realisasi.lessThanOrEqualTo(sn.nilai);
  const pos = better ? 'telah memenuhi' : 'belum memenuhi';
  return `Standar nasional untuk indikator ini adalah ${teks}. Realisasi Tahun ${tahun} sebesar ${quantity(ind.realisasi, ind.satuan)} ${pos} standar nasional tersebut.`;
}

/** 6. Efficiency: the budget sentence of the quarterly report, for the year. */
export function efisiensiText(ind: IndikatorTahunan, ang: AnggaranResult | undefined, eff: EfisiensiResult | undefined, tahun: number): string {
  if (ang === undefined) return `Kegiatan ${clean(ind.kegiatan)} tidak tercantum pada lembar Anggaran, sehingga efisiensi penggunaan sumber daya tidak dapat dihitung.`;
  const kegiatan = kegiatanPhrase(ang.kegiatan);
  if (ang.capaian === null) return `${kegiatan} tidak memiliki pagu anggaran pada Tahun ${tahun}, sehingga capaian anggaran dan efisiensi tidak dapat dihitung.`;
  const base = `${kegiatan} dengan pagu ${formatRupiah(ang.pagu)} terealisasi sebesar ${formatRupiah(ang.realisasi)} atau ${formatPercent(ang.capaian)} % (sisa ${formatRupiah(ang.sisa)})`;
  const e = eff?.efisiensi ?? null;
  if (e === null || ind.capaian === null) return `${base}; karena capaian kinerja belum dapat diukur, efisiensi tidak dapat dihitung.`;
  if (e.isNegative() && !e.isZero()) {
    return `${base}, sedangkan capaian kinerjanya ${formatPercent(ind.capaian)} %, sehingga apabila diperbandingkan tidak terdapat efisiensi (selisih ${formatPercent(e)} %).`;
  }
  return `${base}, sedangkan capaian kinerjanya ${formatPercent(ind.capaian)} %, sehingga apabila diperbandingkan terdapat efisiensi ${formatPercent(e)} %.`;
}

/** 7. The programme and kegiatan that carried the indicator. */
export function pendukungText(ind: IndikatorTahunan, program: string | null, ang: AnggaranResult | undefined): string {
  const prog = program === null || clean(program) === '' ? '' : ` dalam ${/^program\b/iu.test(clean(program)) ? clean(program) : `Program ${clean(program)}`}`;
  const kegiatan = kegiatanPhrase(ang?.kegiatan ?? ind.kegiatan);
  const dana = ang === undefined ? '' : ` dengan sumber dana ${clean(ang.sumberDana)}`;
  return `Capaian indikator ini didukung oleh pelaksanaan ${kegiatan}${prog}${dana}.`;
}

/** Ikhtisar: the year in figures. */
export function ikhtisarFigures(r: Ringkasan, tahun: number, unit: string): string[] {
  const out: string[] = [];
  const measured = r.jumlahIndikator - r.belumDapatDiukur;
  const kat = Object.entries(r.perKategori)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} indikator berkategori ${k}`);
  let s = `Pada Tahun ${tahun}, ${unit} mengukur ${r.jumlahIndikator} indikator kinerja`;
  s += r.belumDapatDiukur > 0 ? `, ${r.belumDapatDiukur} di antaranya belum dapat diukur.` : '.';
  if (measured > 0) {
    s += ` Dari ${measured} indikator yang dapat diukur, ${r.capaianMin100} indikator mencapai atau melampaui target (capaian 100 % atau lebih)`;
    s += kat.length > 0 ? `; menurut skala penilaian terdapat ${joinIndonesian(kat)}.` : '.';
  }
  out.push(s);
  const ang =
    r.capaianAnggaran === null
      ? `Anggaran yang dikelola tidak memiliki pagu, sehingga penyerapan anggaran tidak dapat dihitung (realisasi ${formatRupiah(r.realisasi)}).`
      : `Dari pagu anggaran sebesar ${formatRupiah(r.pagu)} terealisasi ${formatRupiah(r.realisasi)} atau ${formatPercent(r.capaianAnggaran)} %, dengan sisa anggaran ${formatRupiah(r.pagu.minus(r.realisasi))}.`;
  out.push(ang);
  return out;
}
