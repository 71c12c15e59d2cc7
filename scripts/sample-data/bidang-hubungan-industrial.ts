/**
 * Bidang Hubungan Industrial dan Jaminan Sosial (fictitious figures and officials).
 * Exercises: a negative-polarity indicator (IK1), a `Terakhir` percentage (IK2), an
 * indicator with no realisation yet (IK3, capaian 0), a Rincian breakdown (IK4), four
 * kegiatan with a DBHCHT-funded one, and numbers written as Indonesian text (Pagu
 * "45.126.000", "Rp 7.350.000,-", "47,25"), each of which yields a `text-number` warning.
 */
import { disnakerIdentitas, type UnitData } from './types.js';

const UNIT = 'Bidang Hubungan Industrial dan Jaminan Sosial';
const RENTAN = 'Pekerja rentan buruh tani dan buruh pabrik rokok (iuran DBHCHT)';
const PENERIMA_UPAH = 'Pekerja penerima upah yang didaftarkan perusahaan';

export const bidangHubunganIndustrial: UnitData = {
  identitas: disnakerIdentitas({ unitKerja: UNIT, namaPejabat: 'SRI WAHYUNINGSIH, S.H., M.H.', nipPejabat: '19780515 200501 2 011' }),

  pendahuluan: [
    [
      'Dasar',
      'Berdasarkan Peraturan Bupati Lumajang Nomor 100 Tahun 2021 Tentang Kedudukan, Susunan Organisasi, ' +
        `Uraian Tugas dan Fungsi serta Tata Kerja Dinas Tenaga Kerja Kabupaten Lumajang, ${UNIT} mempunyai ` +
        'tugas merencanakan, melaksanakan dan mengkoordinasikan kegiatan pembinaan hubungan industrial, ' +
        'penyelesaian perselisihan hubungan industrial, pengupahan dan jaminan sosial tenaga kerja.',
    ],
    ['Fungsi', 'Pembinaan dan pengembangan sarana hubungan industrial;'],
    ['Fungsi', 'Pengesahan peraturan perusahaan dan pendaftaran perjanjian kerja bersama;'],
    ['Fungsi', 'Pencegahan dan penyelesaian perselisihan hubungan industrial, mogok kerja dan penutupan perusahaan;'],
    ['Fungsi', 'Penyiapan bahan penetapan upah minimum kabupaten;'],
    ['Fungsi', 'Fasilitasi kepesertaan jaminan sosial tenaga kerja;'],
    ['Fungsi', 'Pemberian saran dan pertimbangan kepada Kepala Dinas; dan'],
    ['Fungsi', 'Pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.'],
    ['Substansi', 'Kelompok Sub Substansi Hubungan Industrial;'],
    ['Substansi', 'Kelompok Sub Substansi Persyaratan Kerja dan Pengupahan;'],
    ['Substansi', 'Kelompok Sub Substansi Jaminan Sosial Tenaga Kerja.'],
    [
      'Penutup',
      `Laporan Kinerja (LKj) ${UNIT} Dinas Tenaga Kerja Kabupaten Lumajang ini disusun sebagai wujud ` +
        'pertanggungjawaban atas pelaksanaan program dan kegiatan serta penggunaan anggaran. Hasil pengukuran ' +
        'kinerja dalam laporan ini menjadi dasar perbaikan pelaksanaan kegiatan pada periode berikutnya guna ' +
        'mewujudkan hubungan industrial yang harmonis, dinamis dan berkeadilan di Kabupaten Lumajang.',
    ],
  ],

  program: [
    [
      'Hubungan Industrial',
      'Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan di ' +
        'Daerah Kabupaten/Kota',
      'Pencegahan Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan',
      'Mediator Hubungan Industrial pada Sub Substansi Hubungan Industrial',
    ],
    [
      '',
      '',
      'Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan',
      'Mediator Hubungan Industrial pada Sub Substansi Hubungan Industrial',
    ],
    [
      '',
      'Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama',
      'Pengesahan Peraturan Perusahaan untuk Perusahaan yang hanya Beroperasi dalam Daerah Kabupaten/Kota',
      'Pengantar Kerja pada Sub Substansi Persyaratan Kerja dan Pengupahan',
    ],
    [
      '',
      'Penetapan Upah Minimum Kabupaten/Kota',
      'Penyelenggaraan Sidang Dewan Pengupahan Kabupaten',
      'Sub Substansi Persyaratan Kerja dan Pengupahan',
    ],
    [
      '',
      'Fasilitasi Kepesertaan Jaminan Sosial Ketenagakerjaan',
      'Sosialisasi dan Pendataan Kepesertaan Jaminan Sosial Ketenagakerjaan',
      'Sub Substansi Jaminan Sosial Tenaga Kerja',
    ],
  ],

  anggaran: [
    {
      kode: 'K1',
      kegiatan:
        'Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan ' +
        'di Daerah Kabupaten/Kota',
      sumberDana: 'DAU',
      pagu: 58400000,
      realisasi: [6250000, 11800000, 'Rp 7.350.000,-', null], // text-number warning on TW3
    },
    {
      kode: 'K2',
      kegiatan: 'Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama',
      sumberDana: 'DAU',
      pagu: '45.126.000', // text-number warning
      realisasi: [3500000, 8275500, 9120000, null],
    },
    {
      kode: 'K3',
      kegiatan: 'Penetapan Upah Minimum Kabupaten/Kota',
      sumberDana: 'DAU',
      pagu: 27900000,
      realisasi: [0, 0, 0, null],
    },
    {
      kode: 'K4',
      kegiatan: 'Fasilitasi Kepesertaan Jaminan Sosial Ketenagakerjaan',
      sumberDana: 'DBHCHT',
      pagu: 35000000,
      realisasi: [4500000, 12750000, 10200000, null],
    },
  ],

  indikator: [
    {
      kode: 'IK1',
      sasaran: 'Terwujudnya hubungan industrial yang harmonis dan perlindungan jaminan sosial bagi pekerja',
      indikator: 'Jumlah kasus perselisihan hubungan industrial yang tidak terselesaikan',
      satuan: 'kasus',
      target: 10,
      polaritas: 'Negatif',
      agregasi: 'Kumulatif',
      kegiatan: 'K1',
      realisasi: [2, 1, 3, null],
    },
    {
      kode: 'IK2',
      sasaran: null,
      indikator: 'Persentase perusahaan yang mematuhi ketentuan peraturan perusahaan/perjanjian kerja bersama',
      satuan: 'persen',
      target: 60,
      polaritas: 'Positif',
      agregasi: 'Terakhir',
      kegiatan: 'K2',
      realisasi: [41.5, '47,25', 52.8, null], // text-number warning on TW2
    },
    {
      kode: 'IK3',
      sasaran: null,
      indikator: 'Jumlah rekomendasi upah minimum kabupaten yang disampaikan kepada Gubernur',
      satuan: 'dokumen',
      target: 1,
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K3',
      realisasi: [0, 0, 0, null],
    },
    {
      kode: 'IK4',
      sasaran: null,
      indikator: 'Jumlah pekerja yang difasilitasi menjadi peserta jaminan sosial ketenagakerjaan',
      satuan: 'orang',
      target: 1500,
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K4',
      realisasi: [310, 425, 388, null], // equal to the Rincian sums
    },
  ],

  rincian: [
    ['IK4', 1, RENTAN, 200],
    ['IK4', 1, PENERIMA_UPAH, 110],
    ['IK4', 2, RENTAN, 275],
    ['IK4', 2, PENERIMA_UPAH, 150],
    ['IK4', 3, RENTAN, 240],
    ['IK4', 3, PENERIMA_UPAH, 148],
  ],

  analisis: [
    [
      'IK1',
      null,
      'Upaya pencegahan perselisihan dilakukan melalui pembinaan Lembaga Kerja Sama (LKS) Bipartit di ' +
        'perusahaan agar setiap perselisihan dapat diselesaikan secara musyawarah sebelum dicatatkan.',
    ],
    [
      'IK1',
      3,
      'Perselisihan yang belum terselesaikan sebagian besar merupakan perselisihan pemutusan hubungan kerja yang ' +
        'masih dalam proses mediasi dan telah diterbitkan anjuran oleh Mediator Hubungan Industrial.',
    ],
    [
      'IK2',
      3,
      'Sampai dengan Tribulan III sebanyak 12 perusahaan telah mengajukan pengesahan Peraturan Perusahaan dan 3 ' +
        'perusahaan mendaftarkan Perjanjian Kerja Bersama.',
    ],
    [
      'IK3',
      3,
      'Penyampaian rekomendasi upah minimum kabupaten dijadwalkan pada Tribulan IV setelah sidang Dewan ' +
        'Pengupahan Kabupaten, sehingga sampai dengan Tribulan III belum ada realisasi.',
    ],
    [
      'IK4',
      null,
      'Iuran kepesertaan pekerja rentan dibiayai dari Dana Bagi Hasil Cukai Hasil Tembakau (DBHCHT) bagi buruh ' +
        'tani tembakau dan buruh pabrik rokok.',
    ],
  ],

  tindakLanjut: [
    ['K1', null, 'Mengintensifkan pembinaan LKS Bipartit pada perusahaan yang mempekerjakan 50 orang pekerja atau lebih;'],
    ['K1', null, 'Mempercepat penyelesaian kasus melalui mediasi dan penerbitan anjuran tepat waktu;'],
    ['K2', null, 'Melakukan sosialisasi kewajiban penyusunan Peraturan Perusahaan bagi perusahaan dengan 10 orang pekerja atau lebih;'],
    ['K3', 3, 'Menyiapkan data survei kebutuhan hidup layak sebagai bahan sidang Dewan Pengupahan Kabupaten;'],
    ['K4', null, 'Berkoordinasi dengan BPJS Ketenagakerjaan Cabang Lumajang untuk pemutakhiran data kepesertaan.'],
  ],
};
