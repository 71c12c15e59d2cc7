import { Decimal } from 'decimal.js';
import type { IndikatorResult, IndikatorTahunan, Perubahan, Ringkasan, RiwayatTahun, TahunanResult } from '../model/calc-types.js';
import type { RenstraRow, SkalaRow, Workbook } from '../model/workbook-types.js';
import { capaianKinerja } from './capaian-kinerja.js';
import { computeReport } from './compute-report.js';
import { DEFAULT_SKALA } from '../model/skala.js';
import { percentOf, round2 } from './round2.js';

const HUNDRED = new Decimal(100);

/**
 * The year's figures: everything of TW 4 plus, per indicator, the Renstra comparison
 * (past years, target akhir, change against last year) and the Ikhtisar counts. Pure.
 */
export function computeTahunan(wb: Workbook): TahunanResult {
  const base = computeReport(wb, 4);
  const tahun = wb.identitas.tahun;
  const renstraOf = new Map(wb.renstra.map((r) => [r.kode, r]));
  const source = new Map(wb.indikator.map((i) => [i.kode, i]));
  const indikator = base.indikator.map((ind): IndikatorTahunan => {
    const renstra = renstraOf.get(ind.kode);
    const targetAkhir = renstra?.targetAkhir == null ? null : round2(renstra.targetAkhir);
    return {
      ...ind,
      targetAkhir,
      capaianTargetAkhir: targetAkhir === null || ind.realisasi === null ? null : capaianKinerja(targetAkhir, ind.realisasi, ind.polaritas),
      riwayat: renstra ? riwayatOf(renstra, tahun, ind) : [],
      perubahan: renstra ? perubahanOf(renstra, tahun, ind) : null,
      standarNasional: source.get(ind.kode)?.standarNasional ?? null,
    };
  });
  return { ...base, tw: 4, indikator, ringkasan: ringkasanOf(indikator, base.anggaran, wb.skala) };
}

/** Past years (before Tahun) that have a Target or a Realisasi column, ascending. */
function riwayatOf(r: RenstraRow, tahun: number, ind: IndikatorResult): RiwayatTahun[] {
  const years = [...new Set([...r.target, ...r.realisasi].map((y) => y.tahun))].filter((y) => y < tahun).sort((a, b) => a - b);
  return years.map((y) => {
    const t = valueOf(r.target, y);
    const re = valueOf(r.realisasi, y);
    const target = t === null ? null : round2(t);
    const realisasi = re === null ? null : round2(re);
    return {
      tahun: y,
      target,
      realisasi,
      capaian: target === null || realisasi === null ? null : capaianKinerja(target, realisasi, ind.polaritas),
    };
  });
}

function perubahanOf(r: RenstraRow, tahun: number, ind: IndikatorResult): Perubahan | null {
  const prev = valueOf(r.realisasi, tahun - 1);
  if (prev === null || ind.realisasi === null) return null;
  const last = round2(prev);
  const selisih = ind.realisasi.minus(last);
  return { selisih, persen: last.isZero() ? null : round2(percentOf(selisih, last)) };
}

function valueOf(values: readonly { tahun: number; nilai: Decimal | null }[], tahun: number): Decimal | null {
  return values.find((v) => v.tahun === tahun)?.nilai ?? null;
}

function ringkasanOf(indikator: readonly IndikatorResult[], anggaran: TahunanResult['anggaran'], skala: readonly SkalaRow[]): Ringkasan {
  const perKategori: Record<string, number> = {};
  const scale = (skala.length > 0 ? [...skala] : [...DEFAULT_SKALA]).sort((a, b) => b.batasBawah.comparedTo(a.batasBawah));
  for (const s of scale) perKategori[s.kategori] = 0;
  const measured = indikator.filter((i) => !i.belumDapatDiukur);
  for (const i of measured) if (i.kategori !== null) perKategori[i.kategori] = (perKategori[i.kategori] ?? 0) + 1;
  const pagu = anggaran.reduce((s, a) => s.plus(a.pagu), new Decimal(0));
  const realisasi = anggaran.reduce((s, a) => s.plus(a.realisasi), new Decimal(0));
  return {
    jumlahIndikator: indikator.length,
    belumDapatDiukur: indikator.length - measured.length,
    perKategori,
    capaianMin100: measured.filter((i) => i.capaian !== null && i.capaian.greaterThanOrEqualTo(HUNDRED)).length,
    pagu,
    realisasi,
    capaianAnggaran: pagu.isZero() ? null : round2(percentOf(realisasi, pagu)),
  };
}
