/**
 * Bidang Pelatihan dan Produktivitas Tenaga Kerja (fictitious figures and officials).
 * Exercises: formula cells (Indikator Target, Anggaran Realisasi TW2), a Terakhir
 * percentage indicator, a Rincian breakdown with the Realisasi cells also filled, a
 * Program table whose Kegiatan cell continues the one above, Analisis rows for every
 * quarter (TW blank) and for TW3 only, and terbilang written correctly ("20 (dua puluh)").
 */
import { DISNAKER_LUMAJANG as D, type UnitData } from './types.js';

const UNIT = 'Bidang Pelatihan dan Produktivitas Tenaga Kerja';
const RINCIAN_MAMIN = 'UMKM sektor makanan dan minuman';

export const bidangPelatihan: UnitData = {
  identitas: [
    ['Tahun', 2023],
    ['Pemerintah', D.pemerintah],
    ['Perangkat Daerah', D.perangkatDaerah],
    ['Unit Kerja', UNIT],
    ['Jabatan', `Kepala ${UNIT}`],
    ['Jenjang Jabatan', 'Pejabat Administrator'],
    ['Alamat', D.alamat],
    ['Kota', D.kota],
    ['Nama Pejabat', 'Drs. BAMBANG SUGIHARTO, M.M.'],
    ['NIP Pejabat', '19710824 199803 1 006'],
    ['Jabatan Atasan', D.jabatanAtasan],
    ['Nama Atasan', D.namaAtasan],
    ['NIP Atasan', D.nipAtasan],
    ['Sebutan Periode', 'Tribulan'],
  ],

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
      realisasi: [12500000, { formula: '52300000+61450000', result: 113750000 }, 148320000, null],
    },
    {
      kode: 'K2',
      kegiatan: 'Pembinaan Lembaga Pelatihan Kerja Swasta',
      sumberDana: 'DAU',
      pagu: 38750000,
      realisasi: [4200000, 9850000, 11300000, null],
    },
    {
      kode: 'K3',
      kegiatan: 'Pengukuran Produktivitas Tingkat Daerah Kabupaten/Kota',
      sumberDana: 'DAU',
      pagu: 62400000,
      realisasi: [0, { formula: '7800000*2', result: 15600000 }, 21450000, null],
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
      realisasi: [32, 48, 64, null],
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
      realisasi: [78.13, 83.33, 87.5, null],
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
      realisasi: [3, 4, 3, null],
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
      realisasi: [0, 8, 7, null], // equal to the Rincian sums
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

  tindakLanjut: [
    ['K1', null, 'Menyesuaikan jadwal dan kejuruan pelatihan dengan kebutuhan pasar kerja hasil analisis lowongan;'],
    ['K1', null, 'Memperluas kerja sama uji kompetensi dengan LSP terlisensi BNSP;'],
    ['K2', null, 'Melanjutkan pendampingan akreditasi lembaga pelatihan kerja swasta.'],
    ['K3', 3, 'Melaksanakan pengukuran produktivitas pada 5 (lima) UMKM sisa target pada Tribulan IV.'],
  ],
};
