/**
 * The reference unit: Bidang Penempatan dan Perluasan Kesempatan Kerja, TA 2023, the
 * workbook behind the reference report (LKj Tribulan III 2023, Dinas Tenaga Kerja
 * Kabupaten Lumajang). One source for two outputs:
 * - `REFERENCE_UNIT`, written in full as samples/bidang-penempatan.xlsx
 *   (scripts/sample-data/bidang-penempatan.ts);
 * - `TEMPLATE_EXAMPLE`, the shorter example rows of the workbook `lkj init` writes
 *   (./write-template-workbook.ts).
 *
 * Texts are the reference's, except:
 * - Anggaran kegiatan names: typos fixed ("Pengelolaam", "Kabupten").
 * - No Penutup row: lkj writes BAB III from Identitas for whichever quarter is printed
 *   (the reference's text names the unit wrongly, "Perluasan Tenaga Kerja").
 * - Analisis: the sentences the tool generates from the figures (target/realisasi/
 *   perusahaan/capaian and "Sedangkan Realisasi Anggaran ... efisiensi ...") are left
 *   out; the narrative "8 (lima) bulan" slip is kept on purpose (the tool must print
 *   "8 (delapan)").
 * Realisasi of IK1 and IK3 are left blank: they are the sums of Penempatan / Rincian.
 */
import { DEFAULT_SKALA } from '../model/skala.js';
import type { AnalisisData, CellInput, TindakLanjutData, UnitData } from './unit-data.js';

/** Identitas block shared by the Dinas Tenaga Kerja units (the samples use it too). */
export const DISNAKER_LUMAJANG = {
  pemerintah: 'Pemerintah Kabupaten Lumajang',
  perangkatDaerah: 'Dinas Tenaga Kerja',
  alamat: 'Jl. Veteran No. 53 Telp (0334) 881546',
  kota: 'Lumajang',
  jabatanAtasan: 'Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang',
  namaAtasan: 'Ir. PAIMAN',
  nipAtasan: '19670606 199202 1 001',
} as const;

const D = DISNAKER_LUMAJANG;

/** The Identitas rows of a Dinas Tenaga Kerja unit (the reference and the samples), then `extra`. */
export function disnakerIdentitas(
  u: { unitKerja: string; jabatan?: string; namaPejabat: string; nipPejabat: string },
  extra: [string, CellInput][] = [],
): [string, CellInput][] {
  return [
    ['Tahun', 2023],
    ['Pemerintah', D.pemerintah],
    ['Perangkat Daerah', D.perangkatDaerah],
    ['Unit Kerja', u.unitKerja],
    ['Jabatan', u.jabatan ?? `Kepala ${u.unitKerja}`],
    ['Jenjang Jabatan', 'Pejabat Administrator'],
    ['Alamat', D.alamat],
    ['Kota', D.kota],
    ['Nama Pejabat', u.namaPejabat],
    ['NIP Pejabat', u.nipPejabat],
    ['Jabatan Atasan', D.jabatanAtasan],
    ['Nama Atasan', D.namaAtasan],
    ['NIP Atasan', D.nipAtasan],
    ['Sebutan Periode', 'Tribulan'],
    ...extra,
  ];
}
const UNIT = 'Bidang Penempatan dan Perluasan Kesempatan Kerja';

export const REFERENCE_UNIT: UnitData = {
  identitas: disnakerIdentitas({ unitKerja: UNIT, namaPejabat: 'Ir. HANUM MUBAROKHAH', nipPejabat: '19690111 200212 2 004' }),

  pendahuluan: [
    [
      'Dasar',
      'Berdasarkan Peraturan Daerah Kabupaten Lumajang Nomor 13 Tahun 2021 Tentang Perubahan Kedua Atas ' +
        'Peraturan Daerah Nomor 15 Tahun 2016 Tentang Pembentukan Dan Susunan Perangkat Daerah dan sesuai ' +
        'Peraturan Bupati Lumajang Nomor 100 Tahun 2021 Tentang Kedudukan, Susunan Organisasi, Uraian Tugas ' +
        'dan Fungsi serta Tata Kerja Dinas Tenaga Kerja Kabupaten Lumajang terdiri dari 4 (empat) Bidang ' +
        'salah satunya adalah Bidang Penempatan dan Perluasan Kesempatan kerja pada Dinas Tenaga Kerja ' +
        'Kabupaten Lumajang mempunyai tugas merencanakan, melaksanakan dan mengkoordinasikan kegiatan ' +
        'Penempatan dan Perluasan Kesempatan Kerja.',
    ],
    ['Fungsi', 'Pelayanan penempatan antar kerja daerah;'],
    ['Fungsi', 'Penerbitan izin Lembaga Penempatan Tenaga Kerja Swasta;'],
    ['Fungsi', 'Pengelolaan Informasi Pasar Kerja;'],
    ['Fungsi', 'Pelaksanaan perlindungan Tenaga Kerja Indonesia (TKI) di Luar Negeri (pra dan purna penempatan);'],
    ['Fungsi', 'Penerbitan perpanjangan Izin Memperkerjakan Tenaga Asing (IMTA);'],
    ['Fungsi', 'Pemberian saran dan pertimbangan kepada Kepala Dinas; dan'],
    ['Fungsi', 'Pelaksanaan fungsi lain yang diberikan oleh Kepala Dinas.'],
    ['Substansi', 'Kelompok Sub Substansi Penempatan Tenaga Kerja Dalam Negeri;'],
    ['Substansi', 'Kelompok Sub Substansi Penempatan Tenaga Kerja Luar Negeri;'],
    ['Substansi', 'Kelompok Sub Substansi Perluasan Kesempatan Kerja.'],
  ],

  program: [
    [
      'Penempatan Tenaga kerja',
      'Pelayanan antar kerja di daerah Kab/Kota',
      'Perluasan kesempatan Kerja',
      'Pengantar Kerja Muda pada Sub Substansi Perluasan kesempatan kerja',
    ],
    [
      '',
      'Pengelolaan informasi Pasar Kerja',
      'Job Fair/Bursa Kerja',
      'Pengantar Kerja Muda pada Sub Substansi penempatan Tenaga Kerja Dalam Negeri',
    ],
    [
      '',
      'Perlindungan PMI (Pra dan Purna Penempatan) di Daerah kab/Kota',
      'Peningkatan perlindungan dan Kompetensi Calon Pekerja Migran Indonesia (CPMI)/Pekerja Migran Indonesia (PMI)',
      'Pengantar Kerja Muda pada Sub Substansi Penempatan Tenaga Kerja Luar Negeri',
    ],
  ],

  anggaran: [
    {
      kode: 'K1',
      kegiatan: 'Pengelolaan Informasi Pasar Kerja',
      sumberDana: 'DAU',
      pagu: 182244000,
      realisasi: [0, 0, 0, null],
    },
    {
      kode: 'K2',
      kegiatan: 'Perlindungan PMI (Pra dan Purna Penempatan) di Daerah Kabupaten/Kota',
      sumberDana: 'DAU',
      pagu: 45126000,
      realisasi: [0, 0, 0, null],
    },
    {
      // Upah Tenaga Kerja Bulanan Rp 1.700.000 per month, paid February to September.
      kode: 'K3',
      kegiatan: 'Pelayanan Antar Kerja di Daerah Kabupaten/Kota',
      sumberDana: 'DAU',
      pagu: 53955500,
      realisasi: [3400000, 5100000, 5100000, null],
    },
  ],

  indikator: [
    {
      kode: 'IK1',
      sasaran:
        'Meningkatnya pelayanan informasi pasar kerja dan fasilitasi penempatan kerja bagi pencari kerja terdaftar',
      indikator: 'Jumlah pencari kerja ditempatkan melalui program AKL',
      satuan: 'orang',
      target: 110,
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K3',
      realisasi: [null, null, null, null], // from Penempatan
    },
    {
      kode: 'IK2',
      sasaran: null,
      indikator: 'Jumlah data pasar kerja yang dikelola',
      satuan: 'dokumen',
      target: 6,
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K1',
      realisasi: [1, 1, 2, null],
    },
    {
      kode: 'IK3',
      sasaran: null,
      indikator: 'Jumlah CPMI dan PMI yang difasilitasi',
      satuan: 'orang',
      target: 200,
      polaritas: 'Positif',
      agregasi: 'Kumulatif',
      kegiatan: 'K2',
      realisasi: [null, null, null, null], // from Rincian
    },
  ],

  // Per company over TW1–TW3: BPRS Karya Mega Sentosa 4, Lab Persada 23, Alfamart 28,
  // Indomart 17, MMI 76, Anugerah Rimba Raya 1, PSI 3, FIF 1 = 153 (TW1 48, TW2 54, TW3 51).
  // Ordered so that companies first appear in the reference's order both row by row
  // and grouped by quarter.
  penempatan: [
    ['IK1', 1, 'BPRS Karya Mega Sentosa', 4, null],
    ['IK1', 1, 'Lab Persada', 12, null],
    ['IK1', 1, 'Alfamart', 9, null],
    ['IK1', 1, 'Indomart', 5, null],
    ['IK1', 1, 'MMI', 18, null],
    ['IK1', 2, 'Lab Persada', 11, null],
    ['IK1', 2, 'Alfamart', 8, null],
    ['IK1', 2, 'Indomart', 6, null],
    ['IK1', 2, 'MMI', 27, null],
    ['IK1', 2, 'Anugerah Rimba Raya', 1, null],
    ['IK1', 2, 'PSI', 1, 'Penyandang Disabilitas'],
    ['IK1', 3, 'Alfamart', 11, null],
    ['IK1', 3, 'Indomart', 6, null],
    ['IK1', 3, 'MMI', 31, null],
    ['IK1', 3, 'PSI', 2, 'Penyandang Disabilitas'],
    ['IK1', 3, 'FIF', 1, 'Penyandang Disabilitas'],
  ],

  // 376 CPMI (118 + 131 + 127) and 34 PMI dipulangkan (12 + 10 + 12) = 410.
  rincian: [
    ['IK3', 1, 'CPMI yang difasilitasi penerbitan ID CPMI dan Rekom Paspor', 118],
    ['IK3', 1, 'Pekerja Migran (PMI) yang dipulangkan dalam kondisi meninggal, sakit, deportasi dan TPPO', 12],
    ['IK3', 2, 'CPMI yang difasilitasi penerbitan ID CPMI dan Rekom Paspor', 131],
    ['IK3', 2, 'Pekerja Migran (PMI) yang dipulangkan dalam kondisi meninggal, sakit, deportasi dan TPPO', 10],
    ['IK3', 3, 'CPMI yang difasilitasi penerbitan ID CPMI dan Rekom Paspor', 127],
    ['IK3', 3, 'Pekerja Migran (PMI) yang dipulangkan dalam kondisi meninggal, sakit, deportasi dan TPPO', 12],
  ],

  analisis: [
    [
      'IK1',
      3,
      'Capaian kinerja tersebut tanpa didukung anggaran kegiatan dan besarnya capaian kinerja ini dikarenakan ' +
        'memaksimalkan koordinasi dan fasilitasi terhadap Perusahaan Swasta dan BUMD yang selama ini belum ' +
        'sepenuhnya melaporkan lowongan dan penyerapan tenaga kerja termasuk Penyandang Disabilitas serta untuk ' +
        'lebih memaksimalkan lagi pada tanggal 27 Juni 2023 Dinas Tenaga Kerja bermitra dengan Bank Syariah ' +
        'Indonesia (BSI) guna melakukan Sosialisasi Tentang Ketenagakerjaan pada Perusahaan dengan harapan Wajib ' +
        'Lapor Lowongan Kerja dan Penyerapan Tenaga Kerja oleh Perusahaan lebih tertib dan di Perubahan Renja ' +
        'Tahun 2023 target kinerjanya akan disesuaikan.',
    ],
    [
      'IK1',
      3,
      'Pada Kegiatan ini terdiri dari 2 (dua) Sub Kegiatan yaitu Penyelenggaraan Unit Layanan Disabilitas ' +
        'Ketenagakerjaan dan Pelayanan Antar Kerja dimana sampai dengan Tribulan III Tahun 2023 tidak bisa ' +
        'dilaksanakan karena adanya self blocking anggaran kecuali Upah Tenaga Kerja Bulanan yang sudah terserap ' +
        '8 (lima) bulan yaitu mulai bulan Februari sampai dengan September 2023.',
    ],
    [
      'IK1',
      3,
      'Setiap tahun terdapat beberapa Program Perluasan Kesempatan Kerja dengan harapan dapat membantu ' +
        'mengurangi angka pengangguran yang ada di Kabupaten Lumajang yang alokasi anggarannya dari Kementerian ' +
        'Tenaga Kerja melalui dana APBN dengan prosedur pengajuan proposal untuk diupload melalui aplikasi ' +
        'Bizhub diantaranya :',
    ],
    [
      'IK1',
      3,
      '- Padat Karya yaitu menyediakan lapangan pekerjaan sementara bagi penganggur dan setengah penganggur ' +
        'sekaligus menyediakan sarana dan prasarana penunjang akses ekonomi untuk meningkatkan perekonomian ' +
        'masyarakat;',
    ],
    [
      'IK1',
      3,
      '- Tenaga Kerja Mandiri (TKM) Pemula bertujuan untuk dapat mengakomodir masyarakat pencari kerja yang ' +
        'ingin terlibat aktif dalam kegiatan ekonomi;',
    ],
    [
      'IK1',
      3,
      '- Tenaga Kerja Mandiri (TKM) Lanjutan merupakan tenaga kerja mandiri yang pernah mendapatkan program ' +
        'perluasan kesempatan kerja di luar hubungan kerja;',
    ],
    [
      'IK1',
      3,
      'Sampai dengan Tribulan III Tahun 2023 pada tanggal 13 Juli 2023 telah ditetapkan Surat Keputusan dari ' +
        'Kementerian Ketenagakerjaan RI Kelompok Penerima Manfaat Tenaga Kerja Mandiri Pemula (TKM) sejumlah ' +
        '159 Kelompok yang tersebar di wilayah Kabupaten Lumajang yang didampingi oleh 15 orang Tenaga Kerja ' +
        'Sukarela (TKS) yang mana setiap TKS mendampingi sekitar 10 sampai 11 kelompok dalam melaksanakan ' +
        'kegiatan sesuai dengan proposal yang diajukan melalui aplikasi Bizhub.',
    ],
    [
      'IK2',
      3,
      'Sedangkan untuk target pencari kerja ditempatkan melalui Job Fair sejumlah 500 org tidak ada realisasi ' +
        'sehingga capaian kinerjanya 0 % dimana sampai dengan Tribulan III Tahun 2023 tidak bisa dilaksanakan ' +
        'karena adanya self blocking anggaran dan yang bisa dilaksanakan saat ini adalah bekerjasama dengan ' +
        'Bursa Kerja Khusus (BKK) yang ada di SMK untuk bisa melaksanakan Job Fair agar bisa memfasilitasi ' +
        'menyampaikan informasi lowongan kerja dari Dunia Usaha dan Dunia Industri serta pendataan pencari ' +
        'kerja khususnya pada alumni sekolah masing-masing, yang sampai saat ini ada 2 SMK yang sudah ' +
        'melaksanakan kegiatan Job Fair yaitu SMKN 1 Klakah dan SMK Muhammadiyah Lumajang.',
    ],
    [
      'IK2',
      3,
      'Kendala dari kegiatan Job Fair sampai saat ini adalah banyak pencari kerja yang melamar pekerjaan dan ' +
        'ketika dipanggil perusahaan tidak hadir dan bersifat coba-coba.',
    ],
    [
      'IK3',
      3,
      'Pada Kegiatan ini hanya ada 1 (satu) Sub Kegiatan yaitu Peningkatan Perlindungan dan Kompetensi Calon ' +
        'Pekerja Migran Indonesia (CPMI)/Pekerja Migran Indonesia (PMI) dengan pagu anggaran Rp. 45.126.000,- ' +
        'dan sampai dengan Tribulan III Tahun 2023 tidak bisa dilaksanakan karena terjadi self blocking anggaran.',
    ],
    [
      'IK3',
      3,
      'Namun demikian pada kenyataannya apabila diperbandingkan CPMI legal sangat kecil dibanding dengan yang ' +
        'ilegal hal ini disebabkan kurangnya informasi layanan kerja ke luar negeri, terbatasnya akses informasi ' +
        'pasar kerja (dalam dan luar negeri), maraknya praktek percaloan serta masih rendahnya pengetahuan dan ' +
        'pemahaman terhadap resiko untuk menjadi Pekerja Migran Indonesia (PMI) yang aman dan masyarakat ' +
        'cenderung menempuh jalur non prosedural.',
    ],
    [
      'IK3',
      3,
      'Kondisi yang terjadi saat ini dimana dengan adanya perubahan aplikasi dalam penerbitan ID CPMI dan Rekom ' +
        'Paspor yang semula menggunakan SISKOTKLN dan sekarang menggunakan SIAPKerja dan SISKOP2MI dimana sampai ' +
        'dengan saat ini masih belum ada sinkronisasi antara aturan dan system yang digunakan sehingga masih ada ' +
        'kendala dalam mengaplikasikan system tersebut.',
    ],
    ['IK3', 3, 'Disamping itu ada beberapa kegiatan yang dilakukan, yaitu :'],
    [
      'IK3',
      3,
      '- Melakukan Sosialisasi/Diseminasi Pelindungan Calon Pekerja Migran Indonesia bekerjasama dengan ' +
        'Kementerian Ketenagakerjaan RI yang dilaksanakan pada tanggal 20 Juli 2023 bertempat di Kecamatan ' +
        'Senduro hal ini merupakan salah satu upaya untuk mencegah semakin banyaknya PMI Ilegal, jika ' +
        'dibandingkan lebih banyak PMI Ilegal hal ini dikarenakan kurang adanya pemahaman terhadap masyarakat ' +
        'sisi positif dan negatifnya ketika menjadi PMI di Luar Negeri, dan masyarakat hanya berfikir pendek ' +
        'bagaimana bisa segera berangkat dengan janji-janji manis dari para Tekong karena kalau menjadi PMI ' +
        'Legal masih harus melalui beberapa prosedur yang harus dilalui.',
    ],
    [
      'IK3',
      3,
      '- Melakukan pembinaan dan monitoring ke Desa Migran Produktif yang merupakan desa kantong PMI Ilegal ' +
        'yang mendapatkan bantuan program dari Kementerian Tenaga Kerja bagi PMI Purna dengan harapan bisa ' +
        'menjadi kepanjangan tangan untuk melakukan sosialisasi pada masyarakat untuk menjadi PMI yang berangkat ' +
        'secara prosedural.',
    ],
  ],

  tindakLanjut: [
    ['K3', null, 'Melakukan sosialisasi Peraturan Presiden No. 57 Tahun 2023 tentang Wajib Laport Lowongan Pekerjaan;'],
    [
      'K3',
      null,
      'Memberikan sosialisasi Permenaker No. 39 Tahun 2016 tentang Penempatan Tenaga Kerja perihal bimbingan ' +
        'jabatan kepada semua pencari kerja;',
    ],
    [
      'K3',
      null,
      'Pelayanan penyuluhan dan bimbingan jabatan dilakukan setiap ada pencari kerja yang mengambil AK1, ' +
        'mengoptimalkan koordinasi dengan Cabang Dinas Pendidikan untuk melakukan sosialisasi aplikasi SIAPKerja;',
    ],
    [
      'K3',
      null,
      'Pelayanan penempatan tenaga kerja Antar Kerja Lokal (AKL) yang merupakan system penempatan tenaga kerja ' +
        'dalam satu daerah kabupaten;',
    ],
    [
      'K3',
      null,
      'Membangun system yang bisa mengakomodir perusahaan yang ada di Kab. Lumajang untuk melaporkan data ' +
        'lowongan kerja dan penyerapan tenaga kerja di perusahaan masing-masing;',
    ],
    [
      'K3',
      null,
      'Pelayanan penempatan tenaga kerja Antar Kerja Antar Daerah (AKAD) merupakan system penempatan tenaga ' +
        'kerja antar daerah provinsi;',
    ],
    [
      'K3',
      null,
      'Pelayanan penempatan tenaga kerja Antar Kerja Antar Negara (AKAN) merupakan system penempatan tenaga ' +
        'kerja di luar negeri;',
    ],
    ['K3', null, 'Pelayanan perijinan dan pembinaan Lembaga Penempatan Tenaga Kerja Swasta skala kabupaten;'],
    [
      'K3',
      null,
      'Pembinaan pelaksanaan Bursa Kerja Khusus (BKK) di lembaga satuan Pendidikan Menengah, Pendidikan Tinggi ' +
        'dan Pelatihan dan koordinasi dengan Cabang Dinas Pendidikan;',
    ],
    [
      'K3',
      null,
      'Pengendalian penggunaan Tenaga Kerja Asing dengan mendata perusahaan yang mempekerjakan Tenaga Kerja ' +
        'Asing (TKA).',
    ],
    [
      'K1',
      null,
      'Memberikan sosialisasi Permenaker No. 39 Tahun 2016 tentang Penempatan Tenaga Kerja perihal bimbingan ' +
        'jabatan kepada semua pencari kerja;',
    ],
    [
      'K1',
      null,
      'Melakukan koordinasi untuk Pendataan Pemberi Kerja/ Pengusaha yang akan mengikuti kegiatan Job ' +
        'Fair/Bursa Kerja;',
    ],
    [
      'K1',
      null,
      'Selalu berkoordinasi dengan Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Timur terkait jadwal ' +
        'pelaksanaan Job Fair/Bursa Kerja yang dilaksanakan pada tanggal 19 September 2023 yang diikuti oleh 57 ' +
        'perusahaan dengan tersedia 500 lowongan pekerjaan baik dalam dan luar negeri dengan kebutuhan tenaga ' +
        'kerja sejumlah 3.933 orang.',
    ],
    ['K2', null, 'Melakukan sosialisasi UU 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia;'],
    [
      'K2',
      null,
      'Melakukan sosialisasi berjenjang pada seluruh warga masyarakat diawali oleh pemerintah desa sampai ' +
        'pemerintah pusat sesuai kewenangannya supaya bisa menjadi Pekerja Migran yang aman;',
    ],
    ['K2', null, 'Sinergi dengan Dinas Pemberdayaan Masyarakat dan Desa;'],
    [
      'K2',
      null,
      'Tetap berupaya maksimal yang bisa kita lakukan sampai dengan tahap verifikasi dokumen CPMI sampai dengan ' +
        'verifikasi Perjanjian Penempatan sesuai dengan kewenangan masing-masing antara CPMI, P3MI dan Dinas ' +
        'Tenaga Kerja, serta selalu berkomunikasi dengan pusat dan kabupaten/kota lain terkait kendala-kendala ' +
        'yang dialami di daerah;',
    ],
    [
      'K2',
      null,
      'Penanganan Pemulangan baik jenazah, sakit maupun deportasi dengan selalu berkoordinasi dengan BP2MI, ' +
        'BP3MI Provinsi Jawa Timur dan UPT P2TK Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Timur untuk ' +
        'bisa memulangkan PMI-B sampai ke daerah asal;',
    ],
    ['K2', null, 'Melakukan monitoring dan pendampingan terhadap Pekerja Migran Indonesia (PMI) yang dipulangkan;'],
    [
      'K2',
      null,
      'Melakukan pembinaan ke Desa Migran Produktif (Desmigratif) yang merupakan desa binaan Kementerian Tenaga ' +
        'Kerja melalui Petugas Lapangannya.',
    ],
  ],
};

// ---------------------------------------------------------------------------
// The example of `lkj init`: the reference unit with a few Analisis and Tindak Lanjut
// rows instead of all of them, so that the sheets stay readable as an example.

/** The reference row of `rows` whose text starts with `start` (a typo in the data fails loudly). */
function row<T extends AnalisisData | TindakLanjutData>(rows: T[] | undefined, start: string): T {
  const hit = rows?.find((r) => r[2].startsWith(start));
  if (!hit) throw new Error(`reference example: no row starting "${start}"`);
  return hit;
}

/** `text` cut after `end`, closed with a full stop. */
function cutAfter(text: string, end: string): string {
  const i = text.indexOf(end);
  if (i < 0) throw new Error(`reference example: "${end}" not in "${text.slice(0, 40)}…"`);
  return `${text.slice(0, i + end.length)}.`;
}

const R = REFERENCE_UNIT;
const analisis = (start: string): AnalisisData => row(R.analisis, start);
const tindakLanjut = (start: string): TindakLanjutData => row(R.tindakLanjut, start);
const capaian = analisis('Capaian kinerja tersebut');
const jobFair = analisis('Kendala dari kegiatan Job Fair');
const wajibLapor = tindakLanjut('Melakukan sosialisasi Peraturan Presiden No. 57');

/** Quarter targets of the template's example (Kumulatif: the four add up to Target). */
const TEMPLATE_TARGET_TW: Record<string, [number, number, number, number]> = {
  IK1: [20, 30, 30, 30],
  IK2: [1, 1, 2, 2],
  IK3: [50, 50, 50, 50],
};

export const TEMPLATE_EXAMPLE: UnitData = {
  ...R,
  // The term most units use; the reference says Tribulan (a drop-down offers both).
  identitas: R.identitas.map(([k, v]) => [k, k === 'Sebutan Periode' ? 'Triwulan' : v]),
  pendahuluan: [
    ...(R.pendahuluan ?? []),
    // Shows the Penutup Bagian: the reference's paragraph with the unit named rightly.
    [
      'Penutup',
      `Laporan Kinerja (LKj) Eselon III ${UNIT} Dinas Tenaga Kerja Kabupaten Lumajang Tribulan III Tahun 2023 ` +
        'merupakan pertanggungjawaban dari penggunaan anggaran untuk pelaksanaan dan pengendalian program dan ' +
        'kegiatan yang telah dilaksanakan guna tercapainya tujuan organisasi secara efektif dan efisien.',
    ],
  ],
  analisis: [
    [capaian[0], capaian[1], cutAfter(capaian[2], 'termasuk Penyandang Disabilitas')],
    // Blank TW shows that a text may apply to every quarter.
    [jobFair[0], null, jobFair[2]],
    analisis('Pada Kegiatan ini hanya ada 1 (satu) Sub Kegiatan'),
  ],
  tindakLanjut: [
    // The sample keeps the reference's typo "Laport"; the example should not teach it.
    [wajibLapor[0], wajibLapor[1], wajibLapor[2].replace('Wajib Laport', 'Wajib Lapor')],
    tindakLanjut('Pelayanan penempatan tenaga kerja Antar Kerja Lokal (AKL)'),
    tindakLanjut('Melakukan koordinasi untuk Pendataan Pemberi Kerja'),
    tindakLanjut('Melakukan sosialisasi UU 18 Tahun 2017'),
    tindakLanjut('Melakukan monitoring dan pendampingan'),
  ],
  skala: DEFAULT_SKALA.map((s) => [s.batasBawah.toNumber(), s.kategori]),
  // Extension 2 (the year's documents), only in the template: the reference report is a
  // quarterly one, so the sample keeps exactly the seed's data. Figures are consistent with
  // the rows above (quarter targets sum to Target; Renstra Target 2023 = Target).
  anggaran: R.anggaran.map((a) => ({ ...a, program: 'Program Penempatan Tenaga Kerja' })),
  indikator: R.indikator.map((i) => ({ ...i, targetTw: TEMPLATE_TARGET_TW[i.kode] ?? [null, null, null, null] })),
  renstra: {
    targetYears: [2021, 2022, 2023, 2024, 2025, 2026],
    realisasiYears: [2021, 2022],
    rows: [{ kode: 'IK1', kondisiAwal: 80, target: [90, 100, 110, 115, 120, 125], realisasi: [86, 104], targetAkhir: 125 }],
  },
};
