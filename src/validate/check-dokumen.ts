import type { Problem } from '../model/problem.js';
import { SHEETS } from '../model/sheet-specs.js';
import type { BagianPendahuluan, DokumenKind, Workbook } from '../model/workbook-types.js';

/** Bagian names as the workbook writes them (messages). */
const BAGIAN_LABEL: Partial<Record<BagianPendahuluan, string>> = {
  isuStrategis: 'Isu Strategis',
  strukturOrganisasi: 'Struktur Organisasi',
};

/**
 * What one document of the year needs beyond a valid workbook (`validate --dokumen`, and
 * `generate` before it prints). Pure; the workbook has already passed validation.
 * - `pk`: the Atasan signs the agreement: Jabatan, Nama and NIP Atasan are required (errors).
 * - `rencana-aksi`: at least one indicator with quarter targets (error `missing-target-tw`).
 * - `lkj-tahunan`: Isu Strategis and Struktur Organisasi come only from the workbook, so a
 *   missing one is a warning naming the Bagian to fill (lkj never invents them).
 * - `lkj`: nothing beyond the workbook.
 */
export function checkDokumen(kind: DokumenKind, wb: Workbook): Problem[] {
  const problems: Problem[] = [];
  if (kind === 'pk') {
    const keys = [
      ['jabatanAtasan', 'Jabatan Atasan'],
      ['namaAtasan', 'Nama Atasan'],
      ['nipAtasan', 'NIP Atasan'],
    ] as const;
    for (const [key, label] of keys) {
      if (wb.identitas[key] !== null) continue;
      problems.push({
        severity: 'error',
        code: 'missing-key',
        sheet: SHEETS.identitas.name,
        message: `Perjanjian Kinerja ditandatangani juga oleh atasan: kunci "${label}" di sheet Identitas wajib diisi untuk dokumen PK.`,
      });
    }
  }
  if (kind === 'rencana-aksi' && !wb.indikator.some((i) => i.targetTw.some((t) => t !== null))) {
    problems.push({
      severity: 'error',
      code: 'missing-target-tw',
      sheet: SHEETS.indikator.name,
      message:
        'Rencana Aksi butuh target per triwulan, tetapi tidak ada indikator yang mengisi kolom Target TW1..Target TW4 di sheet Indikator; ' +
        'tambahkan kolom itu dan isi target setiap triwulan.',
    });
  }
  if (kind === 'lkj-tahunan') {
    const has = (b: BagianPendahuluan) => wb.pendahuluan.some((p) => p.bagian === b);
    if (!has('isuStrategis')) {
      problems.push({
        severity: 'warning',
        code: 'missing-bagian',
        sheet: SHEETS.pendahuluan.name,
        value: BAGIAN_LABEL.isuStrategis,
        message:
          'Laporan tahunan: isu strategis tidak dikarang lkj; isi baris Pendahuluan dengan Bagian "Isu Strategis" (satu isu per baris). ' +
          'Tanpa itu, subbab isu strategis tidak dicetak.',
      });
    }
    if (!has('strukturOrganisasi') && wb.identitas.baganOrganisasi === null) {
      problems.push({
        severity: 'warning',
        code: 'missing-bagian',
        sheet: SHEETS.pendahuluan.name,
        value: BAGIAN_LABEL.strukturOrganisasi,
        message:
          'Laporan tahunan: struktur organisasi tidak dikarang lkj; isi baris Pendahuluan dengan Bagian "Struktur Organisasi" ' +
          '(atau kunci Identitas "Bagan Organisasi"). Tanpa itu, subbab struktur organisasi hanya memuat Substansi yang ada.',
      });
    }
  }
  return problems;
}
