/**
 * The fillable workbook `lkj init` writes: a `Petunjuk` sheet explaining every sheet and
 * column in Indonesian, then every sheet of the contract (`workbook-format.md`) with a
 * styled frozen header, drop-down lists, number checks and example rows taken from the
 * reference report (LKj Tribulan III 2023, Bidang Penempatan dan Perluasan Kesempatan
 * Kerja, Dinas Tenaga Kerja Kabupaten Lumajang). The examples validate without errors or
 * warnings for TW1..TW3 (TW4 is left blank, as in the reference).
 *
 * Output is deterministic: fixed document properties and fixed zip entry dates.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_SKALA } from '../model/skala.js';
import { IDENTITAS_KEYS, SHEETS, renstraSpecFor, type SheetId, type SheetSpec } from '../model/sheet-specs.js';
import { columnLetter } from './raw-workbook.js';
import { TEMPLATE_EXAMPLE } from './reference-example.js';
import { renstraHeaders, unitRows, type CellInput } from './unit-data.js';
import { pinZipDates } from '../write/zip.js';

/** Drop-downs and number checks cover rows 2..TEMPLATE_ROWS; code lists look that far. */
export const TEMPLATE_ROWS = 500;

/** Name of the explanation sheet (the validator ignores it). */
export const PETUNJUK_SHEET = 'Petunjuk';

/** Document properties and zip entry dates: 2 January 2023, 00:00 UTC. */
const FIXED_DATE = new Date(Date.UTC(2023, 0, 2, 0, 0, 0));

type Value = string | number | null;
type ExampleRow = Partial<Record<string, Value>>;

// ---------------------------------------------------------------------------
// Example data: the reference unit, shortened (./reference-example.ts)

const EXAMPLE_ROWS = unitRows(TEMPLATE_EXAMPLE);

/** The workbook holds only text, numbers and blanks. */
function plain(v: CellInput | undefined): Value {
  if (v === undefined || v === null || typeof v === 'string' || typeof v === 'number') return v ?? null;
  throw new Error(`template example: unexpected cell ${JSON.stringify(v)}`);
}

/** Example Identitas values by key (Logo and Tanggal Laporan TW1..TW4 are left blank). */
export const IDENTITAS_EXAMPLE: Record<string, Value> = Object.fromEntries(
  TEMPLATE_EXAMPLE.identitas.map(([label, v]) => {
    const k = IDENTITAS_KEYS.find((x) => x.label === label);
    if (!k) throw new Error(`template example: unknown Identitas key ${label}`);
    return [k.key, plain(v)];
  }),
);

/**
 * The Renstra sheet of the template: the contract's columns with the example's year columns
 * (Target <yyyy>…, Realisasi <yyyy>…) between Kondisi Awal and Target Akhir, in the order
 * unitRows writes the example's cells.
 */
export const TEMPLATE_RENSTRA: SheetSpec = (() => {
  const headers = renstraHeaders(TEMPLATE_EXAMPLE.renstra ?? { targetYears: [], realisasiYears: [], rows: [] });
  // Our own headers (`Target 2023`): lower case without spaces is their normal form.
  const norm = (h: string) => h.toLowerCase().replace(/\s+/g, '');
  const spec = renstraSpecFor(headers.map(norm));
  const byHeader = new Map(spec.columns.map((c) => [norm(c.header), c]));
  return { ...spec, columns: headers.map((h) => byHeader.get(norm(h))!) };
})();

/** Example rows of the other sheets, cells by column key. */
export const EXAMPLES = Object.fromEntries(
  Object.values(SHEETS)
    .filter((spec) => spec.id !== 'identitas')
    .map((contract) => {
      const spec = contract.id === 'renstra' ? TEMPLATE_RENSTRA : contract;
      return [
        spec.id,
        (EXAMPLE_ROWS[spec.id] ?? []).map((r): ExampleRow => Object.fromEntries(spec.columns.map((c, i) => [c.key, plain(r[i])]))),
      ];
    }),
) as Record<Exclude<SheetId, 'identitas'>, ExampleRow[]>;

// ---------------------------------------------------------------------------
// Explanations (Petunjuk)

interface Doc {
  isi: string;
  /** What the Wajib column says; default from the spec: Ya / Tidak. */
  wajib?: string;
}

const SKALA_TEXT = DEFAULT_SKALA.map((s) => `${s.batasBawah.toString()} ${s.kategori}`).join(', ');
const NIP_TEXT =
  'NIP 18 angka, boleh dengan spasi seperti di bawah tanda tangan: 19690111 200212 2 004 ' +
  '(tanggal lahir TTTTBBHH, TMT CPNS TTTTBB, jenis kelamin 1 = laki-laki / 2 = perempuan, nomor urut 3 angka). ' +
  'Sel ini berformat Teks agar Excel tidak mengubah NIP menjadi angka seperti 1,97E+17.';
const KODE_LIST = `Daftar pilihan berisi baris 2–${TEMPLATE_ROWS} kolom Kode`;
const TW_TEXT = 'Triwulan 1, 2, 3 atau 4 (pilih dari daftar).';
const MONTHS = ['Januari–Maret', 'April–Juni', 'Juli–September', 'Oktober–Desember'];
const ROMAN = ['I', 'II', 'III', 'IV'];

function anggaranRealisasiDoc(n: number): Doc {
  const i = n - 1;
  if (n === 1) {
    return {
      wajib: 'Ya (sel boleh kosong)',
      isi:
        `Belanja yang terealisasi selama triwulan I saja (${MONTHS[i]}), dalam rupiah — TIDAK kumulatif. ` +
        'lkj menjumlahkan sendiri realisasi TW1 s.d. TW N. Sel kosong dihitung 0 (dengan peringatan bila ' +
        'triwulannya sudah dilaporkan); isi 0 bila memang belum ada belanja.',
    };
  }
  return { wajib: 'Ya (sel boleh kosong)', isi: `Seperti Realisasi TW1, untuk triwulan ${ROMAN[i]} saja (${MONTHS[i]}); bukan jumlah s.d. triwulan ${ROMAN[i]}.` };
}

function indikatorRealisasiDoc(n: number): Doc {
  const i = n - 1;
  if (n === 1) {
    return {
      wajib: 'Ya (sel boleh kosong)',
      isi:
        `Realisasi indikator selama triwulan I saja (${MONTHS[i]}) — TIDAK kumulatif: lkj menggabungkan sendiri ` +
        'TW1 s.d. TW N menurut Agregasi. Boleh dikosongkan bila sheet Penempatan atau Rincian berisi baris ' +
        'indikator ini untuk triwulan itu: realisasinya diambil dari jumlah baris-baris tersebut (contoh: IK1 dari ' +
        'Penempatan, IK3 dari Rincian). Bila sel ini diisi juga, angkanya harus sama dengan jumlah itu. ' +
        'Realisasi yang memang nol diisi 0.',
    };
  }
  return { wajib: 'Ya (sel boleh kosong)', isi: `Seperti Realisasi TW1, untuk triwulan ${ROMAN[i]} saja (${MONTHS[i]}).` };
}

const SHEET_DOCS: Record<SheetId, { about: string; columns: Record<string, Doc> }> = {
  identitas: {
    about:
      'Data unit kerja dan pejabat penanda tangan, satu baris per kunci. Kolom Kunci berisi nama data (jangan ' +
      'diubah), kolom Nilai berisi isinya. Kunci wajib ditandai "Ya" di bawah; kunci opsional boleh dikosongkan.',
    columns: {
      kunci: { isi: 'Nama data (lihat daftar kunci di bawah). Jangan diubah.' },
      nilai: { isi: 'Isi data untuk kunci itu.' },
    },
  },
  pendahuluan: {
    about:
      'Isi BAB I Pendahuluan dan paragraf BAB III Penutup, satu baris per paragraf atau butir daftar. Bagian yang ' +
      'tidak diisi dibuatkan kalimat bakunya dari Identitas.',
    columns: {
      bagian: {
        isi:
          'Pilih dari daftar: Dasar (paragraf pembuka tentang dasar hukum dan tugas), Fungsi (satu fungsi per ' +
          'baris, dicetak sebagai daftar bernomor), Substansi (satu kelompok sub substansi per baris), Penutup ' +
          '(paragraf BAB III Penutup).',
      },
      isi: { isi: 'Teks paragraf atau butir daftar.' },
    },
  },
  program: {
    about:
      'Tabel program, kegiatan dan sub kegiatan di BAB I. Program atau Kegiatan yang dikosongkan melanjutkan ' +
      'baris di atasnya (dicetak sebagai sel gabungan).',
    columns: {
      program: { wajib: 'Ya (sel boleh kosong)', isi: 'Nama program. Kosong = sama dengan baris di atasnya (baris pertama wajib diisi).' },
      kegiatan: { wajib: 'Ya (sel boleh kosong)', isi: 'Nama kegiatan. Kosong = sama dengan baris di atasnya (baris pertama wajib diisi).' },
      subKegiatan: { isi: 'Nama sub kegiatan.' },
      pelaksana: { isi: 'Pelaksana sub kegiatan (boleh kosong).' },
    },
  },
  anggaran: {
    about: 'Satu baris per kegiatan: pagu anggaran setahun dan realisasi belanja tiap triwulan.',
    columns: {
      kode: {
        isi: 'Kode unik kegiatan, mis. K1, K2, K3. Kode ini dipilih di kolom Kegiatan sheet Indikator dan sheet Tindak Lanjut.',
      },
      kegiatan: { isi: 'Nama kegiatan, mis. Pelayanan Antar Kerja di Daerah Kabupaten/Kota.' },
      sumberDana: { isi: 'Sumber dana, mis. DAU, DAK (boleh kosong).' },
      pagu: {
        isi:
          'Pagu anggaran setahun dalam rupiah, diketik sebagai angka tanpa "Rp" dan tanpa titik, mis. 53955500 ' +
          '(Excel menampilkannya dengan pemisah ribuan: 53.955.500). Tidak boleh negatif.',
      },
      realisasiTw1: anggaranRealisasiDoc(1),
      realisasiTw2: anggaranRealisasiDoc(2),
      realisasiTw3: anggaranRealisasiDoc(3),
      realisasiTw4: anggaranRealisasiDoc(4),
      program: {
        isi:
          'Untuk laporan tahunan (boleh kosong): nama program yang menaungi kegiatan ini, mis. Program Penempatan ' +
          'Tenaga Kerja. Tabel anggaran laporan tahunan dikelompokkan dan dijumlahkan per program.',
      },
    },
  },
  indikator: {
    about: 'Satu baris per indikator kinerja Perjanjian Kinerja: target setahun dan realisasi tiap triwulan.',
    columns: {
      kode: {
        isi: 'Kode unik indikator, mis. IK1, IK2, IK3. Kode ini dipilih di kolom Indikator sheet Penempatan, Rincian dan Analisis.',
      },
      sasaran: {
        wajib: 'Ya (sel boleh kosong)',
        isi: 'Sasaran kegiatan. Kosong = sama dengan sasaran baris di atasnya (baris pertama wajib diisi).',
      },
      indikatorKinerja: { isi: 'Nama indikator, mis. Jumlah pencari kerja ditempatkan melalui program AKL.' },
      satuan: { isi: 'Satuan target dan realisasi, mis. orang, dokumen, % (boleh kosong).' },
      target: {
        isi: 'Target setahun (angka). Target 0 hanya boleh untuk indikator berpolaritas Negatif.',
      },
      polaritas: {
        isi:
          'Pilih dari daftar. Positif (baku bila kosong): makin tinggi makin baik, capaian = realisasi / target × 100. ' +
          'Negatif: makin rendah makin baik (mis. jumlah kasus), capaian = (2 × target − realisasi) / target × 100, ' +
          'paling kecil 0.',
      },
      agregasi: {
        isi:
          'Pilih dari daftar; cara menggabungkan realisasi triwulanan sampai dengan TW N. Kumulatif (baku bila ' +
          'kosong): jumlah TW1 s.d. TW N, untuk hitungan (orang, dokumen). Terakhir: realisasi triwulan terakhir ' +
          'yang terisi s.d. TW N, untuk angka rasio atau persentase. Rata-rata: rata-rata triwulan yang terisi s.d. TW N.',
      },
      kegiatan: {
        isi:
          `Kode kegiatan di sheet Anggaran yang mendanai indikator ini (pilih dari daftar; ${KODE_LIST} sheet ` +
          'Anggaran). Dipakai untuk tabel cost per outcome.',
      },
      realisasiTw1: indikatorRealisasiDoc(1),
      realisasiTw2: indikatorRealisasiDoc(2),
      realisasiTw3: indikatorRealisasiDoc(3),
      realisasiTw4: indikatorRealisasiDoc(4),
      ...Object.fromEntries([1, 2, 3, 4].map((n) => [`targetTw${n}`, targetTwDoc(n)])),
      standarNasional: {
        isi:
          'Untuk laporan tahunan (boleh kosong): standar nasional atau pembanding indikator ini, angka (mis. 85) atau ' +
          'teks (mis. SPM 100 %). Dicetak di tabel perbandingan laporan tahunan.',
      },
      program: {
        isi:
          'Untuk laporan tahunan (boleh kosong): program indikator ini. Kosong = Program kegiatannya di sheet Anggaran; ' +
          'bila diisi dan berbeda, diberi peringatan.',
      },
    },
  },
  penempatan: {
    about:
      'Pencari kerja yang ditempatkan, per perusahaan dan triwulan. Untuk tiap triwulan, jumlah baris suatu ' +
      'indikator menjadi realisasinya bila sel Realisasi di sheet Indikator dikosongkan; bila diisi, keduanya harus sama.',
    columns: {
      indikator: { isi: `Kode indikator (pilih dari daftar; ${KODE_LIST} sheet Indikator), mis. IK1.` },
      tw: { isi: TW_TEXT },
      perusahaan: { isi: 'Nama perusahaan atau pemberi kerja, mis. Alfamart.' },
      jumlah: { isi: 'Jumlah orang yang ditempatkan di perusahaan itu pada triwulan itu saja (bukan kumulatif).' },
      keterangan: { isi: 'Keterangan, mis. Penyandang Disabilitas (boleh kosong).' },
    },
  },
  rincian: {
    about:
      'Rincian lain dari realisasi suatu indikator (mis. CPMI yang difasilitasi dan PMI yang dipulangkan). ' +
      'Aturan jumlahnya sama dengan sheet Penempatan.',
    columns: {
      indikator: { isi: `Kode indikator (pilih dari daftar; ${KODE_LIST} sheet Indikator), mis. IK3.` },
      tw: { isi: TW_TEXT },
      uraian: { isi: 'Uraian rincian, mis. CPMI yang difasilitasi penerbitan ID CPMI dan Rekom Paspor.' },
      jumlah: { isi: 'Jumlahnya pada triwulan itu saja (bukan kumulatif).' },
    },
  },
  analisis: {
    about:
      'Paragraf evaluasi dan analisis kinerja (2.3) per indikator, dicetak sesudah kalimat berisi angka target, ' +
      'realisasi dan capaian yang dibuat otomatis oleh lkj.',
    columns: {
      indikator: { isi: `Kode indikator (pilih dari daftar; ${KODE_LIST} sheet Indikator).` },
      tw: {
        isi:
          'Triwulan laporan tempat paragraf ini dicetak (1, 2, 3 atau 4). Kosong = dicetak di laporan setiap triwulan. ' +
          'Tahunan = hanya di laporan tahunan (laporan tahunan mencetak baris dengan TW kosong, 4 atau Tahunan).',
      },
      isi: { isi: 'Satu paragraf per baris.' },
    },
  },
  tindakLanjut: {
    about: 'Rencana tindak lanjut (2.4), satu butir per baris, dikelompokkan per kegiatan.',
    columns: {
      kegiatan: { isi: `Kode kegiatan (pilih dari daftar; ${KODE_LIST} sheet Anggaran).` },
      tw: {
        isi:
          'Triwulan laporan tempat butir ini dicetak (1, 2, 3 atau 4). Kosong = dicetak di laporan setiap triwulan. ' +
          'Tahunan = hanya di laporan tahunan.',
      },
      rencana: { isi: 'Satu butir rencana tindak lanjut.' },
    },
  },
  skala: {
    about:
      `Skala penilaian capaian kinerja. Bila sheet ini dihapus atau kosong dipakai skala baku (Permendagri 86/2017): ` +
      `${SKALA_TEXT}. Capaian mendapat kategori dengan batas bawah tertinggi yang dicapainya.`,
    columns: {
      batasBawah: { isi: 'Capaian (%) terendah untuk kategori ini, mis. 91.' },
      kategori: { isi: 'Nama kategori, mis. Sangat Tinggi.' },
    },
  },
  renstra: {
    about:
      'Untuk laporan tahunan (sheet opsional): target Rencana Strategis (Renstra, biasanya lima tahun) dan realisasi ' +
      'tahun-tahun yang sudah lewat, satu baris per indikator. Laporan tahunan membandingkan realisasi tahun ini ' +
      'dengan tahun lalu dan dengan target akhir Renstra. Judul kolom tahun boleh ditambah atau dihapus.',
    columns: {
      kode: { isi: `Kode indikator di sheet Indikator, mis. IK1.` },
      kondisiAwal: { isi: 'Kondisi awal (baseline) sebelum periode Renstra (angka, boleh kosong).' },
      targetAkhir: {
        isi:
          'Target pada akhir periode Renstra (tingkat yang harus dicapai pada tahun terakhir, bukan jumlah). Kosong = ' +
          'target tahun tertinggi.',
      },
      targetTahun: {
        wajib: 'Tidak',
        isi:
          'Satu kolom per tahun periode Renstra, judulnya "Target" dan tahunnya, mis. Target 2023. Target Renstra tahun ' +
          'laporan yang berbeda dengan Target di sheet Indikator diberi peringatan (PK boleh merevisinya). Tahun harus ' +
          'di antara Tahun − 10 dan Tahun + 10.',
      },
      realisasiTahun: {
        wajib: 'Tidak',
        isi:
          'Realisasi setahun dari tahun yang SUDAH LEWAT seperti dilaporkan, judulnya "Realisasi" dan tahunnya, mis. ' +
          'Realisasi 2022. Realisasi tahun laporan diambil dari sheet Indikator, bukan dari sini; realisasi tahun ' +
          'sesudah tahun laporan ditolak. Untuk capaian tahun lalu, isi target tahun itu di kolom Target tahunnya ' +
          '(target PK bila berbeda dari Renstra).',
      },
    },
  },
};

function targetTwDoc(n: number): Doc {
  if (n === 1) {
    return {
      isi:
        'Untuk Rencana Aksi (boleh kosong): target yang direncanakan untuk triwulan I, dengan arti yang sama seperti ' +
        'Realisasi TW1 — Kumulatif: bagian triwulan itu saja (keempatnya dijumlah = Target); Terakhir: tingkat yang ' +
        'diharapkan di akhir triwulan (Target TW4 = Target); Rata-rata: nilai triwulan itu (rata-ratanya = Target). ' +
        'Bila diisi, laporan triwulan menambah kolom capaian terhadap target s.d. triwulan itu.',
    };
  }
  return { isi: `Seperti Target TW1, untuk triwulan ${ROMAN[n - 1]}.` };
}

const IDENTITAS_DOCS: Record<string, string> = {
  tahun: 'Tahun anggaran, 4 angka, mis. 2023.',
  pemerintah: 'Nama pemerintah daerah, mis. Pemerintah Kabupaten Lumajang.',
  perangkatDaerah: 'Nama perangkat daerah, mis. Dinas Tenaga Kerja.',
  unitKerja: 'Unit yang melapor, mis. Bidang Penempatan dan Perluasan Kesempatan Kerja.',
  jabatan: 'Jabatan penanda tangan laporan, mis. Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja.',
  jenjangJabatan: 'Jenjang jabatan yang dicetak di sampul, mis. Pejabat Administrator.',
  alamat: 'Alamat kantor untuk kop sampul, mis. Jl. Veteran No. 53 Telp (0334) 881546.',
  kota: 'Tempat penandatanganan laporan, mis. Lumajang.',
  namaPejabat: 'Nama lengkap penanda tangan beserta gelar, mis. Ir. HANUM MUBAROKHAH.',
  nipPejabat: NIP_TEXT,
  jabatanAtasan: 'Jabatan atasan langsung yang mengetahui, mis. Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang.',
  namaAtasan: 'Nama atasan langsung beserta gelar, mis. Ir. PAIMAN.',
  nipAtasan: 'NIP atasan; formatnya sama dengan NIP Pejabat, mis. 19670606 199202 1 001.',
  logo:
    'Berkas gambar logo untuk sampul (PNG, JPEG atau SVG); tulis jalurnya relatif terhadap folder buku kerja ini, ' +
    'mis. logo-lumajang.png. Kosong = sampul tanpa logo.',
  sebutanPeriode: 'Sebutan periode di laporan: Triwulan (baku bila kosong) atau Tribulan (pilih dari daftar).',
  judulLaporanTahunan: 'Judul sampul laporan tahunan. Kosong = LAPORAN KINERJA.',
  tanggalLaporanTahunan:
    'Tanggal penandatanganan laporan tahunan. Kosong = Tanggal Laporan TW4, atau hari kerja pertama sesudah 1 Januari tahun berikutnya.',
  tanggalPk:
    'Tanggal penandatanganan Perjanjian Kinerja (dan Rencana Aksi). Kosong = hari kerja pertama sesudah 1 Januari Tahun.',
  baganOrganisasi:
    'Berkas gambar bagan organisasi untuk laporan tahunan (PNG, JPEG atau SVG), relatif terhadap folder buku kerja ini ' +
    'seperti Logo, mis. bagan-organisasi.png. Kosong = laporan tahunan tanpa bagan (diberi peringatan).',
  ...Object.fromEntries(
    [1, 2, 3, 4].map((n) => [
      `tanggalLaporanTw${n}`,
      `Tanggal penandatanganan laporan triwulan ${ROMAN[n - 1]}, mis. 2 Oktober 2023. Kosong = hari kerja (Senin–Jumat) ` +
        'pertama sesudah triwulan itu berakhir.',
    ]),
  ),
};

const GENERAL: [string, string][] = [
  [
    'Cara pakai',
    'Satu buku kerja memuat data satu unit kerja untuk satu tahun. Setiap triwulan, tambahkan realisasi triwulan ' +
      'itu, lalu periksa dengan perintah  lkj validate --tw 3 file.xlsx  dan buat laporannya dengan  ' +
      'lkj generate --tw 3 file.xlsx  (ganti 3 dengan nomor triwulan 1–4 dan file.xlsx dengan nama berkas ini). ' +
      'Buku kerja yang sama menghasilkan laporan TW I, II, III dan IV.',
  ],
  [
    'Contoh',
    'Baris yang sudah terisi adalah contoh dari LKj Tribulan III 2023 Bidang Penempatan dan Perluasan Kesempatan ' +
      'Kerja, Dinas Tenaga Kerja Kabupaten Lumajang. Ganti dengan data unit Anda; hapus baris contoh yang tidak ' +
      'dipakai (hapus seluruh barisnya).',
  ],
  [
    'Sheet dan kolom',
    'Jangan mengganti nama sheet dan judul kolom (huruf besar/kecil, spasi, _ - . tidak dibedakan). Urutan kolom ' +
      'boleh diubah. Baris pertama tiap sheet adalah baris judul; data mulai baris 2; baris kosong dilewati. Sheet ' +
      'Identitas, Anggaran dan Indikator wajib ada; sheet lain boleh dihapus. Sheet Petunjuk ini diabaikan lkj.',
  ],
  [
    'Angka',
    'Ketik angka sebagai angka, tanpa "Rp" dan tanpa titik ribuan (Excel menampilkan pemisah ribuan sendiri). ' +
      'Angka yang tersimpan sebagai teks (mis. 53.955.500) masih diterima dengan peringatan; teks lain seperti ' +
      '"seratus" atau "n/a" ditolak. Sel rumus boleh dipakai (hasilnya yang dibaca).',
  ],
  [
    'Realisasi per triwulan',
    'Semua kolom Realisasi TW1..TW4 diisi per triwulan, TIDAK kumulatif: Realisasi TW2 adalah realisasi selama ' +
      'April–Juni saja, bukan jumlah s.d. Juni. lkj menjumlahkan (atau mengambil yang terakhir / rata-rata, sesuai ' +
      'Agregasi indikator) sampai triwulan yang dilaporkan. Triwulan yang belum berjalan dibiarkan kosong.',
  ],
  [
    'Realisasi dari rincian',
    'Realisasi indikator yang dikosongkan di sheet Indikator dihitung dari jumlah baris sheet Penempatan dan Rincian ' +
      'untuk indikator dan triwulan itu. Bila sel realisasi diisi dan ada rinciannya juga, keduanya harus sama.',
  ],
  [
    'Daftar pilihan',
    'Kolom Polaritas, Agregasi, TW, Bagian, Sebutan Periode dan kolom kode rujukan (Kegiatan, Indikator) memiliki ' +
      'daftar pilihan (klik panah di sel). Kolom angka hanya menerima angka 0 atau lebih. Daftar dan pemeriksaan ' +
      `berlaku untuk baris 2–${TEMPLATE_ROWS}.`,
  ],
  [
    'Kode',
    'Kode di sheet Anggaran (K1, K2, …) dan Indikator (IK1, IK2, …) harus unik. Isi kode di sheet Anggaran dan ' +
      'Indikator lebih dulu agar muncul di daftar pilihan sheet lain.',
  ],
  ['Skala penilaian', `Tanpa sheet Skala dipakai skala baku: ${SKALA_TEXT}.`],
  [
    'Dokumen tahunan',
    'Buku kerja yang sama juga menghasilkan LKj tahunan, Perjanjian Kinerja (PK) dan Rencana Aksi: ' +
      'lkj generate --dokumen lkj-tahunan|pk|rencana-aksi file.xlsx. Kolom dan sheet untuk itu boleh kosong: Target ' +
      'TW1..TW4, Standar Nasional dan Program (Indikator), Program (Anggaran), sheet Renstra, Bagian Pendahuluan ' +
      'untuk laporan tahunan, dan kunci Identitas Judul Laporan Tahunan, Tanggal Laporan Tahunan, Tanggal PK, Bagan ' +
      'Organisasi. Contohnya: Target TW dan Program di sheet Indikator dan Anggaran, satu baris Renstra (IK1); contoh ' +
      'lengkap (Bagian Pendahuluan tahunan, TW Tahunan) ada di folder samples.',
  ],
  [
    'Terbilang',
    'Angka dengan terbilang di teks, mis. "4 (empat)", diperiksa; terbilang yang keliru diberi peringatan dan dicetak ' +
      'dengan terbilang yang benar.',
  ],
];

// ---------------------------------------------------------------------------
// Layout

interface ColumnLayout {
  width: number;
  wrap?: boolean;
  numFmt?: string;
  validation?: ExcelJS.DataValidation;
}

/** Named explicitly: a font without a name falls back to a serif face in LibreOffice. */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF7F7F7F' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FROZEN: Partial<ExcelJS.WorksheetView> = { state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' };
/** Printed landscape on A4, as wide as the page, with the header row on every page. */
const sheetOptions = (): Partial<ExcelJS.AddWorksheetOptions> => ({
  views: [{ ...FROZEN }],
  pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
});
const MONEY = '#,##0';
const DATE_FMT = 'd mmmm yyyy';

function list(values: string[], errorTitle: string, error: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle,
    error,
  };
}

/** A list of the values in another sheet's column (rows 2..TEMPLATE_ROWS). */
function codeList(target: SheetSpec, key: string, what: string): ExcelJS.DataValidation {
  const col = columnOf(target, key);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`'${target.name}'!$${col}$2:$${col}$${TEMPLATE_ROWS}`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: `Kode ${what} tidak dikenal`,
    error: `Pilih kode yang ada di kolom Kode sheet ${target.name}. Tambahkan dulu kodenya di sheet ${target.name} bila belum ada.`,
  };
}

const NON_NEGATIVE: ExcelJS.DataValidation = {
  type: 'decimal',
  operator: 'greaterThanOrEqual',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Angka tidak sah',
  error: 'Isi angka 0 atau lebih, tanpa "Rp", tanpa satuan dan tanpa teks.',
};
const TW_LIST = list(['1', '2', '3', '4'], 'Triwulan tidak sah', 'Isi 1, 2, 3 atau 4.');
const POLARITAS_LIST = list(['Positif', 'Negatif'], 'Polaritas tidak sah', 'Pilih Positif (makin tinggi makin baik) atau Negatif (makin rendah makin baik).');
const AGREGASI_LIST = list(['Kumulatif', 'Terakhir', 'Rata-rata'], 'Agregasi tidak sah', 'Pilih Kumulatif, Terakhir atau Rata-rata.');
const BAGIAN_VALUES = ['Dasar', 'Fungsi', 'Substansi', 'Penutup', 'Kata Pengantar', 'Ikhtisar', 'Latar Belakang', 'Struktur Organisasi', 'Isu Strategis', 'Penutup Tahunan'];
const BAGIAN_LIST = list(BAGIAN_VALUES, 'Bagian tidak sah', `Pilih salah satu: ${BAGIAN_VALUES.join(', ')}.`);
const TW_TAHUNAN_LIST = list(['1', '2', '3', '4', 'Tahunan'], 'Triwulan tidak sah', 'Isi 1, 2, 3, 4 atau Tahunan (kosong = setiap triwulan).');
const SEBUTAN_LIST = list(['Triwulan', 'Tribulan'], 'Sebutan Periode tidak sah', 'Pilih Triwulan atau Tribulan.');
const TAHUN_CHECK: ExcelJS.DataValidation = {
  type: 'whole',
  operator: 'between',
  allowBlank: true,
  formulae: [2000, 2100],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Tahun tidak sah',
  error: 'Isi tahun anggaran 4 angka antara 2000 dan 2100, mis. 2023.',
};

const WIDTHS: Record<string, number> = {
  kunci: 24,
  nilai: 62,
  bagian: 12,
  isi: 100,
  program: 30,
  subKegiatan: 45,
  pelaksana: 45,
  kode: 8,
  sumberDana: 13,
  pagu: 16,
  sasaran: 40,
  indikatorKinerja: 45,
  satuan: 11,
  target: 10,
  polaritas: 11,
  agregasi: 12,
  indikator: 11,
  tw: 6,
  perusahaan: 28,
  jumlah: 10,
  keterangan: 24,
  uraian: 70,
  rencana: 100,
  batasBawah: 13,
  kategori: 20,
};
const WRAPPED = new Set(['nilai', 'isi', 'program', 'kegiatan', 'subKegiatan', 'pelaksana', 'sasaran', 'indikatorKinerja', 'uraian', 'rencana', 'perusahaan', 'keterangan']);

function layoutOf(sheet: SheetId, key: string): ColumnLayout {
  const isRealisasi = key.startsWith('realisasiTw') || key.startsWith('targetTw');
  // In Indikator and Tindak Lanjut, Kegiatan holds an Anggaran Kode; elsewhere a name.
  const kegiatanKode = key === 'kegiatan' && (sheet === 'indikator' || sheet === 'tindakLanjut');
  const width = kegiatanKode ? 10 : key === 'kegiatan' ? 42 : isRealisasi ? (sheet === 'anggaran' ? 15 : 12) : (WIDTHS[key] ?? 18);
  const layout: ColumnLayout = { width, wrap: WRAPPED.has(key) && !kegiatanKode };
  const numeric =
    (sheet === 'anggaran' && (key === 'pagu' || isRealisasi)) ||
    (sheet === 'indikator' && (key === 'target' || isRealisasi)) ||
    key === 'jumlah' ||
    key === 'batasBawah' ||
    (sheet === 'renstra' && key !== 'kode');
  if (numeric) {
    layout.validation = NON_NEGATIVE;
    // Indicator targets and realisations may have decimals (85,5 %): General shows them as typed.
    if (sheet !== 'indikator' && sheet !== 'renstra' && key !== 'batasBawah') layout.numFmt = MONEY;
  }
  if (key === 'tw') layout.validation = sheet === 'analisis' || sheet === 'tindakLanjut' ? TW_TAHUNAN_LIST : TW_LIST;
  if (sheet === 'pendahuluan' && key === 'bagian') layout.validation = BAGIAN_LIST;
  if (sheet === 'indikator' && key === 'polaritas') layout.validation = POLARITAS_LIST;
  if (sheet === 'indikator' && key === 'agregasi') layout.validation = AGREGASI_LIST;
  if ((sheet === 'indikator' || sheet === 'tindakLanjut') && key === 'kegiatan') layout.validation = codeList(SHEETS.anggaran, 'kode', 'kegiatan');
  if (sheet === 'renstra' && key === 'kode') layout.validation = codeList(SHEETS.indikator, 'kode', 'indikator');
  if ((sheet === 'penempatan' || sheet === 'rincian' || sheet === 'analisis') && key === 'indikator') {
    layout.validation = codeList(SHEETS.indikator, 'kode', 'indikator');
  }
  return layout;
}

function columnOf(spec: SheetSpec, key: string): string {
  const i = spec.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} in ${spec.name}`);
  return columnLetter(i + 1);
}

/** exceljs keeps range validations in `worksheet.dataValidations` (not in its typings). */
function addValidation(ws: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}

function styleHeader(row: ExcelJS.Row): void {
  row.height = 30;
  row.eachCell((cell) => {
    cell.font = { ...BOLD, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.numFmt = 'General';
  });
}

function addDataSheet(wb: ExcelJS.Workbook, spec: SheetSpec, rows: ExampleRow[]): void {
  const ws = wb.addWorksheet(spec.name, sheetOptions());
  // Column styles first: the cells added below inherit them.
  spec.columns.forEach((c, i) => {
    const layout = layoutOf(spec.id, c.key);
    const col = ws.getColumn(i + 1);
    col.width = layout.width;
    col.alignment = layout.wrap ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
    if (layout.numFmt) col.numFmt = layout.numFmt;
  });
  styleHeader(ws.addRow(spec.columns.map((c) => c.header)));
  for (const r of rows) ws.addRow(spec.columns.map((c) => r[c.key] ?? null));
  spec.columns.forEach((c) => {
    const v = layoutOf(spec.id, c.key).validation;
    const col = columnOf(spec, c.key);
    if (v) addValidation(ws, `${col}2:${col}${TEMPLATE_ROWS}`, v);
  });
}

function addIdentitas(wb: ExcelJS.Workbook): void {
  const spec = SHEETS.identitas;
  const ws = wb.addWorksheet(spec.name, sheetOptions());
  const kunci = columnOf(spec, 'kunci');
  const nilai = columnOf(spec, 'nilai');
  ws.getColumn(kunci).width = 24;
  ws.getColumn(nilai).width = 62;
  ws.getColumn(kunci).alignment = { vertical: 'top' };
  ws.getColumn(nilai).alignment = { vertical: 'top', wrapText: true, horizontal: 'left' };
  styleHeader(ws.addRow(spec.columns.map((c) => c.header)));
  IDENTITAS_KEYS.forEach((k, i) => {
    const rowNumber = i + 2;
    const row = ws.getRow(rowNumber);
    row.getCell(kunci).value = k.label;
    if (k.required) row.getCell(kunci).font = BOLD;
    const cell = row.getCell(nilai);
    cell.value = IDENTITAS_EXAMPLE[k.key] ?? null;
    const address = `${nilai}${rowNumber}`;
    if (k.key === 'tahun') addValidation(ws, address, TAHUN_CHECK);
    if (k.key === 'nipPejabat' || k.key === 'nipAtasan') cell.numFmt = '@';
    if (k.key === 'sebutanPeriode') addValidation(ws, address, SEBUTAN_LIST);
    if (k.key.startsWith('tanggal')) cell.numFmt = DATE_FMT;
  });
}

const RENSTRA_PETUNJUK = [
  { key: 'kode', header: 'Kode', required: true },
  { key: 'kondisiAwal', header: 'Kondisi Awal', required: false },
  { key: 'targetTahun', header: 'Target <tahun>', required: false },
  { key: 'realisasiTahun', header: 'Realisasi <tahun>', required: false },
  { key: 'targetAkhir', header: 'Target Akhir', required: false },
];

function addPetunjuk(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(PETUNJUK_SHEET, sheetOptions());
  const widths = [16, 24, 22, 110];
  widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    col.alignment = { vertical: 'top', wrapText: true };
  });
  styleHeader(ws.addRow(['Sheet', 'Kolom / Kunci', 'Wajib', 'Penjelasan']));
  const group = (cells: Value[]) => {
    const row = ws.addRow(cells);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = BOLD;
      cell.fill = GROUP_FILL;
    });
  };

  group(['Umum', '', '', 'Petunjuk pengisian buku kerja Laporan Kinerja (LKj) triwulanan untuk program lkj.']);
  for (const [topic, text] of GENERAL) ws.addRow(['Umum', topic, '', text]);

  for (const spec of Object.values(SHEETS)) {
    const docs = SHEET_DOCS[spec.id];
    group([spec.name, '', spec.required ? 'Sheet wajib' : 'Sheet opsional', docs.about]);
    // Renstra: the year columns are explained once each (Target <tahun>, Realisasi <tahun>).
    const columns = spec.id === 'renstra' ? RENSTRA_PETUNJUK : spec.columns;
    for (const c of columns) {
      const doc = docs.columns[c.key];
      if (!doc) throw new Error(`no Petunjuk text for ${spec.name}.${c.header}`);
      ws.addRow([spec.name, c.header, doc.wajib ?? (c.required ? 'Ya' : 'Tidak'), doc.isi]);
    }
    if (spec.id === 'identitas') {
      for (const k of IDENTITAS_KEYS) {
        const text = IDENTITAS_DOCS[k.key];
        if (!text) throw new Error(`no Petunjuk text for Identitas key ${k.label}`);
        ws.addRow([spec.name, k.label, k.required ? 'Ya' : 'Tidak', text]);
      }
    }
  }
  // Fixed heights: Excel would fit these rows itself, LibreOffice does not on import.
  ws.eachRow((row, n) => {
    if (n > 1) row.height = wrappedHeight(row, widths);
  });
}

/** Estimated height (points) of a row whose cells wrap at the given column widths. */
function wrappedHeight(row: ExcelJS.Row, widths: number[]): number {
  let lines = 1;
  row.eachCell((cell, col) => {
    const text = typeof cell.value === 'string' ? cell.value : '';
    // About 1.1 characters of running text per unit of column width (Calibri 11).
    const perLine = Math.max(1, Math.floor((widths[col - 1] ?? 10) * (cell.font?.bold ? 1.0 : 1.1)));
    const n = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  return lines * 15 + 2;
}

/** The fillable workbook of `lkj init`, as .xlsx bytes (identical on every call). */
export async function buildTemplateWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lkj';
  wb.lastModifiedBy = 'lkj';
  wb.title = 'Buku kerja Laporan Kinerja (LKj)';
  wb.created = new Date(FIXED_DATE);
  wb.modified = new Date(FIXED_DATE);
  addPetunjuk(wb);
  addIdentitas(wb);
  for (const spec of Object.values(SHEETS)) {
    if (spec.id === 'renstra') addDataSheet(wb, TEMPLATE_RENSTRA, EXAMPLES.renstra);
    else if (spec.id !== 'identitas') addDataSheet(wb, spec, EXAMPLES[spec.id]);
  }
  // Open on the Petunjuk sheet.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const buf = await wb.xlsx.writeBuffer();
  return pinZipDates(new Uint8Array(buf as ArrayBuffer), FIXED_DATE);
}
