import { Decimal } from 'decimal.js';
import type { IndikatorRow, Quarterly, Workbook } from '../../src/model/workbook-types.js';

export const d = (x: number | string) => new Decimal(x);
export const q = (...xs: (number | null)[]): Quarterly =>
  [0, 1, 2, 3].map((i) => (xs[i] === undefined || xs[i] === null ? null : d(xs[i]!))) as Quarterly;

export function indikator(over: Partial<IndikatorRow> & { kode: string }): IndikatorRow {
  return {
    sasaran: 'Sasaran',
    indikator: `Indikator ${over.kode}`,
    satuan: 'orang',
    target: d(100),
    polaritas: 'positif',
    agregasi: 'kumulatif',
    kegiatan: 'K1',
    realisasi: q(),
    targetTw: q(),
    standarNasional: null,
    program: null,
    row: 2,
    ...over,
  };
}

/** A minimal valid workbook; tests override the parts they exercise. */
export function workbook(over: Partial<Workbook> = {}): Workbook {
  return {
    file: 'uji.xlsx',
    identitas: {
      tahun: 2023,
      pemerintah: 'Pemerintah Kabupaten Lumajang',
      perangkatDaerah: 'Dinas Tenaga Kerja',
      unitKerja: 'Bidang Uji',
      jabatan: 'Kepala Bidang Uji',
      jenjangJabatan: null,
      alamat: null,
      kota: 'Lumajang',
      namaPejabat: 'Ir. A',
      nipPejabat: '19690111 200212 2 004',
      jabatanAtasan: null,
      namaAtasan: null,
      nipAtasan: null,
      logo: null,
      sebutanPeriode: 'Triwulan',
      tanggalLaporan: {},
      judulLaporanTahunan: null,
      tanggalLaporanTahunan: null,
      tanggalPk: null,
      baganOrganisasi: null,
    },
    pendahuluan: [],
    program: [],
    anggaran: [{ kode: 'K1', kegiatan: 'Kegiatan 1', sumberDana: 'DAU', pagu: d(1000), realisasi: q(100, 200, 300, 400), program: null, row: 2 }],
    indikator: [indikator({ kode: 'IK1' })],
    penempatan: [],
    rincian: [],
    analisis: [],
    tindakLanjut: [],
    skala: [],
    renstra: [],
    ...over,
  };
}
