import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/calc/compute-report.js';
import { buildViewModel, type BuildViewModelOptions } from '../../../src/documents/lkj/build-view-model.js';
import { buildRekapViewModels } from '../../../src/documents/rekap/build-rekap-view-model.js';
import type { Agregasi, IndikatorRow, Polaritas, Quarterly, Workbook } from '../../../src/model/workbook-types.js';
import { referenceWorkbook, SASARAN } from './fixtures/reference-workbook.js';

const OPTIONS: BuildViewModelOptions = { tanggal: { year: 2023, month: 10, day: 2 }, paper: 'A4', charts: true, logoDataUrl: null };
const blank = [null, null, null, null] as unknown as Quarterly;

function extra(kode: string, polaritas: Polaritas, agregasi: Agregasi, name = `Indikator ${kode}`): IndikatorRow {
  return {
    kode, sasaran: SASARAN, indikator: name, satuan: 'kasus', target: new Decimal(5), polaritas, agregasi, kegiatan: 'K3', realisasi: blank,
    targetTw: blank, standarNasional: null, program: null, row: 9,
  };
}

function withUnmeasured(): Workbook {
  const wb = referenceWorkbook();
  let n = 4;
  for (const polaritas of ['positif', 'negatif'] as const) {
    for (const agregasi of ['kumulatif', 'terakhir', 'rata-rata'] as const) wb.indikator.push(extra(`IK${n++}`, polaritas, agregasi));
  }
  return wb;
}

describe('the quarterly view model with indicators that are belum dapat diukur', () => {
  const wb = withUnmeasured();
  const calc = computeReport(wb, 3);
  const vm = buildViewModel(wb, calc, OPTIONS);
  const ck = vm.bab2.capaianKinerja;

  it('keeps every row in 2.2 and says "Belum dapat diukur" with dashes, for both polarities and all aggregations', () => {
    expect(ck.rows).toHaveLength(9);
    for (const row of ck.rows.slice(3)) {
      expect(row).toMatchObject({ target: '5 kasus', realisasi: '-', capaian: '-', keterangan: 'Belum dapat diukur' });
    }
    // The measured ones are untouched (153/110, 4/6, 410/200).
    expect(ck.rows.slice(0, 3).map((r) => r.capaian)).toEqual(['139,09', '66,67', '205,00']);
  });

  it('prints dashes in the cost-per-outcome table (never 0 or 200) and names them under it', () => {
    expect(ck.costRows).toHaveLength(9);
    for (const row of ck.costRows.slice(3)) {
      expect(row).toMatchObject({ realisasi: '-', capaian: '-', efisiensi: '-' });
      // The budget columns stay: K3 is 13.600.000 of 53.955.500.
      expect(row.capaianAnggaran).toBe('25,21');
    }
    expect(ck.unmeasuredNote).toContain('belum dapat diukur sampai dengan Tribulan III Tahun 2023');
    expect(ck.unmeasuredNote).toContain('4. Indikator IK4');
    expect(ck.unmeasuredNote).toContain('9. Indikator IK9');
    expect(ck.unmeasuredNote).not.toContain('Jumlah pencari kerja');
  });

  it('writes "belum dapat diukur" in 2.3 and no efisiensi for them', () => {
    for (const item of vm.bab2.evaluasi.items.slice(3)) {
      expect(item.lead).toMatch(/dari target 5 kasus belum ada (rata-rata )?realisasi sehingga capaian kinerja belum dapat diukur\./);
      expect(item.lead).not.toContain('200,00');
      expect(item.lead).not.toContain('terdapat efisiensi');
    }
  });

  it('leaves them out of the charts, while the others keep their table numbers', () => {
    const capaian = vm.charts.filter((c) => c.title.startsWith('Grafik Capaian Kinerja'));
    expect(capaian).toHaveLength(1);
    const svg = capaian[0]!.svg;
    expect(svg).toContain('3. Jumlah CPMI');
    for (let i = 4; i <= 9; i++) expect(svg).not.toContain(`${i}. Indikator IK${i}`);
  });

  it('draws no capaian chart at all when nothing is measurable, and no note when all are', () => {
    const none = referenceWorkbook();
    none.indikator = [extra('IK7', 'negatif', 'kumulatif')]; // no Penempatan/Rincian rows
    const v = buildViewModel(none, computeReport(none, 3), OPTIONS);
    expect(v.charts.map((c) => c.title).filter((t) => t.startsWith('Grafik Capaian Kinerja'))).toEqual([]);
    expect(v.bab2.capaianKinerja.rows[0]?.keterangan).toBe('Belum dapat diukur');
    const all = referenceWorkbook();
    expect(buildViewModel(all, computeReport(all, 3), OPTIONS).bab2.capaianKinerja.unmeasuredNote).toBeNull();
  });
});

describe('the rekap with indicators that are belum dapat diukur', () => {
  const wb = withUnmeasured();
  const [rekap] = buildRekapViewModels([{ identitas: wb.identitas, calc: computeReport(wb, 3) }], 3);
  const group = rekap!.groups[0]!;

  it('keeps the rows, printed with dashes and the words', () => {
    expect(group.indikatorRows).toHaveLength(9);
    for (const row of group.indikatorRows.slice(3)) {
      expect(row).toMatchObject({ realisasi: '-', capaian: '-', kategori: 'Belum dapat diukur' });
      expect(row.figures).toMatchObject({ realisasi: null, capaian: null });
    }
  });

  it('leaves them out of the counts per kategori', () => {
    // The reference: 139,09 and 205,00 Sangat Tinggi, 66,67 Sedang.
    expect(group.ringkasan).toEqual({
      jumlahIndikator: 9,
      belumDapatDiukur: 6,
      perKategori: [
        { kategori: 'Sangat Tinggi', jumlah: 2 },
        { kategori: 'Sedang', jumlah: 1 },
      ],
      capaianMin100: 2,
      text: '9 indikator: Sangat Tinggi 2, Sedang 1; belum dapat diukur 6.',
    });
  });
});
