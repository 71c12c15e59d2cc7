/**
 * Dinas Kesehatan, Bidang Pencegahan dan Pengendalian Penyakit (fictitious figures,
 * officials and address). Exercises: another Perangkat Daerah, Sebutan Periode
 * "Triwulan", a negative-polarity rate with decimals (IK1: target 32, TW3 4,88 =>
 * capaian 184,75, the published Lampung check), a negative-polarity count with target 0
 * (IK2), `Terakhir` percentages, a DAK-funded kegiatan and an explicit signing date
 * (Tanggal Laporan TW3, a date cell), and a cover logo (Identitas Logo).
 * Extension 2: TW4 filled, quarter targets (Terakhir and a Kumulatif target 0), Standar
 * Nasional `SPM 100 %`, two Programs (Anggaran.Program, Indikator.Program left blank), a Renstra
 * with 2022 realisations and an explicit Target Akhir, the annual Pendahuluan parts.
 */
import type { UnitData } from './types.js';

const UNIT = 'Bidang Pencegahan dan Pengendalian Penyakit';
const UKM = 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat';
const SPM = 'Program Penyelenggaraan Standar Pelayanan Minimal Bidang Kesehatan';

export const dinkesBidangP2p: UnitData = {
  identitas: [
    ['Tahun', 2023],
    ['Pemerintah', 'Pemerintah Kabupaten Lumajang'],
    ['Perangkat Daerah', 'Dinas Kesehatan'],
    ['Unit Kerja', UNIT],
    ['Jabatan', `Kepala ${UNIT}`],
    ['Jenjang Jabatan', 'Pejabat Administrator'],
    ['Alamat', 'Jl. Jenderal Sudirman No. 120 Telp (0334) 881036'],
    ['Kota', 'Lumajang'],
    ['Nama Pejabat', 'dr. RINA KUSUMAWATI, M.Kes.'],
    ['NIP Pejabat', '19800927 200801 2 017'],
    ['Jabatan Atasan', 'Kepala Dinas Kesehatan Kabupaten Lumajang'],
    ['Nama Atasan', 'dr. ACHMAD HIDAYAT, M.Kes.'],
    ['NIP Atasan', '19720418 200012 1 003'],
    ['Sebutan Periode', 'Triwulan'],
    // An example emblem beside the workbook (samples/logo-contoh.svg), printed on the cover.
    ['Logo', 'logo-contoh.svg'],
    ['Tanggal Laporan TW3', new Date(Date.UTC(2023, 9, 6))],
    ['Judul Laporan Tahunan', 'LAPORAN KINERJA INSTANSI'],
  ],

  pendahuluan: [
    [
      'Dasar',
      'Berdasarkan Peraturan Bupati Lumajang tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi ' +
        `serta Tata Kerja Dinas Kesehatan Kabupaten Lumajang, ${UNIT} mempunyai tugas merencanakan, ` +
        'melaksanakan dan mengkoordinasikan kegiatan surveilans dan imunisasi, pencegahan dan pengendalian ' +
        'penyakit menular, serta pencegahan dan pengendalian penyakit tidak menular dan kesehatan jiwa.',
    ],
    ['Fungsi', 'Penyusunan rencana kegiatan pencegahan dan pengendalian penyakit;'],
    ['Fungsi', 'Pelaksanaan surveilans epidemiologi, imunisasi dan penanggulangan Kejadian Luar Biasa (KLB);'],
    ['Fungsi', 'Pencegahan dan pengendalian penyakit menular;'],
    ['Fungsi', 'Pencegahan dan pengendalian penyakit tidak menular serta kesehatan jiwa;'],
    ['Fungsi', 'Pemantauan, evaluasi dan pelaporan pelaksanaan kegiatan;'],
    ['Fungsi', 'Pemberian saran dan pertimbangan kepada Kepala Dinas; dan'],
    ['Fungsi', 'Pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.'],
    ['Substansi', 'Kelompok Sub Substansi Surveilans dan Imunisasi;'],
    ['Substansi', 'Kelompok Sub Substansi Pencegahan dan Pengendalian Penyakit Menular;'],
    ['Substansi', 'Kelompok Sub Substansi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa.'],
    [
      'Penutup',
      `Laporan Kinerja (LKj) ${UNIT} Dinas Kesehatan Kabupaten Lumajang ini merupakan pertanggungjawaban ` +
        'atas pelaksanaan kegiatan pencegahan dan pengendalian penyakit serta penggunaan anggarannya. Hasil ' +
        'pengukuran kinerja ini menjadi dasar perbaikan pelaksanaan kegiatan pada triwulan berikutnya dalam ' +
        'rangka menurunkan angka kesakitan dan kematian akibat penyakit di Kabupaten Lumajang.',
    ],
    [
      'Latar Belakang',
      'Penyakit menular seperti demam berdarah dengue dan tuberkulosis serta penyakit tidak menular seperti ' +
        'hipertensi masih menjadi beban kesehatan utama di Kabupaten Lumajang.',
    ],
    [
      'Struktur Organisasi',
      `${UNIT} dipimpin oleh seorang Kepala Bidang yang membawahi tiga Kelompok Sub Substansi dan tenaga ` +
        'fungsional epidemiolog kesehatan serta sanitarian.',
    ],
    ['Isu Strategis', 'Masih tingginya kasus demam berdarah dengue pada musim hujan;'],
    ['Isu Strategis', 'Penemuan kasus tuberkulosis yang belum mencapai target nasional;'],
    ['Isu Strategis', 'Meningkatnya prevalensi hipertensi pada usia produktif.'],
  ],

  program: [
    [
      'Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
      'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
      'Pengelolaan Surveilans Kesehatan',
      'Sub Substansi Surveilans dan Imunisasi',
    ],
    ['', '', 'Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis', 'Sub Substansi Pencegahan dan Pengendalian Penyakit Menular'],
    [
      '',
      '',
      'Pengelolaan Pelayanan Kesehatan Penderita Hipertensi',
      'Sub Substansi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa',
    ],
  ],

  anggaran: [
    {
      kode: 'K1',
      kegiatan: 'Pengelolaan Surveilans Kesehatan',
      sumberDana: 'DAU',
      pagu: 245800000,
      realisasi: [38400000, 61725000, 70150000, 60000000],
      program: UKM,
    },
    {
      kode: 'K2',
      kegiatan: 'Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis',
      sumberDana: 'DAK',
      pagu: 186420000,
      realisasi: [21300000, 54880000, 48615000, 55000000],
      program: SPM,
    },
    {
      kode: 'K3',
      kegiatan: 'Pengelolaan Pelayanan Kesehatan Penderita Hipertensi',
      sumberDana: 'DAU',
      pagu: 97350000,
      realisasi: [9750000, 18200000, 22475500, 40000000],
      program: SPM,
    },
  ],

  indikator: [
    {
      kode: 'IK1',
      sasaran: 'Menurunnya angka kesakitan dan kematian akibat penyakit menular dan tidak menular',
      indikator: 'Angka kesakitan DBD per 100.000 penduduk',
      satuan: 'per 100.000 penduduk',
      target: 32,
      polaritas: 'Negatif',
      agregasi: 'Terakhir',
      kegiatan: 'K1',
      realisasi: [2.15, 3.96, 4.88, 5.2],
      targetTw: [34, 33, 32.5, 32],
      standarNasional: 49,
    },
    {
      kode: 'IK2',
      sasaran: null,
      indikator: 'Jumlah kematian akibat DBD',
      satuan: 'kasus',
      target: 0,
      polaritas: 'Negatif',
      agregasi: 'Kumulatif',
      kegiatan: 'K1',
      realisasi: [0, 1, 0, 0],
      targetTw: [0, 0, 0, 0],
    },
    {
      kode: 'IK3',
      sasaran: null,
      indikator: 'Persentase orang terduga tuberkulosis yang mendapatkan pelayanan sesuai standar',
      satuan: 'persen',
      target: 100,
      polaritas: 'Positif',
      agregasi: 'Terakhir',
      kegiatan: 'K2',
      realisasi: [61.35, 72.8, 84.12, 93.5],
      targetTw: [70, 80, 90, 100],
      standarNasional: 'SPM 100 %',
    },
    {
      kode: 'IK4',
      sasaran: null,
      indikator: 'Persentase penderita hipertensi yang mendapatkan pelayanan kesehatan sesuai standar',
      satuan: 'persen',
      target: 100,
      polaritas: 'Positif',
      agregasi: 'Terakhir',
      kegiatan: 'K3',
      realisasi: [28.4, 49.75, 68.2, 86.4],
      targetTw: [40, 60, 80, 100],
      standarNasional: 'SPM 100 %',
    },
  ],

  analisis: [
    [
      'IK1',
      null,
      'Angka kesakitan DBD dihitung dari jumlah kasus DBD sejak awal tahun dibagi jumlah penduduk Kabupaten ' +
        'Lumajang dikali 100.000, sehingga angka setiap triwulan merupakan angka kumulatif sampai dengan ' +
        'triwulan tersebut.',
    ],
    [
      'IK1',
      3,
      'Rendahnya angka kesakitan didukung oleh gerakan Pemberantasan Sarang Nyamuk (PSN) dan kegiatan Satu ' +
        'Rumah Satu Jumantik di seluruh puskesmas.',
    ],
    [
      'IK2',
      3,
      'Satu kasus kematian pada Triwulan II terjadi pada pasien anak yang terlambat dibawa ke fasilitas ' +
        'pelayanan kesehatan, dan telah dilakukan audit kematian bersama rumah sakit.',
    ],
    [
      'IK3',
      3,
      'Penemuan terduga tuberkulosis ditingkatkan melalui investigasi kontak serumah dan skrining di ' +
        'pondok pesantren dengan dukungan Dana Alokasi Khusus (DAK) Non Fisik.',
    ],
    [
      'IK4',
      null,
      'Pelayanan penderita hipertensi sesuai standar meliputi pengukuran tekanan darah minimal satu kali ' +
        'sebulan dan edukasi perubahan gaya hidup di fasilitas pelayanan kesehatan.',
    ],
  ],

  renstra: {
    targetYears: [2022, 2023, 2024, 2025, 2026],
    realisasiYears: [2022],
    rows: [
      { kode: 'IK1', kondisiAwal: 41.2, target: [35, 32, 30, 28, 25], realisasi: [38.6], targetAkhir: 25 },
      { kode: 'IK2', kondisiAwal: 3, target: [1, 0, 0, 0, 0], realisasi: [2], targetAkhir: 0 },
      { kode: 'IK3', kondisiAwal: 55, target: [90, 100, 100, 100, 100], realisasi: [78.4], targetAkhir: 100 },
      { kode: 'IK4', kondisiAwal: 20, target: [80, 100, 100, 100, 100], realisasi: [51.3], targetAkhir: 100 },
    ],
  },

  tindakLanjut: [
    ['K1', null, 'Meningkatkan pemantauan jentik berkala dan penyelidikan epidemiologi setiap ada kasus DBD;'],
    ['K1', 3, 'Mempersiapkan puskesmas menghadapi musim hujan melalui penyuluhan dan fogging fokus bila diperlukan;'],
    ['K2', null, 'Memperluas investigasi kontak dan pemeriksaan Tes Cepat Molekuler bagi terduga tuberkulosis;'],
    ['K3', null, 'Mengoptimalkan Pos Pembinaan Terpadu (Posbindu) PTM di desa untuk skrining hipertensi.'],
  ],
};
