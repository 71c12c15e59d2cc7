/**
 * Bidang Pelatihan dan Produktivitas Tenaga Kerja (fictitious figures and officials).
 * Exercises: formula cells (Indikator Target, Anggaran Realisasi TW2), a Terakhir
 * percentage indicator, a Rincian breakdown with the Realisasi cells also filled, a
 * Program table whose Kegiatan cell continues the one above, Analisis rows for every
 * quarter (TW blank) and for TW3 only, and terbilang written correctly ("20 (dua puluh)").
 * Extension 2 (the year's documents): TW4 filled, quarter targets (Rencana Aksi) for every
 * aggregation, Program, Standar Nasional (a number and a text), a Renstra 2021–2026 with the
 * realisations of 2021 and 2022, the annual Pendahuluan parts and Analisis rows for the
 * annual report only (TW Tahunan), Tanggal PK and Tanggal Laporan Tahunan.
 */
import { disnakerIdentitas, type UnitData } from './types.js';

const UNIT = 'Bidang Pelatihan dan Produktivitas Tenaga Kerja';
const RINCIAN_MAMIN = 'UMKM sektor makanan dan minuman';
const PROGRAM = 'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja';

export const bidangPelatihan: UnitData = {
  identitas: disnakerIdentitas({ unitKerja: UNIT, namaPejabat: 'Drs. BAMBANG SUGIHARTO, M.M.', nipPejabat: '19710824 199803 1 006' }, [
      ['Tanggal PK', new Date(Date.UTC(2023, 0, 9))],
      ['Tanggal Laporan Tahunan', new Date(Date.UTC(2024, 0, 15))],
  ]),

  pendahuluan: [
    [
      'Dasar',
      'Berdasarkan Peraturan Daerah Kabupaten Lumajang Nomor 13 Tahun 2021 Tentang Perubahan Kedua Atas ' +
        'Peraturan Daerah Nomor 15 Tahun 2016 Tentang Pembentukan Dan Susunan Perangkat Daerah dan sesuai ' +
        'Peraturan Bupati Lumajang Nomor 100 Tahun 2021 Tentang Kedudukan, Susunan Organisasi, Uraian Tugas ' +
        `dan Fungsi serta Tata Kerja Dinas Tenaga Kerja Kabupaten Lumajang, ${UNIT} mempunyai tugas ` +
        'merencanakan, melaksanakan dan mengkoordinasikan kegiatan pelatihan kerja, pembinaan lembaga ' +
        'pelatihan kerja dan peningkatan produktivitas tenaga kerja.',
    ],
    ['Fungsi', 'Penyusunan rencana dan program pelatihan kerja berbasis kompetensi;'],
    ['Fungsi', 'Pelaksanaan pelatihan kerja bagi pencari kerja dan masyarakat;'],
    ['Fungsi', 'Pembinaan dan pengembangan lembaga pelatihan kerja swasta;'],
    ['Fungsi', 'Fasilitasi sertifikasi kompetensi tenaga kerja;'],
    ['Fungsi', 'Pelaksanaan pengukuran dan peningkatan produktivitas tenaga kerja;'],
    ['Fungsi', 'Pemberian saran dan pertimbangan kepada Kepala Dinas; dan'],
    ['Fungsi', 'Pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.'],
    ['Substansi', 'Kelompok Sub Substansi Pelatihan Kerja;'],
    ['Substansi', 'Kelompok Sub Substansi Kelembagaan Pelatihan dan Sertifikasi;'],
    ['Substansi', 'Kelompok Sub Substansi Produktivitas Tenaga Kerja.'],
    [
      'Penutup',
      `Laporan Kinerja (LKj) Eselon III ${UNIT} Dinas Tenaga Kerja Kabupaten Lumajang ini merupakan ` +
        'pertanggungjawaban atas penggunaan anggaran dalam pelaksanaan program dan kegiatan pelatihan kerja ' +
        'serta peningkatan produktivitas tenaga kerja.',
    ],
    [
      'Penutup',
      'Hasil pengukuran kinerja dalam laporan ini menjadi bahan evaluasi dan perbaikan perencanaan kegiatan ' +
        'pada periode berikutnya dalam rangka mendukung tercapainya Indikator Kinerja Utama (IKU) Dinas Tenaga ' +
        'Kerja Kabupaten Lumajang.',
    ],
    [
      'Kata Pengantar',
      `Puji syukur kehadirat Tuhan Yang Maha Esa, Laporan Kinerja ${UNIT} Tahun 2023 dapat diselesaikan sebagai ` +
        'wujud akuntabilitas pelaksanaan tugas pelatihan kerja dan peningkatan produktivitas tenaga kerja.',
    ],
    [
      'Latar Belakang',
      'Pelatihan kerja berbasis kompetensi menjadi salah satu upaya utama menurunkan tingkat pengangguran terbuka ' +
        'Kabupaten Lumajang, sejalan dengan sasaran Rencana Strategis Dinas Tenaga Kerja Tahun 2021–2026.',
    ],
    [
      'Struktur Organisasi',
      `${UNIT} dipimpin oleh seorang Kepala Bidang yang membawahi tiga Kelompok Sub Substansi dan kelompok ` +
        'jabatan fungsional instruktur serta penyuluh produktivitas.',
    ],
    ['Isu Strategis', 'Kesenjangan antara kompetensi pencari kerja dan kebutuhan industri di Kabupaten Lumajang;'],
    ['Isu Strategis', 'Belum meratanya akreditasi lembaga pelatihan kerja swasta;'],
    ['Isu Strategis', 'Rendahnya produktivitas usaha mikro, kecil dan menengah.'],
    [
      'Ikhtisar',
      'Sepanjang 2023 pelatihan berbasis kompetensi diikuti lebih banyak peserta daripada tahun sebelumnya.',
    ],
    [
      'Penutup Tahunan',
      'Capaian kinerja tahun 2023 menjadi dasar penyusunan Rencana Aksi dan Perjanjian Kinerja tahun 2024.',
    ],
  ],

  program: [
    [
      'Pelatihan Kerja dan Produktivitas Tenaga Kerja',
      'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi',
      'Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi',
      'Instruktur pada Sub Substansi Pelatihan Kerja',
    ],
    ['', '', 'Pelaksanaan Uji Kompetensi bagi Peserta Pelatihan', 'Instruktur pada Sub Substansi Pelatihan Kerja'],
    [
      '',
      'Pembinaan Lembaga Pelatihan Kerja Swasta',
      'Pengembangan Lembaga Pelatihan Kerja Swasta',
      'Penata Kelembagaan pada Sub Substansi Kelembagaan Pelatihan dan Sertifikasi',
    ],
    [
      '',
      'Pengukuran Produktivitas Tingkat Daerah Kabupaten/Kota',
      'Peningkatan Produktivitas Tenaga Kerja pada Usaha Mikro, Kecil dan Menengah',
      'Penyuluh pada Sub Substansi Produktivitas Tenaga Kerja',
    ],
  ],

  anggaran: [
    {
      kode: 'K1',
      kegiatan: 'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi',
      sumberDana: 'DAU',
      pagu: 425600000,
      realisasi: [12500000, { formula: '52300000+61450000', result: 113750000 }, 148320000, 120000000],
      program: PROGRAM,
    },
    {
      kode: 'K2',
      kegiatan: 'Pembinaan Lembaga Pelatihan Kerja Swasta',
      sumberDana: 'DAU',
      pagu: 38750000,
      realisasi: [4200000, 9850000, 11300000, 12000000],
      program: PROGRAM,
    },
    {
      kode: 'K3',
      kegiatan: 'Pengukuran Produktivitas Tingkat Daerah Kabupaten/Kota',
      sumberDana: 'DAU',
      pagu: 62400000,
      realisasi: [0, { formula: '7800000*2', result: 15600000 }, 21450000, 20000000],
      program: PROGRAM,
    },
  ],

  indikator: [
    {
      kode: 'IK1',
      sasaran: 'Meningkatnya kompetensi tenaga kerja',
      indikator: 'Jumlah pencari kerja yang mengikuti pelatihan berbasis kompetensi',
      satuan: 'orang',
      target: { formula: '8*20', result: 160 }, // 8 angkatan x 20 peserta
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K1',
      realisasi: [32, 48, 64, 20],
      targetTw: [40, 40, 40, 40],
    },
    {
      kode: 'IK2',
      sasaran: null,
      indikator: 'Persentase peserta pelatihan yang lulus uji kompetensi',
      satuan: 'persen',
      target: 85,
      polaritas: 'Positif',
      agregasi: 'Terakhir',
      kegiatan: 'K1',
      realisasi: [78.13, 83.33, 87.5, 88],
      targetTw: [80, 82, 84, 85],
      standarNasional: 80,
    },
    {
      kode: 'IK3',
      sasaran: 'Meningkatnya kualitas lembaga pelatihan kerja dan produktivitas usaha',
      indikator: 'Jumlah lembaga pelatihan kerja swasta yang dibina',
      satuan: 'lembaga',
      target: 12,
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K2',
      realisasi: [3, 4, 3, 3],
      targetTw: [3, 3, 3, 3],
      standarNasional: 'Permenaker 8/2021',
    },
    {
      kode: 'IK4',
      sasaran: null,
      indikator: 'Jumlah UMKM yang difasilitasi peningkatan produktivitas',
      satuan: 'UMKM',
      target: 20,
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K3',
      realisasi: [0, 8, 7, 6], // equal to the Rincian sums (none in TW4)
      targetTw: [2, 6, 6, 6],
      program: PROGRAM,
    },
  ],

  rincian: [
    ['IK4', 2, RINCIAN_MAMIN, 5],
    ['IK4', 2, 'UMKM sektor kerajinan', 3],
    ['IK4', 3, RINCIAN_MAMIN, 4],
    ['IK4', 3, 'UMKM sektor jasa', 3],
  ],

  analisis: [
    [
      'IK1',
      'Tahunan',
      'Selama tahun 2023 jumlah peserta pelatihan meningkat dibanding tahun 2022 karena penambahan kejuruan ' +
        'operator komputer dan kerja sama pelatihan dengan perusahaan di kawasan industri.',
    ],
    [
      'IK1',
      null,
      'Pelatihan berbasis kompetensi dilaksanakan di Balai Latihan Kerja (BLK) Kabupaten Lumajang dengan ' +
        'kejuruan menjahit, tata boga, teknisi sepeda motor dan operator komputer, dengan rencana masing-masing ' +
        'angkatan diikuti 20 (dua puluh) peserta.',
    ],
    [
      'IK1',
      3,
      'Sampai dengan Tribulan III seluruh angkatan yang dijadwalkan telah dilaksanakan, namun beberapa peserta ' +
        'mengundurkan diri karena telah diterima bekerja sehingga jumlah peserta belum memenuhi target.',
    ],
    [
      'IK2',
      3,
      'Peserta yang belum lulus uji kompetensi diberikan kesempatan mengikuti uji ulang bekerja sama dengan ' +
        'Lembaga Sertifikasi Profesi (LSP) yang terlisensi BNSP.',
    ],
    [
      'IK3',
      null,
      'Pembinaan lembaga pelatihan kerja swasta meliputi pendataan, verifikasi kelengkapan izin dan ' +
        'pendampingan akreditasi program pelatihan.',
    ],
    [
      'IK4',
      3,
      'Fasilitasi peningkatan produktivitas dilakukan melalui pelatihan metode 5R, efisiensi proses produksi ' +
        'dan pengukuran produktivitas pada UMKM binaan.',
    ],
  ],

  renstra: {
    targetYears: [2021, 2022, 2023, 2024, 2025, 2026],
    realisasiYears: [2021, 2022],
    rows: [
      { kode: 'IK1', kondisiAwal: 120, target: [130, 145, 160, 170, 180, 190], realisasi: [126, 151], targetAkhir: 190 },
      { kode: 'IK2', kondisiAwal: 75, target: [78, 80, 85, 86, 88, 90], realisasi: [77.5, 81.2], targetAkhir: 90 },
      // Target Akhir blank: the 2026 target.
      { kode: 'IK3', kondisiAwal: 8, target: [9, 10, 12, 12, 13, 14], realisasi: [9, 11], targetAkhir: null },
      { kode: 'IK4', kondisiAwal: 10, target: [12, 15, 20, 22, 24, 25], realisasi: [11, 14], targetAkhir: 25 },
    ],
  },

  tindakLanjut: [
    ['K1', null, 'Menyesuaikan jadwal dan kejuruan pelatihan dengan kebutuhan pasar kerja hasil analisis lowongan;'],
    ['K1', null, 'Memperluas kerja sama uji kompetensi dengan LSP terlisensi BNSP;'],
    ['K2', null, 'Melanjutkan pendampingan akreditasi lembaga pelatihan kerja swasta.'],
    ['K1', 'Tahunan', 'Menyusun peta kebutuhan kompetensi bersama asosiasi industri sebagai dasar program pelatihan 2024;'],
    ['K3', 3, 'Melaksanakan pengukuran produktivitas pada 5 (lima) UMKM sisa target pada Tribulan IV.'],
  ],
};
