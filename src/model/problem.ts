/**
 * A finding about a workbook: an error blocks printing, a warning does not.
 * `code` values are stable identifiers that scripts and CI rely on (see README).
 */
export type Severity = 'error' | 'warning';

export const PROBLEM_CODES = {
  // file level
  'file-not-found': 'Berkas tidak ditemukan.',
  'not-a-file': 'Jalur menunjuk ke folder, bukan berkas .xlsx.',
  'not-xlsx': 'Berkas bukan buku kerja Excel .xlsx (mis. .xls, .csv, .ods, terenkripsi atau rusak).',
  'file-too-large': 'Berkas atau isi zip-nya melebihi batas ukuran.',
  // structure
  'missing-sheet': 'Sheet wajib tidak ada.',
  'unknown-sheet': 'Sheet tidak dikenal (diabaikan).',
  'missing-column': 'Kolom wajib tidak ada di baris judul.',
  'unknown-column': 'Kolom tidak dikenal (diabaikan).',
  'duplicate-column': 'Kolom yang sama muncul dua kali.',
  'missing-key': 'Kunci wajib di sheet Identitas tidak ada atau kosong.',
  'unknown-key': 'Kunci di sheet Identitas tidak dikenal (diabaikan).',
  'too-many-rows': 'Sheet melebihi batas jumlah baris.',
  // cells
  'required-value': 'Sel wajib kosong.',
  'type-error': 'Isi sel bukan jenis yang diharapkan (angka, tanggal, teks).',
  'formula-error': 'Rumus menghasilkan galat Excel (#DIV/0!, #REF!, ...).',
  'text-number': 'Angka ditulis sebagai teks (diterima).',
  'invalid-value': 'Nilai tidak termasuk pilihan yang sah (Polaritas, Agregasi, Bagian, Sebutan Periode).',
  'invalid-tw': 'TW bukan 1..4 (atau I..IV).',
  'negative-value': 'Nilai negatif di tempat yang tidak mungkin negatif.',
  'zero-target': 'Target 0 untuk indikator berpolaritas positif.',
  'invalid-year': 'Tahun tidak masuk akal.',
  'invalid-date': 'Tanggal tidak sah.',
  'invalid-nip': 'NIP tidak sah (18 digit, tanggal lahir, TMT CPNS, kode jenis kelamin).',
  'cell-too-long': 'Teks sel melebihi batas panjang.',
  'percent-format': 'Angka berformat persen: dibaca seperti yang tampil di Excel (nilai tersimpan × 100).',
  'scaled-format': 'Angka berformat skala ribuan (mis. #,##0,): tampilan Excel dibagi 1000, nilai tersimpan yang dipakai.',
  'bidi-control': 'Karakter pengatur arah teks (tak terlihat) dihapus dari sel.',
  'invalid-skala': 'Batas Bawah Skala negatif atau sama dengan baris lain.',
  // cross-sheet
  'duplicate-key': 'Kode yang sama dipakai lebih dari sekali.',
  'unknown-reference': 'Kode yang dirujuk tidak ada di sheet tujuannya.',
  'sum-mismatch': 'Jumlah rincian tidak sama dengan realisasi indikator.',
  'blank-realisasi': 'Realisasi sampai TW yang diminta masih kosong.',
  'belum-diukur': 'Semua realisasi indikator sampai TW yang diminta kosong: belum dapat diukur (capaian dicetak "-").',
  'terbilang': 'Angka dalam kurung terbilang tidak sesuai angkanya (diperbaiki otomatis).',
  'incomplete-skala': 'Skala tidak punya batas bawah 0: capaian di bawah batas terendah tidak berkategori.',
  'missing-logo': 'Berkas logo tidak ditemukan atau jenisnya tidak didukung.',
  'unsupported-character': 'Karakter yang tidak ada di huruf (font) bawaan lkj: dicetak sebagai "\uFFFD".',
  // plausibility (warnings)
  'realisasi-over-pagu': 'Realisasi anggaran melebihi pagu.',
  'implausible-date': 'Tanggal laporan sebelum akhir triwulannya atau di luar Tahun/Tahun+1.',
  'capaian-over-1000': 'Capaian kinerja lebih dari 1.000 %.',
  'percent-thousands': 'Indikator persen bernilai di atas 100 yang ditulis seperti angka ribuan (92.000).',
  'example-unchanged': 'Baris contoh dari lkj init belum diganti.',
  // Extension 2 (annual LKj, PK, Rencana Aksi)
  'target-tw-mismatch': 'Target TW1..TW4 tidak cocok dengan Target tahunan (jumlah, TW4 atau rata-rata menurut Agregasi).',
  'program-mismatch': 'Program indikator berbeda dengan Program kegiatannya di sheet Anggaran.',
  'renstra-mismatch': 'Target Renstra tahun laporan berbeda dengan Target di sheet Indikator.',
  'renstra-current-year': 'Sheet Renstra memuat Realisasi tahun laporan (diabaikan: realisasinya dari sheet Indikator).',
  'renstra-future-realisasi': 'Sheet Renstra memuat Realisasi tahun sesudah tahun laporan.',
  'missing-target-tw': 'Dokumen Rencana Aksi butuh Target TW1..TW4, tetapi tidak ada indikator yang mengisinya.',
  'missing-bagian': 'Bagian Pendahuluan yang dibutuhkan laporan tahunan belum diisi.',
  'missing-bagan-organisasi': 'Berkas Bagan Organisasi tidak ditemukan atau jenisnya tidak didukung.',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Sheet as the contract names it (e.g. `Indikator`), absent for file-level problems. */
  sheet?: string;
  /** A1-style address, absent when the problem concerns a whole sheet or column. */
  cell?: string;
  /** The value found, as text. */
  value?: string;
  /** One Indonesian sentence: what was found and what was expected. */
  message: string;
}

/** `Indikator!E5: pesan` — the form every message is printed in. */
export function problemLocation(p: Pick<Problem, 'sheet' | 'cell'>): string {
  if (p.sheet && p.cell) return `${p.sheet}!${p.cell}`;
  return p.sheet ?? '';
}

export function formatProblem(p: Problem): string {
  const loc = problemLocation(p);
  return loc ? `${loc}: ${p.message}` : p.message;
}
