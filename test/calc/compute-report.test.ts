import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { aggregateRealisasi } from '../../src/calc/aggregate-realisasi.js';
import { capaianKinerja } from '../../src/calc/capaian-kinerja.js';
import { computeReport } from '../../src/calc/compute-report.js';
import { kategoriFor } from '../../src/calc/kategori.js';
import { DEFAULT_SKALA } from '../../src/model/skala.js';
import { round2 } from '../../src/calc/round2.js';
import type { PenempatanRow, Tw } from '../../src/model/workbook-types.js';
import { d, indikator, q, workbook } from '../helpers/workbook-fixture.js';

const s = (x: { toFixed(n: number): string } | null) => (x === null ? null : x.toFixed(2));

describe('capaianKinerja', () => {
  it('positive polarity: the reference figures, correctly rounded', () => {
    expect(s(capaianKinerja(d(110), d(153), 'positif'))).toBe('139.09'); // the reference slipped to 139,10
    expect(s(capaianKinerja(d(6), d(4), 'positif'))).toBe('66.67');
    expect(s(capaianKinerja(d(200), d(410), 'positif'))).toBe('205.00');
  });
  it('negative polarity: the published Lampung check', () => {
    expect(s(capaianKinerja(d(32), d('4.88'), 'negatif'))).toBe('184.75');
    expect(s(capaianKinerja(d(24), d('4.88'), 'negatif'))).toBe('179.67');
  });
  it('negative polarity never goes below 0', () => {
    expect(s(capaianKinerja(d(10), d(35), 'negatif'))).toBe('0.00');
    expect(s(capaianKinerja(d(10), d(20), 'negatif'))).toBe('0.00');
    expect(s(capaianKinerja(d(10), d(10), 'negatif'))).toBe('100.00');
  });
  it('zero target: negative is 100 only when nothing happened; positive cannot be computed', () => {
    expect(s(capaianKinerja(d(0), d(0), 'negatif'))).toBe('100.00');
    expect(s(capaianKinerja(d(0), d(1), 'negatif'))).toBe('0.00');
    expect(capaianKinerja(d(0), d(5), 'positif')).toBeNull();
  });
  it('rounds half-up at ,xx5 from exact decimals', () => {
    expect(s(round2(d('1.005')))).toBe('1.01'); // 1.005 as a double is 1.00499…
    expect(s(round2(d('2.675')))).toBe('2.68');
    expect(s(capaianKinerja(d(8), d('0.0001'), 'positif'))).toBe('0.00');
    // 1/8 = 12.5 % exactly; 1/16 = 6.25; 1/32 = 3.125 -> 3.13
    expect(s(capaianKinerja(d(32), d(1), 'positif'))).toBe('3.13');
    expect(s(capaianKinerja(d(3), d(1), 'positif'))).toBe('33.33');
    expect(s(capaianKinerja(d(3), d(2), 'positif'))).toBe('66.67');
  });
});

describe('aggregateRealisasi', () => {
  const quarters = q(10, null, 30, 40);
  it('kumulatif sums the quarters up to N, blanks count as nothing', () => {
    expect(aggregateRealisasi(quarters, 'kumulatif', 1)?.toString()).toBe('10');
    expect(aggregateRealisasi(quarters, 'kumulatif', 3)?.toString()).toBe('40');
    expect(aggregateRealisasi(quarters, 'kumulatif', 4)?.toString()).toBe('80');
    expect(aggregateRealisasi(q(), 'kumulatif', 2)?.toString()).toBe('0');
  });
  it('terakhir takes the last filled quarter up to N', () => {
    expect(aggregateRealisasi(quarters, 'terakhir', 2)?.toString()).toBe('10');
    expect(aggregateRealisasi(quarters, 'terakhir', 3)?.toString()).toBe('30');
    expect(aggregateRealisasi(q(), 'terakhir', 3)).toBeNull();
  });
  it('rata-rata is the mean of the filled quarters up to N', () => {
    expect(aggregateRealisasi(quarters, 'rata-rata', 3)?.toString()).toBe('20');
    expect(aggregateRealisasi(q(80, 85, 91), 'rata-rata', 3)?.toFixed(4)).toBe('85.3333');
    expect(aggregateRealisasi(q(), 'rata-rata', 4)).toBeNull();
  });
});

describe('kategoriFor', () => {
  it('uses the Permendagri 86/2017 default cut points, without an upper cap', () => {
    const k = (x: string) => kategoriFor(d(x), []);
    expect(k('184.75')).toBe('Sangat Tinggi');
    expect(k('91')).toBe('Sangat Tinggi');
    expect(k('90.99')).toBe('Tinggi');
    expect(k('76')).toBe('Tinggi');
    expect(k('75.99')).toBe('Sedang');
    expect(k('66')).toBe('Sedang');
    expect(k('65')).toBe('Rendah');
    expect(k('51')).toBe('Rendah');
    expect(k('50.99')).toBe('Sangat Rendah');
    expect(k('0')).toBe('Sangat Rendah');
    expect(DEFAULT_SKALA).toHaveLength(5);
  });
  it('uses a workbook Skala in any row order', () => {
    const skala = [
      { batasBawah: d(55), kategori: 'Cukup Berhasil' },
      { batasBawah: d(100), kategori: 'Sangat Berhasil' },
      { batasBawah: d(0), kategori: 'Kurang Berhasil' },
      { batasBawah: d(75), kategori: 'Berhasil' },
    ];
    expect(kategoriFor(d('100'), skala)).toBe('Sangat Berhasil');
    expect(kategoriFor(d('99.99'), skala)).toBe('Berhasil');
    expect(kategoriFor(d('55'), skala)).toBe('Cukup Berhasil');
    expect(kategoriFor(d('10'), skala)).toBe('Kurang Berhasil');
  });
});

describe('computeReport', () => {
  // The reference unit: IK1 from Penempatan, IK3 from Rincian, budgets over TW1–3.
  const wb = workbook({
    anggaran: [
      { kode: 'K1', kegiatan: 'Pengelolaan Informasi Pasar Kerja', sumberDana: 'DAU', pagu: d(182244000), realisasi: q(0, 0, 0), program: null, row: 2 },
      { kode: 'K2', kegiatan: 'Perlindungan PMI', sumberDana: 'DAU', pagu: d(45126000), realisasi: q(0, 0, 0), program: null, row: 3 },
      { kode: 'K3', kegiatan: 'Pelayanan Antar Kerja', sumberDana: 'DAU', pagu: d(53955500), realisasi: q(3400000, 5100000, 5100000), program: null, row: 4 },
      { kode: 'K4', kegiatan: 'Tanpa pagu', sumberDana: 'DAU', pagu: d(0), realisasi: q(), program: null, row: 5 },
    ],
    indikator: [
      indikator({ kode: 'IK1', target: d(110), kegiatan: 'K3' }),
      indikator({ kode: 'IK2', target: d(6), kegiatan: 'K1', realisasi: q(1, 1, 2), satuan: 'dokumen' }),
      indikator({ kode: 'IK3', target: d(200), kegiatan: 'K2' }),
      indikator({ kode: 'IK4', target: d(10), kegiatan: 'K4', polaritas: 'negatif', agregasi: 'terakhir', realisasi: q(9, 6, 4) }),
    ],
    penempatan: [
      ['BPRS Karya Mega Sentosa', 1, 4], ['Lab Persada', 1, 23], ['Alfamart', 2, 20], ['Alfamart', 3, 8], ['Indomart', 2, 17],
      ['MMI', 3, 76], ['Anugerah Rimba Raya', 3, 1],
    ].map(([perusahaan, tw, jumlah], i): PenempatanRow => ({
      indikator: 'IK1', tw: tw as Tw, perusahaan: perusahaan as string, jumlah: d(jumlah as number), keterangan: null, row: i + 2,
    })).concat([
      { indikator: 'IK1', tw: 3, perusahaan: 'PSI', jumlah: d(3), keterangan: 'Penyandang Disabilitas', row: 10 },
      { indikator: 'IK1', tw: 3, perusahaan: 'FIF', jumlah: d(1), keterangan: 'Penyandang Disabilitas', row: 11 },
      { indikator: 'IK1', tw: 4, perusahaan: 'Sesudah TW3', jumlah: d(99), keterangan: null, row: 12 },
    ]),
    rincian: [
      { indikator: 'IK3', tw: 1, uraian: 'CPMI difasilitasi', jumlah: d(100), row: 2 },
      { indikator: 'IK3', tw: 2, uraian: 'CPMI difasilitasi', jumlah: d(276), row: 3 },
      { indikator: 'IK3', tw: 3, uraian: 'PMI dipulangkan', jumlah: d(34), row: 4 },
    ],
  });
  const r = computeReport(wb, 3);
  const byKode = (k: string) => r.indikator.find((i) => i.kode === k)!;

  it('derives blank realisations from Penempatan and Rincian, up to TW N only', () => {
    expect(byKode('IK1').realisasi?.toString()).toBe('153');
    expect(byKode('IK3').realisasi?.toString()).toBe('410');
    expect(computeReport(wb, 4).indikator[0]!.realisasi?.toString()).toBe('252');
  });
  it('computes capaian, kategori and the breakdown per company', () => {
    expect(s(byKode('IK1').capaian)).toBe('139.09');
    expect(byKode('IK1').kategori).toBe('Sangat Tinggi');
    expect(s(byKode('IK2').capaian)).toBe('66.67');
    expect(byKode('IK2').kategori).toBe('Sedang');
    expect(s(byKode('IK3').capaian)).toBe('205.00');
    const alfamart = byKode('IK1').breakdown.find((b) => b.label === 'Alfamart');
    expect(alfamart?.jumlah.toString()).toBe('28');
    expect(byKode('IK1').breakdown.reduce((a, b) => a + b.jumlah.toNumber(), 0)).toBe(153);
    expect(byKode('IK1').breakdown.some((b) => b.label === 'Sesudah TW3')).toBe(false);
  });
  it('negative polarity with Terakhir aggregation', () => {
    expect(byKode('IK4').realisasi?.toString()).toBe('4');
    expect(s(byKode('IK4').capaian)).toBe('160.00');
  });
  it('budget absorption and efisiensi from the printed figures', () => {
    const k3 = r.anggaran.find((a) => a.kode === 'K3')!;
    expect(k3.realisasi.toString()).toBe('13600000');
    expect(s(k3.capaian)).toBe('25.21');
    const e = r.efisiensi.find((x) => x.indikator === 'IK1')!;
    expect(s(e.efisiensi)).toBe('113.88'); // the reference printed 113,89
    expect(s(r.efisiensi.find((x) => x.indikator === 'IK2')!.efisiensi)).toBe('66.67');
  });
  it('pagu 0 gives no budget percentage and no efisiensi', () => {
    expect(r.anggaran.find((a) => a.kode === 'K4')!.capaian).toBeNull();
    expect(r.efisiensi.find((x) => x.indikator === 'IK4')!.efisiensi).toBeNull();
  });
  it('every printed column formula holds on the printed numbers', () => {
    for (const [n, ind] of r.indikator.entries()) {
      const e = r.efisiensi[n]!;
      if (ind.polaritas === 'positif' && ind.realisasi) {
        expect(ind.capaian?.toFixed(2)).toBe(ind.realisasi.div(ind.target).mul(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
      }
      if (e.efisiensi && e.capaianKinerja && e.capaianAnggaran) {
        expect(e.efisiensi.equals(e.capaianKinerja.minus(e.capaianAnggaran))).toBe(true);
      }
    }
  });
  it('TW 1, 2 and 4 of the same workbook', () => {
    expect(computeReport(wb, 1).indikator[0]!.realisasi?.toString()).toBe('27');
    expect(s(computeReport(wb, 1).anggaran[2]!.capaian)).toBe('6.30');
    expect(s(computeReport(wb, 2).anggaran[2]!.capaian)).toBe('15.75');
    expect(computeReport(wb, 4).indikator[1]!.realisasi?.toString()).toBe('4');
  });
  it('an indicator with nothing filled yet', () => {
    const empty = computeReport(workbook({ indikator: [indikator({ kode: 'IK1', agregasi: 'terakhir' })] }), 2);
    expect(empty.indikator[0]!.realisasi).toBeNull();
    expect(empty.indikator[0]!.capaian).toBeNull();
    expect(empty.indikator[0]!.kategori).toBeNull();
    expect(empty.efisiensi[0]!.efisiensi).toBeNull();
  });
});
