import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computeReport, isNotMeasurable } from '../../src/calc/compute-report.js';
import { calcCsv, calcJson } from '../../src/commands/calc.js';
import type { Agregasi, Polaritas, Tw } from '../../src/model/workbook-types.js';
import { d, indikator, q, workbook } from '../helpers/workbook-fixture.js';

const POLARITAS: Polaritas[] = ['positif', 'negatif'];
const AGREGASI: Agregasi[] = ['kumulatif', 'terakhir', 'rata-rata'];

/** The contract's capaian formula, written out here independently of the code under test. */
function expectedCapaian(target: Decimal, realisasi: Decimal, polaritas: Polaritas): string {
  const raw = polaritas === 'positif' ? realisasi.div(target).mul(100) : Decimal.max(target.mul(2).minus(realisasi).div(target).mul(100), 0);
  return raw.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

describe('not measurable (belum dapat diukur): nothing filled up to TW N', () => {
  for (const polaritas of POLARITAS) {
    for (const agregasi of AGREGASI) {
      it(`${polaritas} × ${agregasi}: realisasi, capaian, kategori and efisiensi are null`, () => {
        // Filled after TW N only: still nothing known up to TW 2.
        const wb = workbook({ indikator: [indikator({ kode: 'IK1', polaritas, agregasi, target: d(40), realisasi: q(null, null, 12, 15) })] });
        const r = computeReport(wb, 2);
        const ind = r.indikator[0]!;
        expect(ind.belumDapatDiukur).toBe(true);
        expect(ind.realisasi).toBeNull();
        expect(ind.capaian).toBeNull();
        expect(ind.kategori).toBeNull();
        expect(r.efisiensi[0]!.capaianKinerja).toBeNull();
        expect(r.efisiensi[0]!.efisiensi).toBeNull();
        // The budget side is still computed: (100 + 200) / 1000.
        expect(r.efisiensi[0]!.capaianAnggaran?.toFixed(2)).toBe('30.00');
      });

      it(`${polaritas} × ${agregasi}: a typed 0 is a measured zero`, () => {
        const target = d(40);
        const wb = workbook({ indikator: [indikator({ kode: 'IK1', polaritas, agregasi, target, realisasi: q(0, null, null, null) })] });
        const ind = computeReport(wb, 2).indikator[0]!;
        expect(ind.belumDapatDiukur).toBe(false);
        expect(ind.realisasi?.toFixed(2)).toBe('0.00');
        expect(ind.capaian?.toFixed(2)).toBe(expectedCapaian(target, d(0), polaritas));
        expect(ind.kategori).not.toBeNull();
      });
    }
  }

  it('the reported case: negative Kumulatif with nothing filled is no longer 0 kasus, 200 %, Sangat Tinggi', () => {
    const wb = workbook({ indikator: [indikator({ kode: 'IK1', polaritas: 'negatif', satuan: 'kasus', target: d(5), realisasi: q() })] });
    for (const tw of [1, 2, 3, 4] as Tw[]) {
      const ind = computeReport(wb, tw).indikator[0]!;
      expect(ind.capaian).toBeNull();
      expect(ind.kategori).toBeNull();
    }
  });

  it('a quarter known from Penempatan/Rincian rows makes it measurable', () => {
    const wb = workbook({
      indikator: [indikator({ kode: 'IK1', realisasi: q() }), indikator({ kode: 'IK2', realisasi: q() })],
      penempatan: [{ indikator: 'IK1', tw: 2, perusahaan: 'PT A', jumlah: d(25), keterangan: null, row: 2 }],
      rincian: [{ indikator: 'IK2', tw: 1, uraian: 'Uraian', jumlah: d(10), row: 2 }],
    });
    const [ik1, ik2] = computeReport(wb, 2).indikator;
    expect(ik1!.belumDapatDiukur).toBe(false);
    expect(ik1!.capaian?.toFixed(2)).toBe(expectedCapaian(d(100), d(25), 'positif'));
    expect(ik2!.belumDapatDiukur).toBe(false);
    expect(ik2!.realisasi?.toFixed(2)).toBe('10.00');
    // At TW 1 IK1's only row (TW 2) is not yet counted.
    expect(computeReport(wb, 1).indikator[0]!.belumDapatDiukur).toBe(true);
  });

  it('some quarters filled, others blank: Kumulatif counts the blanks as 0', () => {
    const target = d(40);
    const wb = workbook({ indikator: [indikator({ kode: 'IK1', polaritas: 'negatif', target, realisasi: q(null, 6, null, null) })] });
    const ind = computeReport(wb, 3).indikator[0]!;
    expect(ind.belumDapatDiukur).toBe(false);
    expect(ind.realisasi?.toFixed(2)).toBe('6.00');
    expect(ind.capaian?.toFixed(2)).toBe(expectedCapaian(target, d(6), 'negatif'));
  });

  it('isNotMeasurable looks only at quarters up to N', () => {
    expect(isNotMeasurable(q(), 4)).toBe(true);
    expect(isNotMeasurable(q(null, null, null, 1), 3)).toBe(true);
    expect(isNotMeasurable(q(null, null, null, 1), 4)).toBe(false);
    expect(isNotMeasurable(q(0), 1)).toBe(false);
  });
});

describe('lkj calc output for a not-measurable indicator', () => {
  const wb = workbook({
    indikator: [
      indikator({ kode: 'IK1', realisasi: q(50, 30) }),
      indikator({ kode: 'IK2', polaritas: 'negatif', agregasi: 'kumulatif', satuan: 'kasus', target: d(5), realisasi: q() }),
    ],
  });
  const r = computeReport(wb, 2);

  it('JSON: realisasi, capaian, kategori and efisiensi are null (never 0 or 200)', () => {
    const j = calcJson(r);
    expect(j.indikator[1]).toMatchObject({ kode: 'IK2', realisasi: null, capaian: null, kategori: null });
    expect(j.efisiensi[1]).toMatchObject({ indikator: 'IK2', capaianKinerja: null, efisiensi: null, capaianAnggaran: 30 });
    // The measured one is unaffected: 80 / 100.
    expect(j.indikator[0]).toMatchObject({ kode: 'IK1', realisasi: 80, capaian: 80 });
  });

  it('CSV: empty figures and the words in the kategori column', () => {
    const lines = calcCsv(r).split('\n');
    const cells = lines[2]!.split(',');
    const col = (name: string) => cells[lines[0]!.split(',').indexOf(name)];
    expect(col('kode')).toBe('IK2');
    expect(col('realisasi')).toBe('');
    expect(col('capaian')).toBe('');
    expect(col('efisiensi')).toBe('');
    expect(col('kategori')).toBe('Belum dapat diukur');
  });
});
