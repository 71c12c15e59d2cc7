import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/problem.js';
import { validateFile } from '../../src/validate/validate-file.js';
import { tempDir, validSheets, writeXlsx, type SheetData } from '../helpers/xlsx.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

async function check(name: string, mutate: (s: Record<string, SheetData>) => void, tw?: 1 | 2 | 3 | 4) {
  const sheets = validSheets();
  mutate(sheets);
  const file = await writeXlsx(join(dir, `${name}.xlsx`), sheets);
  return validateFile(file, tw ? { tw } : {});
}
const brief = (ps: Problem[]) => ps.map((p) => `${p.severity} ${p.code} ${p.sheet ?? ''}!${p.cell ?? ''}`);

describe('validateFile: a valid workbook', () => {
  it('has no problems and reads every value', async () => {
    const v = await check('valid', () => {}, 4);
    expect(brief(v.problems)).toEqual([]);
    const wb = v.workbook!;
    expect(wb.identitas.tahun).toBe(2023);
    expect(wb.identitas.nipPejabat).toBe('19690111 200212 2 004');
    expect(wb.indikator.map((i) => i.kode)).toEqual(['IK1', 'IK2']);
    expect(wb.indikator[1]!.sasaran).toBe('Meningkatnya penempatan'); // blank Sasaran continues
    expect(wb.indikator[0]!.realisasi[0]).toBeNull();
    expect(wb.anggaran[1]!.pagu.toString()).toBe('53955500');
  });
});

describe('validateFile: cells as Excel stores them', () => {
  it('accepts loose headers, sheet names, formulas, rich text and Indonesian text numbers', async () => {
    const v = await check('loose', (s) => {
      s['anggaran'] = s.Anggaran!;
      delete s.Anggaran;
      s.anggaran[0] = ['KODE', 'kegiatan', 'Sumber_Dana', ' Pagu ', 'realisasi tw1', 'Realisasi_TW2', 'REALISASI TW 3', 'Realisasi-TW4'];
      s.anggaran[1]![3] = { formula: '182244000*1', result: 182244000 };
      s.anggaran[2]![3] = 'Rp 53.955.500,-';
      s.anggaran[2]![1] = { richText: [{ text: 'Pelayanan ' }, { font: { bold: true }, text: 'Antar Kerja' }] };
      s.Indikator![2]![4] = '6,00';
      s.Identitas![4] = ['Unit\u00a0 Kerja', '  Bidang Penempatan dan Perluasan Kesempatan Kerja  '];
    });
    expect(brief(v.problems)).toEqual(['warning text-number Anggaran!D3', 'warning text-number Indikator!E3']);
    expect(v.workbook!.anggaran[0]!.pagu.toString()).toBe('182244000');
    expect(v.workbook!.anggaran[1]!.pagu.toString()).toBe('53955500');
    expect(v.workbook!.anggaran[1]!.kegiatan).toBe('Pelayanan Antar Kerja');
    expect(v.workbook!.identitas.unitKerja).toBe('Bidang Penempatan dan Perluasan Kesempatan Kerja');
  });

  it('reports a formula error and a non-number at their cells, with the value found', async () => {
    const v = await check('bad-cells', (s) => {
      s.Anggaran![1]![4] = { formula: '1/0', result: { error: '#DIV/0!' } };
      s.Indikator![1]![4] = 'seratus';
    });
    expect(brief(v.problems)).toEqual(['error formula-error Anggaran!E2', 'error type-error Indikator!E2']);
    expect(v.problems[1]!.message).toBe('Target harus berupa angka, ditemukan "seratus".');
    expect(v.problems[1]!.value).toBe('seratus');
    expect(v.workbook).toBeNull();
  });

  // Found by the fuzz test: the workbook was refused with no problem at all.
  it('reports a required Identitas value that reads as nothing (formula without result, only spaces) at its cell', async () => {
    const v = await check('identitas-nothing', (s) => {
      s.Identitas![3]![1] = { formula: 'A1+1' };
      s.Identitas![4]![1] = '   ';
    });
    expect(brief(v.problems).sort()).toEqual(['error formula-error Identitas!B4', 'error missing-key Identitas!B5']);
    expect(v.problems.find((p) => p.code === 'formula-error')!.message).toContain('Perangkat Daerah');
    expect(v.workbook).toBeNull();
  });

  it('collects every problem of every sheet in one pass', async () => {
    const v = await check('many', (s) => {
      s.Indikator![1]![5] = 'Tinggi';
      s.Indikator![2]![0] = 'IK1';
      s.Indikator![2]![7] = 'K9';
      s.Penempatan![3]![1] = 5;
      s.Anggaran![1]![3] = -1;
      s.Identitas![8] = ['NIP Pejabat', '19691311 200212 2 004'];
    });
    expect(brief(v.problems).sort()).toEqual(
      [
        'error invalid-nip Identitas!B9',
        'error negative-value Anggaran!D2',
        'error invalid-value Indikator!F2',
        'error duplicate-key Indikator!A3',
        'error unknown-reference Indikator!H3',
        'error invalid-tw Penempatan!B4',
      ].sort(),
    );
  });

  it('treats a merged cell follower as blank (Program continues the row above)', async () => {
    const file = join(dir, 'merged.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(validSheets())) {
      const ws = wb.addWorksheet(name);
      rows.forEach((r, i) => r.forEach((v, c) => v !== undefined && (ws.getCell(i + 1, c + 1).value = v as never)));
    }
    const p = wb.addWorksheet('Program');
    p.addRow(['Program', 'Kegiatan', 'Sub Kegiatan', 'Pelaksana']);
    p.addRow(['Penempatan Tenaga Kerja', 'Pelayanan antar kerja', 'Perluasan kesempatan kerja', 'Pengantar Kerja']);
    p.addRow([null, 'Pengelolaan informasi pasar kerja', 'Job Fair', 'Pengantar Kerja']);
    p.mergeCells('A2:A3');
    await wb.xlsx.writeFile(file);
    const v = await validateFile(file);
    expect(brief(v.problems)).toEqual([]);
    expect(v.workbook!.program.map((r) => [r.program, r.continuesProgram])).toEqual([
      ['Penempatan Tenaga Kerja', false],
      ['Penempatan Tenaga Kerja', true],
    ]);
  });
});

describe('validateFile: structure', () => {
  it('suggests the header the user meant and reports the missing column', async () => {
    const v = await check('typo', (s) => {
      s.Indikator![0]![8] = 'Realisai TW1';
    });
    expect(brief(v.problems)).toEqual(['warning unknown-column Indikator!I1', 'error missing-column Indikator!']);
    expect(v.problems[0]!.message).toContain('maksud Anda "Realisasi TW1"?');
  });
  it('reports a missing required sheet and suggests a misspelled one', async () => {
    const v = await check('nosheet', (s) => {
      s.Indkator = s.Indikator!;
      delete s.Indikator;
    });
    // The Penempatan rows point at the missing sheet: no cascade of unknown-reference errors.
    expect(brief(v.problems)).toEqual(['warning unknown-sheet Indkator!', 'error missing-sheet Indikator!']);
    expect(v.problems[0]!.message).toContain('maksud Anda "Indikator"?');
  });
  it('reports a missing Identitas key', async () => {
    const v = await check('nokey', (s) => {
      s.Identitas!.splice(4, 1);
    });
    expect(brief(v.problems)).toEqual(['error missing-key Identitas!']);
  });
});

describe('validateFile: cross-sheet rules', () => {
  it('sum of Penempatan must equal a filled Realisasi cell, naming both places', async () => {
    const v = await check('sum', (s) => {
      s.Indikator![1]![9] = 41;
    });
    expect(brief(v.problems)).toEqual(['error sum-mismatch Indikator!J2']);
    expect(v.problems[0]!.message).toContain('Penempatan baris 4');
    expect(v.problems[0]!.message).toContain('berjumlah 40');
  });
  it('with --tw, blank realisations up to N are warnings, later ones are not', async () => {
    const v = await check('blank', (s) => {
      s.Indikator![2]![9] = undefined;
      s.Indikator![2]![11] = undefined;
      s.Anggaran![1]![5] = undefined;
    }, 3);
    expect(brief(v.problems)).toEqual(['warning blank-realisasi Indikator!J3', 'warning blank-realisasi Anggaran!F2']);
    expect(v.workbook).not.toBeNull();
  });
  it('zero target on a positive indicator is an error, on a negative one it is fine', async () => {
    const v = await check('zero', (s) => {
      s.Indikator![1]![4] = 0;
      s.Indikator![2]![4] = 0;
      s.Indikator![2]![5] = 'Negatif';
    });
    expect(brief(v.problems)).toEqual(['error zero-target Indikator!E2']);
  });
  it('NIP: gender digit and CPNS start before the 18th birthday', async () => {
    const v = await check('nip', (s) => {
      s.Identitas![8] = ['NIP Pejabat', '19690111 200212 3 004'];
      s.Identitas![11] = ['NIP Atasan', '196706061980021001'];
    });
    expect(brief(v.problems)).toEqual(['error invalid-nip Identitas!B9', 'error invalid-nip Identitas!B12']);
  });
});

describe('validateFile: files that are not what they claim', () => {
  const cases: [string, (p: string) => void, string][] = [
    ['csv.xlsx', (p) => writeFileSync(p, 'Kunci;Nilai\nTahun;2023\n'), 'not-xlsx'],
    ['empty.xlsx', (p) => writeFileSync(p, ''), 'not-xlsx'],
    ['old.xls', (p) => writeFileSync(p, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)])), 'not-xlsx'],
    ['folder.xlsx', (p) => mkdirSync(p), 'not-a-file'],
    ['missing.xlsx', () => {}, 'file-not-found'],
    ['broken.xlsx', (p) => writeFileSync(p, Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(100)])), 'not-xlsx'],
  ];
  for (const [name, make, code] of cases) {
    it(`${name} -> ${code}`, async () => {
      const p = join(dir, name);
      make(p);
      const v = await validateFile(p);
      expect(v.workbook).toBeNull();
      expect(v.problems.map((x) => x.code)).toEqual([code]);
      expect(v.problems[0]!.message).not.toMatch(/at .*\.js/);
    });
  }
});

describe('limits from the environment', () => {
  it('LKJ_MAX_* raise or lower a limit; nonsense is ignored', async () => {
    const { limitsFromEnv, DEFAULT_LIMITS } = await import('../../src/workbook/limits.js');
    const l = limitsFromEnv({ LKJ_MAX_FILE_MB: '50', LKJ_MAX_CELL_CHARS: '100', LKJ_MAX_ROWS: 'banyak', LKJ_MAX_INDIKATOR: '-1' });
    expect(l.maxFileBytes).toBe(50 * 1024 * 1024);
    expect(l.maxCellChars).toBe(100);
    expect(l.maxRows).toBe(DEFAULT_LIMITS.maxRows);
    expect(l.maxIndikator).toBe(DEFAULT_LIMITS.maxIndikator);
  });
  it('a lowered cell limit is enforced with a clear message at the cell', async () => {
    const { limitsFromEnv } = await import('../../src/workbook/limits.js');
    const file = await writeXlsx(join(dir, 'limit.xlsx'), validSheets());
    const v = await validateFile(file, { limits: limitsFromEnv({ LKJ_MAX_CELL_CHARS: '30' }) });
    expect(v.problems.map((p) => `${p.code} ${p.sheet}!${p.cell}`)).toContain('cell-too-long Identitas!B5');
    expect(v.problems.find((p) => p.cell === 'B5')?.message).toBe('Sel berisi 48 karakter; batasnya 30 karakter.');
  });
});
