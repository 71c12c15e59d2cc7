import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/problem.js';
import { checkDokumen } from '../../src/validate/check-dokumen.js';
import { validateFile } from '../../src/validate/validate-file.js';
import { removeTempDirs, tempDir, validSheets, writeXlsx, type SheetData } from '../helpers/xlsx.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(removeTempDirs);

let n = 0;
async function check(mutate: (s: Record<string, SheetData>) => void, tw?: 1 | 2 | 3 | 4) {
  const sheets = validSheets();
  mutate(sheets);
  const file = await writeXlsx(join(dir, `ext2-${n++}.xlsx`), sheets);
  return validateFile(file, tw ? { tw } : {});
}
const brief = (ps: Problem[]) => ps.map((p) => `${p.severity} ${p.code} ${p.sheet ?? ''}!${p.cell ?? ''}`);

/** Indikator with the Extension 2 columns (M..R) appended to each row. */
function withIndikatorExt(s: Record<string, SheetData>, rows: SheetData): void {
  const ind = s.Indikator!;
  ind[0] = [...ind[0]!, 'Target TW1', 'Target TW2', 'Target TW3', 'Target TW4', 'Standar Nasional', 'Program'];
  rows.forEach((r, i) => (ind[i + 1] = [...ind[i + 1]!, ...r]));
}

describe('Extension 2 columns of Anggaran and Indikator', () => {
  it('reads quarter targets, Standar Nasional (number or text) and Program (blank = its kegiatan’s), with no unknown-column warning', async () => {
    const v = await check((s) => {
      s.Anggaran![0] = [...s.Anggaran![0]!, 'Program'];
      s.Anggaran![1] = [...s.Anggaran![1]!, 'Program Pasar Kerja'];
      s.Anggaran![2] = [...s.Anggaran![2]!, 'Program Penempatan'];
      withIndikatorExt(s, [
        [20, 30, 30, 30, 'SPM 100 %', undefined],
        [undefined, undefined, undefined, undefined, 85.5, 'Program Pasar Kerja'],
      ]);
    });
    expect(brief(v.problems)).toEqual([]);
    const [ik1, ik2] = v.workbook!.indikator;
    expect(ik1!.targetTw.map((t) => t?.toString() ?? null)).toEqual(['20', '30', '30', '30']);
    expect(ik1!.standarNasional).toEqual({ teks: 'SPM 100 %', nilai: null });
    expect(ik1!.program).toBe('Program Penempatan'); // from K3
    expect(ik2!.targetTw).toEqual([null, null, null, null]);
    expect(ik2!.standarNasional?.nilai?.toString()).toBe('85.5');
    expect(ik2!.standarNasional?.teks).toBe('85,5');
    expect(v.workbook!.anggaran.map((a) => a.program)).toEqual(['Program Pasar Kerja', 'Program Penempatan']);
  });

  it('warns when a filled Indikator.Program differs from its kegiatan’s', async () => {
    const v = await check((s) => {
      s.Anggaran![0] = [...s.Anggaran![0]!, 'Program'];
      s.Anggaran![2] = [...s.Anggaran![2]!, 'Program Penempatan'];
      withIndikatorExt(s, [[undefined, undefined, undefined, undefined, undefined, 'Program Lain']]);
    });
    expect(brief(v.problems)).toEqual(['warning program-mismatch Indikator!R2']);
    expect(v.workbook!.indikator[0]!.program).toBe('Program Lain');
  });

  it('target-tw-mismatch per aggregation: Kumulatif sum (blank 0), Terakhir TW4, Rata-rata mean of the filled', async () => {
    const run = (agregasi: string, tws: SheetData[number]) =>
      check((s) => {
        s.Indikator![1]![6] = agregasi;
        withIndikatorExt(s, [[...tws, undefined, undefined]]);
      });
    // Target of IK1 is 110.
    expect(brief((await run('Kumulatif', [20, 30, 30, 30])).problems)).toEqual([]);
    expect(brief((await run('Kumulatif', [20, 30, undefined, 30])).problems)).toEqual(['warning target-tw-mismatch Indikator!E2']);
    expect(brief((await run('Terakhir', [20, 50, 80, 110])).problems)).toEqual([]);
    expect(brief((await run('Terakhir', [110, 110, 110, 100])).problems)).toEqual(['warning target-tw-mismatch Indikator!E2']);
    expect(brief((await run('Rata-rata', [100, 120, undefined, undefined])).problems)).toEqual([]);
    const bad = await run('Rata-rata', [100, 100, 100, 100]);
    expect(brief(bad.problems)).toEqual(['warning target-tw-mismatch Indikator!E2']);
    expect(bad.problems[0]!.message).toContain('110');
  });

  it('a text in a quarter-target cell is a type-error, a negative one negative-value', async () => {
    const v = await check((s) => withIndikatorExt(s, [['sepuluh', -5, 30, 30, undefined, undefined]]));
    // The readable ones still sum (30 + 30 ≠ 110): the mismatch is reported too.
    expect(brief(v.problems)).toEqual(['error type-error Indikator!M2', 'error negative-value Indikator!N2', 'warning target-tw-mismatch Indikator!E2']);
  });
});

describe('Renstra sheet', () => {
  const renstra = (header: SheetData[number], ...rows: SheetData) => (s: Record<string, SheetData>) => {
    s.Renstra = [header, ...rows];
  };

  it('finds year columns by pattern (target2023 matches), sorts years, defaults Target Akhir to the highest year', async () => {
    const v = await check(
      renstra(['Kode', 'Kondisi Awal', 'target2024', 'Target 2023', 'TARGET_2022', 'Realisasi 2022', 'Realisasi-2021'], ['IK1', 80, 130, 110, 100, 95, 90], ['IK2', undefined, 8, 6, undefined, 4, undefined]),
    );
    expect(brief(v.problems)).toEqual([]);
    const [r1, r2] = v.workbook!.renstra;
    expect(r1!.target.map((y) => [y.tahun, y.nilai?.toString()])).toEqual([
      [2022, '100'],
      [2023, '110'],
      [2024, '130'],
    ]);
    expect(r1!.realisasi.map((y) => y.tahun)).toEqual([2021, 2022]);
    expect(r1!.kondisiAwal?.toString()).toBe('80');
    expect(r1!.targetAkhir?.toString()).toBe('130');
    expect(r2!.targetAkhir?.toString()).toBe('8');
    expect(r2!.target[0]!.nilai).toBeNull();
  });

  it('an explicit Target Akhir wins', async () => {
    const v = await check(renstra(['Kode', 'Target 2023', 'Target 2026', 'Target Akhir'], ['IK1', 110, 150, 160]));
    expect(v.workbook!.renstra[0]!.targetAkhir?.toString()).toBe('160');
  });

  it('reports years out of range and future realisations at the header cell, current-year realisation as a warning', async () => {
    const v = await check(renstra(['Kode', 'Target 2040', 'Realisasi 2024', 'Realisasi 2023', 'Target 2023'], ['IK1', 1, 2, 3, 110]));
    expect(brief(v.problems)).toEqual([
      'error invalid-year Renstra!B1',
      'error renstra-future-realisasi Renstra!C1',
      'warning renstra-current-year Renstra!D1',
    ]);
  });

  it('warns when Target <Tahun> differs from Indikator.Target; unknown Kode and text figures are errors', async () => {
    const mismatch = await check(renstra(['Kode', 'Target 2023'], ['IK1', 100]));
    expect(brief(mismatch.problems)).toEqual(['warning renstra-mismatch Renstra!B2']);
    expect(mismatch.problems[0]!.message).toContain('Indikator!E2');
    const bad = await check(renstra(['Kode', 'Target 2023', 'Realisasi 2022'], ['IK9', 110, 'banyak']));
    expect(brief(bad.problems)).toEqual(['error type-error Renstra!C2', 'error unknown-reference Renstra!A2']);
    const dup = await check(renstra(['Kode', 'Target 2023'], ['IK1', 110], ['IK1', 110]));
    expect(brief(dup.problems)).toEqual(['error duplicate-key Renstra!A3']);
  });
});

describe('Pendahuluan parts, Identitas keys and TW Tahunan', () => {
  it('reads the annual Bagian values, the new Identitas keys and TW Tahunan / T / Tahun', async () => {
    const v = await check((s) => {
      s.Pendahuluan = [
        ['Bagian', 'Isi'],
        ['Kata Pengantar', 'a'],
        ['ikhtisar', 'b'],
        ['Latar_Belakang', 'c'],
        ['Struktur Organisasi', 'd'],
        ['ISU STRATEGIS', 'e'],
        ['Penutup Tahunan', 'f'],
      ];
      s.Identitas!.push(['Judul Laporan Tahunan', 'LAPORAN KINERJA INSTANSI'], ['Tanggal PK', '9 Januari 2023'], ['Tanggal Laporan Tahunan', '2024-01-15']);
      s.Analisis = [['Indikator', 'TW', 'Isi'], ['IK1', 'Tahunan', 'x'], ['IK1', 'T', 'y'], ['IK2', 3, 'z']];
      s['Tindak Lanjut'] = [['Kegiatan', 'TW', 'Rencana'], ['K1', 'tahun', 'r'], ['K3', undefined, 's']];
    });
    expect(brief(v.problems)).toEqual([]);
    const wb = v.workbook!;
    expect(wb.pendahuluan.map((p) => p.bagian)).toEqual(['kataPengantar', 'ikhtisar', 'latarBelakang', 'strukturOrganisasi', 'isuStrategis', 'penutupTahunan']);
    expect(wb.identitas.judulLaporanTahunan).toBe('LAPORAN KINERJA INSTANSI');
    expect(wb.identitas.tanggalPk).toEqual({ year: 2023, month: 1, day: 9 });
    expect(wb.identitas.tanggalLaporanTahunan).toEqual({ year: 2024, month: 1, day: 15 });
    expect(wb.analisis.map((a) => a.tw)).toEqual(['tahunan', 'tahunan', 3]);
    expect(wb.tindakLanjut.map((a) => a.tw)).toEqual(['tahunan', null]);
  });

  it('Bagan Organisasi outside the workbook folder is a warning, like Logo', async () => {
    const v = await check((s) => {
      s.Identitas!.push(['Bagan Organisasi', '../bagan.png']);
    });
    expect(brief(v.problems)).toEqual(['warning missing-bagan-organisasi Identitas!']);
    expect(v.problems[0]!.message).toContain('Bagan Organisasi "../bagan.png" harus berada di folder buku kerja');
    expect(v.baganDataUrl).toBeNull();
  });
});

describe('checkDokumen', () => {
  it('pk: Jabatan, Nama and NIP Atasan are required', async () => {
    const v = await check((s) => {
      s.Identitas = s.Identitas!.filter((r) => !String(r[0]).includes('Atasan'));
    });
    expect(brief(v.problems)).toEqual([]);
    const problems = checkDokumen('pk', v.workbook!);
    expect(brief(problems)).toEqual(['error missing-key Identitas!', 'error missing-key Identitas!', 'error missing-key Identitas!']);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/Jabatan Atasan.*Nama Atasan.*NIP Atasan/);
    expect(checkDokumen('lkj', v.workbook!)).toEqual([]);
  });

  it('rencana-aksi: needs at least one indicator with quarter targets', async () => {
    const without = await check(() => {});
    expect(brief(checkDokumen('rencana-aksi', without.workbook!))).toEqual(['error missing-target-tw Indikator!']);
    const withTargets = await check((s) => withIndikatorExt(s, [[110, undefined, undefined, undefined, undefined, undefined]]));
    expect(checkDokumen('rencana-aksi', withTargets.workbook!)).toEqual([]);
  });

  it('lkj-tahunan: warns naming the Bagian to fill for Isu Strategis and Struktur Organisasi', async () => {
    const bare = await check(() => {});
    const problems = checkDokumen('lkj-tahunan', bare.workbook!);
    expect(problems.map((p) => [p.severity, p.code, p.value])).toEqual([
      ['warning', 'missing-bagian', 'Isu Strategis'],
      ['warning', 'missing-bagian', 'Struktur Organisasi'],
    ]);
    const filled = await check((s) => {
      s.Pendahuluan = [['Bagian', 'Isi'], ['Isu Strategis', 'a'], ['Struktur Organisasi', 'b']];
    });
    expect(checkDokumen('lkj-tahunan', filled.workbook!)).toEqual([]);
  });
});
