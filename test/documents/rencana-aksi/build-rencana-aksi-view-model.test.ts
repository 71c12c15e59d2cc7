import { describe, expect, it } from 'vitest';
import { buildRencanaAksiViewModel } from '../../../src/documents/rencana-aksi/build-rencana-aksi-view-model.js';
import { rencanaAksiDocument } from '../../../src/documents/rencana-aksi/rencana-aksi-docx.js';
import { d, indikator, q, workbook } from '../../helpers/workbook-fixture.js';

function raWorkbook() {
  return workbook({
    anggaran: [
      { kode: 'K1', kegiatan: 'Kegiatan Satu', sumberDana: 'DAU', pagu: d(182244000), realisasi: q(), program: null, row: 2 },
      { kode: 'K2', kegiatan: 'Kegiatan Dua', sumberDana: 'DAU', pagu: d(45126000), realisasi: q(), program: null, row: 3 },
    ],
    indikator: [
      // Kumulatif: each quarter's share; printed as running sums 30, 60, 90, 120.
      indikator({ kode: 'IK1', sasaran: 'Sasaran Satu', target: d(120), agregasi: 'kumulatif', targetTw: q(30, 30, null, 60), kegiatan: 'K1' }),
      // Terakhir: the level at the end of each quarter; a blank quarter keeps the last one.
      indikator({ kode: 'IK2', sasaran: '', target: d(80), satuan: 'persen', agregasi: 'terakhir', targetTw: q(null, 50, 70, 80), kegiatan: 'K1' }),
      // Rata-rata: mean of the filled quarters so far.
      indikator({ kode: 'IK3', sasaran: 'Sasaran Dua', target: d(85), satuan: 'nilai', agregasi: 'rata-rata', targetTw: q(80, 90, 85, 85), kegiatan: 'K2' }),
      // No quarter targets: dashes.
      indikator({ kode: 'IK4', sasaran: '', target: d('4.5'), satuan: 'dokumen', kegiatan: 'K2' }),
    ],
  });
}

const opts = { tanggal: { year: 2023, month: 1, day: 2 }, paper: 'A4' as const, sampul: false, logoDataUrl: null };

describe('Rencana Aksi view model', () => {
  it('prints the target up to each quarter, combined with the Agregasi like realisations', () => {
    const vm = buildRencanaAksiViewModel(raWorkbook(), opts);
    expect(vm.rows.map((r) => r.targetTw)).toEqual([
      ['30', '60', '60', '120'],
      ['-', '50', '70', '80'],
      // (80) / 1, (80 + 90) / 2, (80 + 90 + 85) / 3 = 85, (80 + 90 + 85 + 85) / 4 = 85
      ['80', '85', '85', '85'],
      ['-', '-', '-', '-'],
    ]);
    expect(vm.rows.map((r) => r.target)).toEqual(['120', '80', '85', '4,5']);
    expect(vm.head.rows[1]!.map((h) => h.text)).toEqual(['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV']);
  });

  it('prints each kegiatan and its pagu once for the indicators it carries', () => {
    const vm = buildRencanaAksiViewModel(raWorkbook(), opts);
    expect(vm.rows.map((r) => [r.kegiatan.show, r.kegiatan.rowspan, r.pagu.text])).toEqual([
      [true, 2, '182.244.000'],
      [false, 1, '182.244.000'],
      [true, 2, '45.126.000'],
      [false, 1, '45.126.000'],
    ]);
  });

  it('is landscape, dated and signed by the unit head', () => {
    const vm = buildRencanaAksiViewModel(raWorkbook(), { ...opts, paper: 'F4' });
    expect(vm.paper.cssSize).toBe('330mm 215mm');
    expect(vm.title).toBe('RENCANA AKSI TAHUN 2023');
    expect(vm.placeDate).toBe('Lumajang, 2 Januari 2023');
    expect(vm.signature).toMatchObject({ nama: 'Ir. A', nip: 'NIP. 19690111 200212 2 004', jabatan: 'Kepala Bidang Uji,' });
    const doc = rencanaAksiDocument(vm, () => null);
    expect(doc.page.widthMm).toBe(330);
    const table = doc.body.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.columns.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(JSON.stringify(doc.body)).toContain('s.d. TW III');
    const sig = doc.body.find((b) => b.kind === 'signatures');
    expect(sig?.kind === 'signatures' && sig.columns[1]?.nama).toBe('Ir. A');
  });
});
