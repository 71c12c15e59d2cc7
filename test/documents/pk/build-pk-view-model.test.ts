import { describe, expect, it } from 'vitest';
import { buildPkViewModel } from '../../../src/documents/pk/build-pk-view-model.js';
import { pkDocument } from '../../../src/documents/pk/pk-docx.js';
import { tanggalPk } from '../../../src/documents/shared/year-document.js';
import { d, indikator, workbook } from '../../helpers/workbook-fixture.js';
import type { Workbook } from '../../../src/model/workbook-types.js';

function pkWorkbook(over: Partial<Workbook['identitas']> = {}): Workbook {
  const wb = workbook({
    anggaran: [
      { kode: 'K1', kegiatan: 'Kegiatan Satu', sumberDana: 'DAU', pagu: d(182244000), realisasi: [null, null, null, null], program: 'Program A', row: 2 },
      { kode: 'K2', kegiatan: 'Kegiatan Dua', sumberDana: 'DBHCHT', pagu: d(45126000), realisasi: [null, null, null, null], program: 'Program A', row: 3 },
      { kode: 'K3', kegiatan: 'Kegiatan Tiga', sumberDana: 'DAU', pagu: d(53955500), realisasi: [null, null, null, null], program: 'Program B', row: 4 },
    ],
    indikator: [
      indikator({ kode: 'IK1', sasaran: 'Sasaran Satu', indikator: 'Pencari kerja ditempatkan', target: d(1200), satuan: 'orang', kegiatan: 'K1' }),
      indikator({ kode: 'IK2', sasaran: '', indikator: 'Tingkat kepuasan', target: d('82.5'), satuan: 'persen', kegiatan: 'K2' }),
      indikator({ kode: 'IK3', sasaran: 'Sasaran Dua', indikator: 'Dokumen', target: d(6), satuan: 'dokumen', kegiatan: 'K3' }),
    ],
  });
  wb.identitas = {
    ...wb.identitas,
    tahun: 2024,
    jabatanAtasan: 'Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang',
    namaAtasan: 'Ir. PAIMAN',
    nipAtasan: '196706061992021001',
    ...over,
  };
  return wb;
}

const opts = (wb: Workbook) => ({ tanggal: tanggalPk(wb), paper: 'A4' as const, sampul: false, logoDataUrl: null });

describe('Perjanjian Kinerja view model', () => {
  it('dates the PK on the first weekday after 1 January of Tahun unless Identitas or --date say otherwise', () => {
    const wb = pkWorkbook();
    // 1 January 2024 is a Monday: the next weekday is Tuesday 2 January.
    expect(tanggalPk(wb)).toEqual({ year: 2024, month: 1, day: 2 });
    // 2022: 1 January is a Saturday, 2nd a Sunday, 3rd a Monday.
    expect(tanggalPk(pkWorkbook({ tahun: 2022 }))).toEqual({ year: 2022, month: 1, day: 3 });
    expect(tanggalPk(pkWorkbook({ tanggalPk: { year: 2024, month: 1, day: 15 } }))).toEqual({ year: 2024, month: 1, day: 15 });
    expect(tanggalPk(pkWorkbook({ tanggalPk: { year: 2024, month: 1, day: 15 } }), { year: 2024, month: 2, day: 1 })).toEqual({ year: 2024, month: 2, day: 1 });
  });

  it('puts pihak kedua (the superior, Plt. as typed) left and pihak pertama right, both with NIP', () => {
    const vm = buildPkViewModel(pkWorkbook(), opts(pkWorkbook()));
    const s = vm.agreement.signatures;
    expect(vm.agreement.title).toBe('PERJANJIAN KINERJA TAHUN 2024');
    expect(s.left).toEqual({ label: 'Pihak Kedua,', jabatan: 'Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang,', nama: 'Ir. PAIMAN', nip: 'NIP. 19670606 199202 1 001' });
    expect(s.right).toEqual({ label: 'Pihak Pertama,', jabatan: 'Kepala Bidang Uji,', nama: 'Ir. A', nip: 'NIP. 19690111 200212 2 004' });
    expect(s.placeDate).toBe('Lumajang, 2 Januari 2024');
    expect(vm.agreement.pihakPertama).toMatchObject({ nama: 'Ir. A', jabatan: 'Kepala Bidang Uji' });
    expect(vm.agreement.pihakKedua).toMatchObject({ nama: 'Ir. PAIMAN', jabatan: 'Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang' });
    expect(vm.lampiran.signatures).toEqual(s);
    expect(vm.meta.tanggalIso).toBe('2024-01-02');
    expect(vm.cover).toBeNull();
  });

  it('lists targets with satuan the Indonesian way, sasaran spanning its indicators', () => {
    const vm = buildPkViewModel(pkWorkbook(), opts(pkWorkbook()));
    expect(vm.lampiran.rows.map((r) => r.target)).toEqual(['1.200 orang', '82,5 persen', '6 dokumen']);
    expect(vm.lampiran.rows.map((r) => r.indikator)).toEqual(['1. Pencari kerja ditempatkan', '2. Tingkat kepuasan', '1. Dokumen']);
    expect(vm.lampiran.rows.map((r) => [r.no.show, r.no.rowspan, r.sasaran.text])).toEqual([
      [true, 2, 'Sasaran Satu'],
      [false, 1, 'Sasaran Satu'],
      [true, 1, 'Sasaran Dua'],
    ]);
  });

  it('groups kegiatan under their programme with Sumber Dana as keterangan and the total pagu', () => {
    const vm = buildPkViewModel(pkWorkbook(), opts(pkWorkbook()));
    expect(vm.lampiran.anggaranRows.map((r) => [r.isProgram, r.no, r.kegiatan, r.anggaran, r.keterangan])).toEqual([
      [true, '', 'Program A', '', ''],
      [false, '1.', 'Kegiatan Satu', '182.244.000', 'DAU'],
      [false, '2.', 'Kegiatan Dua', '45.126.000', 'DBHCHT'],
      [true, '', 'Program B', '', ''],
      [false, '3.', 'Kegiatan Tiga', '53.955.500', 'DAU'],
    ]);
    // 182.244.000 + 45.126.000 + 53.955.500
    expect(vm.lampiran.total).toBe('281.325.500');
  });

  it('prints a cover only with --sampul', () => {
    const wb = pkWorkbook();
    const vm = buildPkViewModel(wb, { ...opts(wb), sampul: true });
    expect(vm.cover).toMatchObject({ judul: 'PERJANJIAN KINERJA', periode: 'TAHUN 2024' });
  });

  it('maps onto Word blocks with the same words: both signature blocks twice, a page break before the lampiran', () => {
    const wb = pkWorkbook();
    const doc = pkDocument(buildPkViewModel(wb, { ...opts(wb), paper: 'F4' }), () => null);
    expect(doc.page.widthMm).toBe(215);
    expect(doc.page.heightMm).toBe(330);
    expect(doc.meta.date.toISOString()).toBe('2024-01-02T00:00:00.000Z');
    const sigs = doc.body.filter((b) => b.kind === 'signatures');
    expect(sigs).toHaveLength(2);
    for (const b of sigs) {
      if (b.kind !== 'signatures') continue;
      expect(b.columns.map((c) => c?.nama)).toEqual(['Ir. PAIMAN', 'Ir. A']);
      expect(b.columns[1]?.above[0]).toBe('Lumajang, 2 Januari 2024');
    }
    expect(doc.body.findIndex((b) => b.kind === 'page-break')).toBeGreaterThan(doc.body.indexOf(sigs[0]!));
    const tables = doc.body.filter((b) => b.kind === 'table');
    const texts = JSON.stringify(tables);
    expect(texts).toContain('1.200 orang');
    expect(texts).toContain('281.325.500');
  });
});
