import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/calc/compute-report.js';
import { buildViewModel } from '../../../src/documents/lkj/build-view-model.js';
import type { IndikatorRow, Quarterly } from '../../../src/model/workbook-types.js';
import { referenceWorkbook, SASARAN } from './fixtures/reference-workbook.js';

const q = (...v: (number | null)[]): Quarterly => v.map((x) => (x === null ? null : new Decimal(x))) as Quarterly;

const OPTIONS = { tanggal: { year: 2023, month: 10, day: 2 }, paper: 'A4' as const, charts: true, logoDataUrl: null };

function withIndicator(over: Partial<IndikatorRow>) {
  const wb = referenceWorkbook();
  wb.indikator.push({
    kode: 'IK9',
    sasaran: SASARAN,
    indikator: 'Indikator dengan rencana aksi',
    satuan: 'orang',
    target: new Decimal(160),
    polaritas: 'positif',
    agregasi: 'kumulatif',
    kegiatan: 'K3',
    realisasi: q(40, 50, 54, null),
    targetTw: q(30, 40, 50, 40),
    standarNasional: null,
    program: null,
    row: 9,
    ...over,
  });
  return buildViewModel(wb, computeReport(wb, 3), OPTIONS);
}

describe('quarter targets in the quarterly LKj (Rencana Aksi)', () => {
  it('without any quarter target the 2.2 table keeps its six columns and 5=4/3', () => {
    const vm = buildViewModel(referenceWorkbook(), computeReport(referenceWorkbook(), 3), OPTIONS);
    const ck = vm.bab2.capaianKinerja;
    expect(ck.withTargetTw).toBe(false);
    expect(ck.head.rows[1]!.map((c) => c.text)).toEqual(['1', '2', '3', '4', '5=4/3', '6']);
    expect(vm.bab2.evaluasi.items.every((i) => !i.lead.includes('Terhadap target yang direncanakan'))).toBe(true);
    expect(ck.charts[0]!.svg).not.toContain('Capaian thd target');
  });

  it('adds Target s.d. TW III and the capaian against it; other indicators print "-"', () => {
    const vm = withIndicator({});
    const ck = vm.bab2.capaianKinerja;
    expect(ck.withTargetTw).toBe(true);
    expect(ck.head.rows[0]!.map((c) => c.text)).toContain('Target s.d. TW III');
    expect(ck.head.rows[1]!.map((c) => c.text)).toEqual(['1', '2', '3', '4', '5', '6=5/3', '7=5/4', '8']);
    const row = ck.rows.at(-1)!;
    // Kumulatif: target s.d. TW III = 30 + 40 + 50 = 120; realisasi 40 + 50 + 54 = 144; 144 / 120 = 120,00 %.
    expect([row.target, row.targetTw, row.realisasi, row.capaian, row.capaianTargetTw]).toEqual(['160 orang', '120 orang', '144 orang', '90,00', '120,00']);
    expect(ck.rows[0]!.targetTw).toBe('-');
    expect(ck.rows[0]!.capaianTargetTw).toBe('-');
    const lead = vm.bab2.evaluasi.items.find((i) => i.kodeIndikator === 'IK9')!.lead;
    expect(lead).toContain('Terhadap target yang direncanakan sampai dengan Tribulan III Tahun 2023 sebesar 120 orang, capaiannya 120,00 %.');
    expect(ck.charts[0]!.svg).toContain('Capaian thd target s.d. TW III');
    expect(ck.charts[0]!.svg).toContain('>120,00<');
  });

  it('negative polarity against the quarter target: (2 × 120 − 144) / 120 × 100 = 80,00', () => {
    const ck = withIndicator({ polaritas: 'negatif' }).bab2.capaianKinerja;
    expect(ck.rows.at(-1)!.capaianTargetTw).toBe('80,00');
  });

  it('a target s.d. TW of 0 with positive polarity cannot be computed: "-" and said so in 2.3', () => {
    const vm = withIndicator({ targetTw: q(0, 0, 0, 160) });
    expect(vm.bab2.capaianKinerja.rows.at(-1)!.capaianTargetTw).toBe('-');
    expect(vm.bab2.evaluasi.items.find((i) => i.kodeIndikator === 'IK9')!.lead).toContain('capaiannya tidak dapat dihitung');
  });
});
