import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { aggregateTarget } from '../../src/calc/aggregate-target.js';
import { computeReport } from '../../src/calc/compute-report.js';
import { computeTahunan } from '../../src/calc/compute-tahunan.js';
import type { Agregasi, Polaritas, RenstraRow } from '../../src/model/workbook-types.js';
import { d, indikator, q, workbook } from '../helpers/workbook-fixture.js';

const r2 = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
/** The contract's capaian formulas, written out independently of the code under test. */
const expectedCapaian = (t: Decimal, r: Decimal, p: Polaritas) =>
  p === 'positif' ? r2(r.div(t).mul(100)) : r2(Decimal.max(t.mul(2).minus(r).div(t).mul(100), 0));

describe('target s.d. TW N (quarter targets)', () => {
  // Quarter targets 10, blank, 30, 40 and realisations 12, 18, 25, 50.
  const targetTw = q(10, null, 30, 40);
  const realisasi = q(12, 18, 25, 50);
  const cases: { agregasi: Agregasi; tw: 1 | 2 | 3 | 4; target: number; real: number }[] = [
    // Kumulatif: sums, the blank quarter counts 0.
    { agregasi: 'kumulatif', tw: 2, target: 10, real: 30 },
    { agregasi: 'kumulatif', tw: 3, target: 40, real: 55 },
    // Terakhir: the last filled quarter up to N.
    { agregasi: 'terakhir', tw: 2, target: 10, real: 18 },
    { agregasi: 'terakhir', tw: 4, target: 40, real: 50 },
    // Rata-rata: mean of the filled ones.
    { agregasi: 'rata-rata', tw: 3, target: 20, real: 55 / 3 },
    { agregasi: 'rata-rata', tw: 2, target: 10, real: 15 },
  ];
  for (const polaritas of ['positif', 'negatif'] as const) {
    for (const c of cases) {
      it(`${polaritas} × ${c.agregasi}, TW ${c.tw}`, () => {
        const wb = workbook({ indikator: [indikator({ kode: 'IK1', target: d(100), polaritas, agregasi: c.agregasi, realisasi, targetTw })] });
        const ind = computeReport(wb, c.tw).indikator[0]!;
        const target = r2(new Decimal(c.target));
        const real = r2(new Decimal(c.real));
        expect(ind.targetTw?.toString()).toBe(target.toString());
        expect(ind.hasTargetTw).toBe(true);
        expect(ind.capaianTargetTw?.toString()).toBe(expectedCapaian(target, real, polaritas).toString());
        // The annual target stays the reference of the main figures.
        expect(ind.capaian?.toString()).toBe(expectedCapaian(d(100), real, polaritas).toString());
      });
    }
  }

  it('is null without quarter targets, and for a positive target s.d. TW N of 0', () => {
    const none = computeReport(workbook({ indikator: [indikator({ kode: 'IK1', realisasi: q(5) })] }), 1).indikator[0]!;
    expect([none.targetTw, none.capaianTargetTw, none.hasTargetTw]).toEqual([null, null, false]);
    const zero = computeReport(workbook({ indikator: [indikator({ kode: 'IK1', realisasi: q(5), targetTw: q(0, 50, 50) })] }), 1).indikator[0]!;
    expect(zero.targetTw?.toString()).toBe('0');
    expect(zero.capaianTargetTw).toBeNull();
  });

  it('Terakhir / Rata-rata with nothing filled up to N: no target s.d. TW N', () => {
    expect(aggregateTarget(q(null, null, 5, 5), 'terakhir', 2)).toBeNull();
    expect(aggregateTarget(q(null, null, 5, 5), 'rata-rata', 2)).toBeNull();
    expect(aggregateTarget(q(null, null, 5, 5), 'kumulatif', 2)?.toString()).toBe('0');
  });

  it('not measurable: capaianTargetTw null', () => {
    const ind = computeReport(workbook({ indikator: [indikator({ kode: 'IK1', targetTw: q(25, 25, 25, 25) })] }), 2).indikator[0]!;
    expect(ind.targetTw?.toString()).toBe('50');
    expect(ind.capaianTargetTw).toBeNull();
  });
});

describe('sisa anggaran', () => {
  it('is pagu − realisasi s.d. TW N, negative when spending exceeds pagu', () => {
    const wb = workbook({
      anggaran: [
        { kode: 'K1', kegiatan: 'A', sumberDana: 'DAU', pagu: d(1000), realisasi: q(100, 200, null, 400), program: null, row: 2 },
        { kode: 'K2', kegiatan: 'B', sumberDana: 'DAU', pagu: d(100), realisasi: q(80, 50), program: null, row: 3 },
      ],
    });
    const [k1, k2] = computeReport(wb, 3).anggaran;
    expect(k1!.sisa.toString()).toBe('700');
    expect(k2!.sisa.toString()).toBe('-30');
    expect(computeReport(wb, 4).anggaran[0]!.sisa.toString()).toBe('300');
  });
});

const renstra = (over: Partial<RenstraRow> & { kode: string }): RenstraRow => ({
  kondisiAwal: null,
  target: [],
  realisasi: [],
  targetAkhir: null,
  row: 2,
  ...over,
});
const yv = (tahun: number, nilai: number | null) => ({ tahun, nilai: nilai === null ? null : d(nilai) });

describe('computeTahunan', () => {
  const wb = workbook({
    indikator: [
      // Positive, Kumulatif: R(2023) = 40 + 30 + 20 + 30 = 120.
      indikator({ kode: 'IK1', target: d(100), realisasi: q(40, 30, 20, 30) }),
      // Negative, Terakhir: R(2023) = 6.
      indikator({ kode: 'IK2', target: d(8), polaritas: 'negatif', agregasi: 'terakhir', realisasi: q(9, 7, null, 6), satuan: 'kasus' }),
      // Not measurable.
      indikator({ kode: 'IK3', target: d(10) }),
      // No Renstra row.
      indikator({ kode: 'IK4', target: d(50), realisasi: q(10, 10, 10, 20) }),
    ],
    anggaran: [
      { kode: 'K1', kegiatan: 'A', sumberDana: 'DAU', pagu: d(1000), realisasi: q(100, 200, 300, 150), program: 'P1', row: 2 },
      { kode: 'K2', kegiatan: 'B', sumberDana: 'DAU', pagu: d(500), realisasi: q(0, 0, 0, 0), program: 'P1', row: 3 },
    ],
    renstra: [
      renstra({
        kode: 'IK1',
        target: [yv(2021, 80), yv(2022, 90), yv(2023, 100), yv(2024, 110), yv(2025, 125)],
        realisasi: [yv(2021, 70), yv(2022, 96)],
        targetAkhir: d(125),
      }),
      renstra({ kode: 'IK2', target: [yv(2022, 10), yv(2023, 8)], realisasi: [yv(2021, 12), yv(2022, 0)], targetAkhir: d(5) }),
      renstra({ kode: 'IK3', target: [yv(2022, 10)], realisasi: [yv(2022, 9)], targetAkhir: d(12) }),
    ],
  });
  const t = computeTahunan(wb);
  const by = (k: string) => t.indikator.find((i) => i.kode === k)!;

  it('reports the year as TW 4', () => {
    expect(t.tw).toBe(4);
    expect(by('IK1').realisasi?.toString()).toBe('120');
    expect(by('IK2').realisasi?.toString()).toBe('6');
  });

  it('riwayat: past years ascending, capaian with the polarity, `-` where a figure is missing', () => {
    expect(by('IK1').riwayat.map((y) => [y.tahun, y.target?.toString(), y.realisasi?.toString(), y.capaian?.toString()])).toEqual([
      [2021, '80', '70', expectedCapaian(d(80), d(70), 'positif').toString()],
      [2022, '90', '96', expectedCapaian(d(90), d(96), 'positif').toString()],
    ]);
    // IK2 2021 has a realisation but no target: capaian unknown.
    expect(by('IK2').riwayat.map((y) => [y.tahun, y.capaian?.toString() ?? null])).toEqual([
      [2021, null],
      [2022, expectedCapaian(d(10), d(0), 'negatif').toString()],
    ]);
    expect(by('IK4').riwayat).toEqual([]);
  });

  it('capaian terhadap target akhir, same formulas', () => {
    expect(by('IK1').targetAkhir?.toString()).toBe('125');
    expect(by('IK1').capaianTargetAkhir?.toString()).toBe(expectedCapaian(d(125), d(120), 'positif').toString());
    expect(by('IK2').capaianTargetAkhir?.toString()).toBe(expectedCapaian(d(5), d(6), 'negatif').toString());
    expect(by('IK3').capaianTargetAkhir).toBeNull();
    expect(by('IK4').targetAkhir).toBeNull();
  });

  it('perubahan against last year; null when unknown or not measurable; persen null when last year is 0', () => {
    const p1 = by('IK1').perubahan!;
    expect(p1.selisih.toString()).toBe('24');
    expect(p1.persen?.toString()).toBe(r2(d(24).div(96).mul(100)).toString());
    expect(by('IK2').perubahan?.selisih.toString()).toBe('6');
    expect(by('IK2').perubahan?.persen).toBeNull();
    expect(by('IK3').perubahan).toBeNull();
    expect(by('IK4').perubahan).toBeNull();
  });

  it('ringkasan: counts leave out the not-measurable, totals from the totals', () => {
    const g = t.ringkasan;
    expect(g.jumlahIndikator).toBe(4);
    expect(g.belumDapatDiukur).toBe(1);
    // IK1 120 %, IK2 (2·8 − 6)/8 = 125 %, IK4 50/50 = 100 %: all Sangat Tinggi (≥ 91).
    expect(g.perKategori).toEqual({ 'Sangat Tinggi': 3, Tinggi: 0, Sedang: 0, Rendah: 0, 'Sangat Rendah': 0 });
    expect(g.capaianMin100).toBe(3);
    expect(g.pagu.toString()).toBe('1500');
    expect(g.realisasi.toString()).toBe('750');
    expect(g.capaianAnggaran?.toString()).toBe(r2(d(750).div(1500).mul(100)).toString());
    expect(t.anggaran.map((a) => a.sisa.toString())).toEqual(['250', '500']);
  });
});
