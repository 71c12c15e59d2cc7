import { Decimal } from 'decimal.js';
import type { Quarterly, Tw, Workbook } from '../model/workbook-types.js';
import { aggregateRealisasi, contributingQuarters } from './aggregate-realisasi.js';
import { aggregateTarget, hasQuarterTargets } from './aggregate-target.js';
import type { AnggaranResult, BreakdownItem, CalcResult, EfisiensiResult, IndikatorResult } from '../model/calc-types.js';
import { capaianKinerja } from './capaian-kinerja.js';
import { effectiveQuarters, indexBreakdown } from './effective-quarters.js';
import { kategoriFor } from './kategori.js';
import { percentOf, round2 } from './round2.js';

/** Every figure of the report for quarter `tw`; pure, exact decimals throughout. */
export function computeReport(wb: Workbook, tw: Tw): CalcResult {
  // Every figure is rounded to the precision it is printed with (2 decimals at most) before
  // anything is computed from it, so the printed column formulas hold on paper.
  const anggaran = wb.anggaran.map((a): AnggaranResult => {
    const realisasi = round2(a.realisasi.slice(0, tw).reduce<Decimal>((sum, q) => (q ? sum.plus(q) : sum), new Decimal(0)));
    const pagu = round2(a.pagu);
    return {
      kode: a.kode,
      kegiatan: a.kegiatan,
      sumberDana: a.sumberDana,
      pagu,
      realisasi,
      capaian: pagu.isZero() ? null : round2(percentOf(realisasi, pagu)),
      sisa: pagu.minus(realisasi),
    };
  });

  const sums = indexBreakdown(wb.penempatan, wb.rincian);
  const rowsOf = groupBreakdownRows(wb);
  const indikator = wb.indikator.map((ind): IndikatorResult => {
    const quarters = effectiveQuarters(ind, sums);
    // Nothing filled up to TW N (no cell, no breakdown row): belum dapat diukur, for every
    // polarity and aggregation — never a Kumulatif 0 that a negative polarity rates 200 %.
    const belumDapatDiukur = isNotMeasurable(quarters, tw);
    const raw = belumDapatDiukur ? null : aggregateRealisasi(quarters, ind.agregasi, tw);
    // Round first so that capaian (5 = 4/3) is computed from the realisasi as printed.
    const realisasi = raw === null ? null : round2(raw);
    const target = round2(ind.target);
    const capaian = realisasi === null ? null : capaianKinerja(target, realisasi, ind.polaritas);
    const rawTargetTw = aggregateTarget(ind.targetTw, ind.agregasi, tw);
    const targetTw = rawTargetTw === null ? null : round2(rawTargetTw);
    return {
      kode: ind.kode,
      sasaran: ind.sasaran,
      indikator: ind.indikator,
      satuan: ind.satuan,
      polaritas: ind.polaritas,
      agregasi: ind.agregasi,
      kegiatan: ind.kegiatan,
      target,
      quarters,
      realisasi,
      capaian,
      kategori: capaian === null ? null : kategoriFor(capaian, wb.skala),
      belumDapatDiukur,
      breakdown: belumDapatDiukur || ind.agregasi === 'rata-rata' ? [] : breakdownFor(rowsOf.get(ind.kode), contributingQuarters(quarters, ind.agregasi, tw)),
      targetTw,
      // Target s.d. TW N of 0 with positive polarity: not computable, printed `-` (capaianKinerja gives null).
      capaianTargetTw: targetTw === null || realisasi === null ? null : capaianKinerja(targetTw, realisasi, ind.polaritas),
      hasTargetTw: hasQuarterTargets(ind.targetTw),
    };
  });

  const efisiensi = indikator.map((ind): EfisiensiResult => {
    const capaianAnggaran = anggaran.find((a) => a.kode === ind.kegiatan)?.capaian ?? null;
    return {
      indikator: ind.kode,
      kegiatan: ind.kegiatan,
      capaianAnggaran,
      capaianKinerja: ind.capaian,
      // From the printed (rounded) figures so that 10 = 9 − 6 holds on paper.
      efisiensi: ind.capaian !== null && capaianAnggaran !== null ? ind.capaian.minus(capaianAnggaran) : null,
    };
  });

  return { tahun: wb.identitas.tahun, tw, unitKerja: wb.identitas.unitKerja, indikator, anggaran, efisiensi };
}

/** True when no realisation up to TW `tw` is known (a typed 0 is a measured zero). */
export function isNotMeasurable(quarters: Quarterly, tw: Tw): boolean {
  return quarters.slice(0, tw).every((q) => q === null);
}

interface BreakdownRows {
  penempatan: Workbook['penempatan'];
  rincian: Workbook['rincian'];
}

/** Breakdown rows by indicator, so each indicator looks only at its own rows. */
function groupBreakdownRows(wb: Workbook): Map<string, BreakdownRows> {
  const map = new Map<string, BreakdownRows>();
  const of = (kode: string) => {
    let g = map.get(kode);
    if (!g) map.set(kode, (g = { penempatan: [], rincian: [] }));
    return g;
  };
  for (const p of wb.penempatan) of(p.indikator).penempatan.push(p);
  for (const r of wb.rincian) of(r.indikator).rincian.push(r);
  return map;
}

function breakdownFor(rows: BreakdownRows | undefined, tws: readonly Tw[]): BreakdownItem[] {
  if (!rows) return [];
  const items = new Map<string, BreakdownItem>();
  const add = (source: BreakdownItem['source'], label: string, keterangan: string | null, jumlah: Decimal) => {
    const key = `${source}\u0000${label}\u0000${keterangan ?? ''}`;
    const prev = items.get(key);
    if (prev) prev.jumlah = prev.jumlah.plus(jumlah);
    else items.set(key, { source, label, keterangan, jumlah });
  };
  for (const p of rows.penempatan) {
    if (tws.includes(p.tw)) add('penempatan', p.perusahaan, p.keterangan, p.jumlah);
  }
  for (const r of rows.rincian) {
    if (tws.includes(r.tw)) add('rincian', r.uraian, null, r.jumlah);
  }
  // Only quarters whose realisation came from the breakdown are described by it; when the
  // indicator's own cell was filled the breakdown still matches it (validated sums).
  return [...items.values()];
}
