/**
 * Sekretariat Dinas Tenaga Kerja (fictitious figures and officials).
 * Exercises: a `Rata-rata` indicator (kepuasan layanan, 0–100 scale), a `Terakhir`
 * percentage, a large pagu (gaji), four kegiatan, and a custom Skala sheet
 * (100 Sangat Berhasil, 75 Berhasil, 55 Cukup Berhasil, 0 Kurang Berhasil) whose four
 * categories are all reached at TW3.
 */
import { disnakerIdentitas, type UnitData } from './types.js';

const UNIT = 'Sekretariat';

export const sekretariat: UnitData = {
  identitas: disnakerIdentitas({ unitKerja: UNIT, jabatan: 'Sekretaris Dinas Tenaga Kerja', namaPejabat: 'AGUS PRIYANTO, S.E., M.M.', nipPejabat: '19750312 200003 1 002' }),

  pendahuluan: [
    [
      'Dasar',
      'Berdasarkan Peraturan Bupati Lumajang Nomor 100 Tahun 2021 Tentang Kedudukan, Susunan Organisasi, ' +
        'Uraian Tugas dan Fungsi serta Tata Kerja Dinas Tenaga Kerja Kabupaten Lumajang, Sekretariat mempunyai ' +
        'tugas merencanakan, melaksanakan, mengkoordinasikan dan mengendalikan kegiatan administrasi umum, ' +
        'kepegawaian, keuangan, perencanaan dan pelaporan di lingkungan Dinas Tenaga Kerja.',
    ],
    ['Fungsi', 'Pengoordinasian penyusunan rencana dan program kerja Dinas;'],
    ['Fungsi', 'Pengelolaan administrasi keuangan dan aset;'],
    ['Fungsi', 'Pengelolaan administrasi kepegawaian;'],
    ['Fungsi', 'Pengelolaan urusan umum, rumah tangga dan pelayanan administrasi;'],
    ['Fungsi', 'Penyusunan laporan kinerja dan evaluasi pelaksanaan program;'],
    ['Fungsi', 'Pemberian saran dan pertimbangan kepada Kepala Dinas; dan'],
    ['Fungsi', 'Pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.'],
    ['Substansi', 'Sub Bagian Umum dan Kepegawaian;'],
    ['Substansi', 'Kelompok Sub Substansi Perencanaan dan Pelaporan;'],
    ['Substansi', 'Kelompok Sub Substansi Keuangan.'],
    [
      'Penutup',
      'Laporan Kinerja (LKj) Sekretariat Dinas Tenaga Kerja Kabupaten Lumajang ini merupakan ' +
        'pertanggungjawaban atas pelaksanaan kegiatan penunjang urusan pemerintahan daerah dan penggunaan ' +
        'anggarannya. Hasil pengukuran kinerja ini menjadi bahan evaluasi untuk meningkatkan kualitas ' +
        'pelayanan administrasi dan akuntabilitas kinerja Dinas Tenaga Kerja Kabupaten Lumajang.',
    ],
  ],

  program: [
    [
      'Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
      'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      'Sub Substansi Perencanaan dan Pelaporan',
    ],
    [
      '',
      '',
      'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
      'Sub Substansi Perencanaan dan Pelaporan',
    ],
    ['', 'Administrasi Keuangan Perangkat Daerah', 'Penyediaan Gaji dan Tunjangan ASN', 'Sub Substansi Keuangan'],
    [
      '',
      'Administrasi Kepegawaian Perangkat Daerah',
      'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi',
      'Sub Bagian Umum dan Kepegawaian',
    ],
    [
      '',
      'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
      'Penyediaan Jasa Pelayanan Umum Kantor',
      'Sub Bagian Umum dan Kepegawaian',
    ],
  ],

  anggaran: [
    {
      kode: 'K1',
      kegiatan: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
      sumberDana: 'DAU',
      pagu: 28500000,
      realisasi: [4150000, 7320000, 5875000, null],
    },
    {
      kode: 'K2',
      kegiatan: 'Administrasi Keuangan Perangkat Daerah',
      sumberDana: 'DAU',
      pagu: 4862350000,
      realisasi: [1158420600, 1215587500, 1197306250, null],
    },
    {
      kode: 'K3',
      kegiatan: 'Administrasi Kepegawaian Perangkat Daerah',
      sumberDana: 'DAU',
      pagu: 45000000,
      realisasi: [0, 12600000, 9450000, null],
    },
    {
      kode: 'K4',
      kegiatan: 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
      sumberDana: 'DAU',
      pagu: 312750000,
      realisasi: [71230000, 78415000, 76980000, null],
    },
  ],

  indikator: [
    {
      kode: 'IK1',
      sasaran: 'Meningkatnya kualitas pelayanan administrasi dan akuntabilitas kinerja perangkat daerah',
      indikator: 'Nilai rata-rata kepuasan layanan',
      satuan: 'nilai',
      target: 85,
      polaritas: 'Positif',
      agregasi: 'Rata-rata',
      kegiatan: 'K4',
      realisasi: [82.4, 84.1, 86.3, null],
    },
    {
      kode: 'IK2',
      sasaran: null,
      indikator: 'Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu',
      satuan: 'persen',
      target: 100,
      polaritas: 'Positif',
      agregasi: 'Terakhir',
      kegiatan: 'K1',
      realisasi: [80, 90, 100, null],
    },
    {
      kode: 'IK3',
      sasaran: null,
      indikator: 'Jumlah laporan keuangan yang disusun tepat waktu',
      satuan: 'dokumen',
      target: 14,
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K2',
      realisasi: [3, 3, 3, null],
    },
    {
      kode: 'IK4',
      sasaran: null,
      indikator: 'Jumlah ASN yang mengikuti pendidikan dan pelatihan',
      satuan: 'orang',
      target: 24,
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K3',
      realisasi: [0, 7, 5, null],
    },
  ],

  analisis: [
    [
      'IK1',
      null,
      'Nilai kepuasan layanan diperoleh dari survei kepuasan masyarakat terhadap layanan Dinas Tenaga Kerja ' +
        'yang dilaksanakan setiap tribulan dengan skala 0 sampai 100.',
    ],
    [
      'IK1',
      3,
      'Kenaikan nilai pada Tribulan III didukung oleh pembenahan ruang pelayanan dan penerapan antrean daring ' +
        'untuk layanan kartu pencari kerja (AK1).',
    ],
    [
      'IK2',
      3,
      'Sampai dengan Tribulan III seluruh dokumen yang dijadwalkan telah disusun tepat waktu, termasuk Rencana ' +
        'Kerja Perubahan setelah penetapan Perubahan APBD.',
    ],
    [
      'IK3',
      null,
      'Laporan keuangan terdiri dari laporan bulanan, laporan semesteran dan laporan keuangan tahunan yang ' +
        'disampaikan kepada Badan Keuangan dan Aset Daerah; laporan semesteran dan tahunan belum tersusun ' +
        'tepat waktu karena menunggu rekonsiliasi aset.',
    ],
    [
      'IK4',
      3,
      'Pendidikan dan pelatihan pada Tribulan I belum dapat dilaksanakan karena menunggu jadwal dari ' +
        'penyelenggara, sehingga sebagian pegawai dijadwalkan mengikuti pelatihan pada Tribulan IV.',
    ],
  ],

  tindakLanjut: [
    ['K4', null, 'Menindaklanjuti saran responden survei kepuasan masyarakat pada setiap unit layanan;'],
    ['K1', null, 'Menyusun jadwal penyusunan dokumen perencanaan dan pelaporan beserta penanggung jawabnya;'],
    ['K2', null, 'Melakukan rekonsiliasi data keuangan setiap bulan dengan Badan Keuangan dan Aset Daerah;'],
    ['K3', 3, 'Mengusulkan pegawai yang belum mengikuti pelatihan pada jadwal diklat Tribulan IV.'],
  ],

  skala: [
    [100, 'Sangat Berhasil'],
    [75, 'Berhasil'],
    [55, 'Cukup Berhasil'],
    [0, 'Kurang Berhasil'],
  ],
};
