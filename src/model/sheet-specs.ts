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
  | 'skala'
  | 'renstra';

const col = (key: string, header: string, required = true): ColumnSpec => ({ key, header, required });
const realisasiColumns = [1, 2, 3, 4].map((n) => col(`realisasiTw${n}`, `Realisasi TW${n}`));
/** Extension 2 (Rencana Aksi): planned target per quarter, optional. */
const targetTwColumns = [1, 2, 3, 4].map((n) => col(`targetTw${n}`, `Target TW${n}`, false));

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
    columns: [
      col('kode', 'Kode'),
      col('kegiatan', 'Kegiatan'),
      col('sumberDana', 'Sumber Dana', false),
      col('pagu', 'Pagu'),
      ...realisasiColumns,
      // Extension 2: optional, after the quarterly columns.
      col('program', 'Program', false),
    ],
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
      // Extension 2: optional, after the quarterly columns.
      ...targetTwColumns,
      col('standarNasional', 'Standar Nasional', false),
      col('program', 'Program', false),
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
  // Extension 2. Besides these, `Target <yyyy>` and `Realisasi <yyyy>` columns (RENSTRA_YEAR_COLUMN).
  renstra: {
    id: 'renstra',
    name: 'Renstra',
    required: false,
    columns: [col('kode', 'Kode'), col('kondisiAwal', 'Kondisi Awal', false), col('targetAkhir', 'Target Akhir', false)],
  },
};

/**
 * A Renstra year column, on a header already normalised (normalizeKey): `target2023`,
 * `realisasi2022`. Its key in a row is `target:2023` / `realisasi:2022`.
 */
export const RENSTRA_YEAR_COLUMN = /^(target|realisasi)(\d{4})$/;

/** The Renstra spec with the year columns a header row actually has, so they are known columns. */
export function renstraSpecFor(normalizedHeaders: readonly string[]): SheetSpec {
  const extra: ColumnSpec[] = [];
  for (const h of normalizedHeaders) {
    const m = RENSTRA_YEAR_COLUMN.exec(h);
    if (!m) continue;
    const kind = m[1] === 'target' ? 'Target' : 'Realisasi';
    const k = `${m[1]}:${m[2]}`;
    if (!extra.some((c) => c.key === k)) extra.push(col(k, `${kind} ${m[2]}`, false));
  }
  return { ...SHEETS.renstra, columns: [...SHEETS.renstra.columns, ...extra] };
}

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
  // Extension 2 (annual report, PK).
  key('judulLaporanTahunan', 'Judul Laporan Tahunan'),
  key('tanggalLaporanTahunan', 'Tanggal Laporan Tahunan'),
  key('tanggalPk', 'Tanggal PK'),
  key('baganOrganisasi', 'Bagan Organisasi'),
];
