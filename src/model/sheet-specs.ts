/** The sheets and columns of the workbook contract (`workbook-format.md`). */
export interface ColumnSpec {
  key: string;
  header: string;
  required: boolean;
}

export interface SheetSpec {
  id: SheetId;
  name: string;
  required: boolean;
  columns: ColumnSpec[];
}

export type SheetId =
  | 'identitas'
  | 'pendahuluan'
  | 'program'
  | 'anggaran'
  | 'indikator'
  | 'penempatan'
  | 'rincian'
  | 'analisis'
  | 'tindakLanjut'
  | 'skala';

const col = (key: string, header: string, required = true): ColumnSpec => ({ key, header, required });
const realisasiColumns = [1, 2, 3, 4].map((n) => col(`realisasiTw${n}`, `Realisasi TW${n}`));

export const SHEETS: Record<SheetId, SheetSpec> = {
  identitas: { id: 'identitas', name: 'Identitas', required: true, columns: [col('kunci', 'Kunci'), col('nilai', 'Nilai')] },
  pendahuluan: { id: 'pendahuluan', name: 'Pendahuluan', required: false, columns: [col('bagian', 'Bagian'), col('isi', 'Isi')] },
  program: {
    id: 'program',
    name: 'Program',
    required: false,
    columns: [col('program', 'Program'), col('kegiatan', 'Kegiatan'), col('subKegiatan', 'Sub Kegiatan'), col('pelaksana', 'Pelaksana', false)],
  },
  anggaran: {
    id: 'anggaran',
    name: 'Anggaran',
    required: true,
    columns: [col('kode', 'Kode'), col('kegiatan', 'Kegiatan'), col('sumberDana', 'Sumber Dana', false), col('pagu', 'Pagu'), ...realisasiColumns],
  },
  indikator: {
    id: 'indikator',
    name: 'Indikator',
    required: true,
    columns: [
      col('kode', 'Kode'),
      col('sasaran', 'Sasaran'),
      col('indikatorKinerja', 'Indikator Kinerja'),
      col('satuan', 'Satuan'),
      col('target', 'Target'),
      // Both have contract defaults, so a workbook may leave the columns out.
      col('polaritas', 'Polaritas', false),
      col('agregasi', 'Agregasi', false),
      col('kegiatan', 'Kegiatan'),
      ...realisasiColumns,
    ],
  },
  penempatan: {
    id: 'penempatan',
    name: 'Penempatan',
    required: false,
    columns: [col('indikator', 'Indikator'), col('tw', 'TW'), col('perusahaan', 'Perusahaan'), col('jumlah', 'Jumlah'), col('keterangan', 'Keterangan', false)],
  },
  rincian: {
    id: 'rincian',
    name: 'Rincian',
    required: false,
    columns: [col('indikator', 'Indikator'), col('tw', 'TW'), col('uraian', 'Uraian'), col('jumlah', 'Jumlah')],
  },
  analisis: { id: 'analisis', name: 'Analisis', required: false, columns: [col('indikator', 'Indikator'), col('tw', 'TW', false), col('isi', 'Isi')] },
  tindakLanjut: {
    id: 'tindakLanjut',
    name: 'Tindak Lanjut',
    required: false,
    columns: [col('kegiatan', 'Kegiatan'), col('tw', 'TW', false), col('rencana', 'Rencana')],
  },
  skala: { id: 'skala', name: 'Skala', required: false, columns: [col('batasBawah', 'Batas Bawah'), col('kategori', 'Kategori')] },
};

/** Identitas keys (`Kunci` column). */
export interface IdentitasKeySpec {
  key: string;
  label: string;
  required: boolean;
}

const key = (k: string, label: string, required = false): IdentitasKeySpec => ({ key: k, label, required });

export const IDENTITAS_KEYS: IdentitasKeySpec[] = [
  key('tahun', 'Tahun', true),
  key('pemerintah', 'Pemerintah', true),
  key('perangkatDaerah', 'Perangkat Daerah', true),
  key('unitKerja', 'Unit Kerja', true),
  key('jabatan', 'Jabatan', true),
  key('jenjangJabatan', 'Jenjang Jabatan'),
  key('alamat', 'Alamat'),
  key('kota', 'Kota', true),
  key('namaPejabat', 'Nama Pejabat', true),
  key('nipPejabat', 'NIP Pejabat', true),
  key('jabatanAtasan', 'Jabatan Atasan'),
  key('namaAtasan', 'Nama Atasan'),
  key('nipAtasan', 'NIP Atasan'),
  key('logo', 'Logo'),
  key('sebutanPeriode', 'Sebutan Periode'),
  key('tanggalLaporanTw1', 'Tanggal Laporan TW1'),
  key('tanggalLaporanTw2', 'Tanggal Laporan TW2'),
  key('tanggalLaporanTw3', 'Tanggal Laporan TW3'),
  key('tanggalLaporanTw4', 'Tanggal Laporan TW4'),
];
