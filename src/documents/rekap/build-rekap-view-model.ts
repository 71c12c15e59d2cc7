import { Decimal } from 'decimal.js';
import { percentOf, round2 } from '../../calc/round2.js';
import type { CalcResult, IndikatorResult } from '../../model/calc-types.js';
import { BELUM_DAPAT_DIUKUR, DEFAULT_SKALA } from '../../model/skala.js';
import { formatCount, formatMoney, formatPercent } from '../../format/format-number.js';
import { toRoman } from '../../format/roman.js';
import type { Identitas, Tw } from '../../model/workbook-types.js';
import type { RekapAnggaranRow, RekapGroup, RekapIndikatorRow, RekapRingkasan, RekapView } from '../../model/rekap-view-model.js';

export interface RekapUnitInput {
  identitas: Identitas;
  calc: CalcResult;
}

/**
 * One Rekap per year: every unit's indicators and budget absorption, grouped by perangkat
 * daerah. Pure. `tahunan`: the Rekap of the annual reports (the whole year's figures, up to TW IV).
 */
export function buildRekapViewModels(units: readonly RekapUnitInput[], tw: Tw, tahunan = false): RekapView[] {
  const years = [...new Set(units.map((u) => u.identitas.tahun))].sort();
  return years.map((tahun) => buildOne(units.filter((u) => u.identitas.tahun === tahun), tahun, tw, tahunan));
}

function buildOne(units: readonly RekapUnitInput[], tahun: number, tw: Tw, tahunan: boolean): RekapView {
  const byGroup = new Map<string, RekapUnitInput[]>();
  const sorted = [...units].sort(
    (a, b) =>
      a.identitas.pemerintah.localeCompare(b.identitas.pemerintah, 'id') ||
      a.identitas.perangkatDaerah.localeCompare(b.identitas.perangkatDaerah, 'id') ||
      a.identitas.unitKerja.localeCompare(b.identitas.unitKerja, 'id'),
  );
  for (const u of sorted) {
    const key = `${u.identitas.pemerintah}\u0000${u.identitas.perangkatDaerah}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), u]);
  }
  // Units may say Triwulan or Tribulan; the Dinas-level summary uses the standard word.
  const periode = 'Triwulan';
  return {
    title: tahunan ? `REKAPITULASI CAPAIAN KINERJA TAHUN ${tahun}` : `REKAPITULASI CAPAIAN KINERJA ${periode.toUpperCase()} ${toRoman(tw)} TAHUN ${tahun}`,
    subtitle: tahunan ? `${units.length} unit kerja, data Tahun ${tahun}` : `${units.length} unit kerja, data sampai dengan ${periode} ${toRoman(tw)} Tahun ${tahun}`,
    tahun,
    tw,
    groups: [...byGroup.values()].map(group),
  };
}

function group(units: RekapUnitInput[]): RekapGroup {
  const first = units[0]!.identitas;
  const indikatorRows: RekapIndikatorRow[] = [];
  const anggaranRows: RekapAnggaranRow[] = [];
  let paguTotal = new Decimal(0);
  let realTotal = new Decimal(0);
  units.forEach((u, n) => {
    u.calc.indikator.forEach((ind, i) => {
      indikatorRows.push({
        unitKerja: u.identitas.unitKerja,
        showUnit: i === 0,
        unitRowspan: u.calc.indikator.length,
        no: i === 0 ? `${n + 1}.` : '',
        indikator: ind.indikator,
        target: `${formatCount(ind.target)} ${ind.satuan}`.trim(),
        realisasi: ind.realisasi === null ? '-' : `${formatCount(ind.realisasi)} ${ind.satuan}`.trim(),
        capaian: ind.capaian === null ? '-' : formatPercent(ind.capaian),
        kategori: ind.belumDapatDiukur ? BELUM_DAPAT_DIUKUR : (ind.kategori ?? '-'),
        figures: { target: ind.target.toNumber(), realisasi: ind.realisasi?.toNumber() ?? null, capaian: ind.capaian?.toNumber() ?? null },
      });
    });
    const pagu = u.calc.anggaran.reduce((s, a) => s.plus(a.pagu), new Decimal(0));
    const real = u.calc.anggaran.reduce((s, a) => s.plus(a.realisasi), new Decimal(0));
    paguTotal = paguTotal.plus(pagu);
    realTotal = realTotal.plus(real);
    const capaian = pagu.isZero() ? null : round2(percentOf(real, pagu));
    anggaranRows.push({
      no: `${n + 1}.`,
      unitKerja: u.identitas.unitKerja,
      pagu: formatMoney(pagu),
      realisasi: formatMoney(real),
      capaian: capaian === null ? '-' : formatPercent(capaian),
      figures: { pagu: pagu.toNumber(), realisasi: real.toNumber(), capaian: capaian?.toNumber() ?? null },
    });
  });
  const totalCapaian = paguTotal.isZero() ? null : round2(percentOf(realTotal, paguTotal));
  return {
    heading: `${first.perangkatDaerah} — ${first.pemerintah}`,
    pemerintah: first.pemerintah,
    perangkatDaerah: first.perangkatDaerah,
    indikatorRows,
    anggaranRows,
    anggaranTotal: { pagu: formatMoney(paguTotal), realisasi: formatMoney(realTotal), capaian: totalCapaian === null ? '-' : formatPercent(totalCapaian) },
    ringkasan: ringkasan(units.flatMap((u) => u.calc.indikator)),
  };
}

/** Counts per kategori; indicators that are belum dapat diukur are in none of them (nor in ≥ 100 %). */
export function ringkasan(indikator: readonly IndikatorResult[]): RekapRingkasan {
  const counts = new Map<string, number>();
  let belum = 0;
  let min100 = 0;
  for (const ind of indikator) {
    if (ind.belumDapatDiukur) {
      belum += 1;
      continue;
    }
    if (ind.kategori !== null) counts.set(ind.kategori, (counts.get(ind.kategori) ?? 0) + 1);
    if (ind.capaian?.greaterThanOrEqualTo(100)) min100 += 1;
  }
  // Units may carry their own Skala: the default order first, other names as they came.
  const rank = (k: string) => {
    const i = DEFAULT_SKALA.findIndex((s) => s.kategori === k);
    return i < 0 ? DEFAULT_SKALA.length : i;
  };
  const perKategori = [...counts]
    .map(([kategori, jumlah]) => ({ kategori, jumlah }))
    .sort((a, b) => rank(a.kategori) - rank(b.kategori));
  const parts = perKategori.map((k) => `${k.kategori} ${k.jumlah}`).join(', ');
  const tail = belum > 0 ? `${parts === '' ? '' : '; '}belum dapat diukur ${belum}` : '';
  return {
    jumlahIndikator: indikator.length,
    belumDapatDiukur: belum,
    perKategori,
    capaianMin100: min100,
    text: `${indikator.length} indikator: ${parts}${tail}.`,
  };
}
