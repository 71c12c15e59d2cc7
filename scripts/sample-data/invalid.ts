/**
 * samples/invalid/: a small valid base workbook and copies of it with exactly one defect
 * each, with the problems the validator must report (samples/invalid/expected.json).
 *
 * The base has only the required sheets (Identitas, Anggaran, Indikator) so that a
 * defect cannot cascade into other sheets; the Penempatan cases add a consistent
 * Penempatan sheet (sums equal to the Realisasi cells) before making their one defect.
 * All Realisasi TW1–TW4 are filled, every number is a numeric cell, the NIPs are valid:
 * the base yields no error and no warning.
 *
 * Expectation conventions: `cell` is the A1 address of the offending cell (header row =
 * row 1); it is absent where the problem concerns a whole file, sheet or column. `sheet`
 * is absent for file-level problems. Errors and warnings are compared as sets.
 */
import {
  appendRow, cellAddress, getCell, headerAddress, removeColumn, removeRow, removeSheet, setCell, sheetOf,
  unitSheets,
} from './sheets.js';
import { REFERENCE_UNIT } from '../../src/workbook/reference-example.js';
import type { CellInput, Quarterly, SheetData, UnitData } from './types.js';

export interface ExpectedProblem {
  code: string;
  sheet?: string;
  cell?: string;
}

export interface Expected {
  /** Quarter to validate with (`--tw`), only where the check needs it. */
  tw?: number;
  /** Document to check for (`--dokumen`), only where the check needs it. */
  dokumen?: 'lkj' | 'lkj-tahunan' | 'pk' | 'rencana-aksi';
  exit: 0 | 1;
  errors: ExpectedProblem[];
  warnings: ExpectedProblem[];
}

export interface InvalidCase {
  file: string;
  /** What is wrong, for the build log. */
  about: string;
  /** Worksheets to write, or raw bytes for the not-xlsx cases. */
  content: SheetData[] | Buffer;
  expected: Expected;
}

/** Identitas keys the base keeps: the required ones (no Jenjang Jabatan, Alamat, Sebutan Periode). */
const BASE_KEYS = new Set([
  'Tahun', 'Pemerintah', 'Perangkat Daerah', 'Unit Kerja', 'Jabatan', 'Kota',
  'Nama Pejabat', 'NIP Pejabat', 'Jabatan Atasan', 'Nama Atasan', 'NIP Atasan',
]);

/** Realisasi TW1–TW4 of every row, all filled (the reference leaves TW4 and the summed rows blank). */
const FULL_REALISASI: Record<string, Quarterly> = {
  K1: [10000000, 15000000, 20000000, 25000000],
  K2: [5000000, 7500000, 10000000, 12500000],
  K3: [3400000, 5100000, 5100000, 5100000],
  IK1: [30, 25, 40, 35],
  IK2: [1, 1, 2, 2],
  IK3: [100, 120, 130, 90],
};

function fullRealisasi(kode: string): Quarterly {
  const r = FULL_REALISASI[kode];
  if (!r) throw new Error(`invalid.ts: no Realisasi for ${kode}`);
  return r;
}

/** The reference unit's required sheets, with every Realisasi filled. */
export const invalidBase: UnitData = {
  identitas: REFERENCE_UNIT.identitas.filter(([k]) => BASE_KEYS.has(String(k))),
  anggaran: REFERENCE_UNIT.anggaran.map((k) => ({ ...k, realisasi: fullRealisasi(k.kode) })),
  indikator: REFERENCE_UNIT.indikator.map((i) => ({ ...i, realisasi: fullRealisasi(i.kode) })),
};

/** Penempatan rows for IK1 whose quarterly sums equal the base Realisasi (30, 25, 40, 35). */
const BASE_PENEMPATAN: CellInput[][] = [
  ['IK1', 1, 'Alfamart', 12, null],
  ['IK1', 1, 'MMI', 18, null],
  ['IK1', 2, 'Indomart', 10, null],
  ['IK1', 2, 'MMI', 15, null],
  ['IK1', 3, 'Lab Persada', 15, null],
  ['IK1', 3, 'MMI', 25, null],
  ['IK1', 4, 'Alfamart', 20, null],
  ['IK1', 4, 'PSI', 15, 'Penyandang Disabilitas'],
];

function base(): SheetData[] {
  return unitSheets(invalidBase);
}

function baseWithPenempatan(): SheetData[] {
  const sheets = base();
  sheets.push({
    name: 'Penempatan',
    header: ['Indikator', 'TW', 'Perusahaan', 'Jumlah', 'Keterangan'],
    rows: BASE_PENEMPATAN.map((r) => [...r]),
  });
  return sheets;
}

const err = (code: string, sheet?: string, cell?: string): ExpectedProblem => ({
  code,
  ...(sheet ? { sheet } : {}),
  ...(cell ? { cell } : {}),
});

const fail = (errors: ExpectedProblem[], warnings: ExpectedProblem[] = []): Expected => ({
  exit: 1,
  errors,
  warnings,
});

/** Sets the NIP Pejabat of a copy of the base; returns the case. */
function nipCase(file: string, about: string, nip: string): InvalidCase {
  const s = base();
  const cell = setCell(s, 'Identitas', cellAddress(s, 'Identitas', 'NIP Pejabat', 'Nilai'), nip);
  return { file, about, content: s, expected: fail([err('invalid-nip', 'Identitas', cell)]) };
}

export function invalidCases(): InvalidCase[] {
  const cases: InvalidCase[] = [];
  const add = (c: InvalidCase): void => {
    cases.push(c);
  };

  // --- file level
  add({
    file: 'bukan-excel.xlsx',
    about: 'CSV text named .xlsx',
    content: Buffer.from(
      'Kode,Indikator Kinerja,Satuan,Target\r\nIK1,Jumlah pencari kerja ditempatkan melalui program AKL,orang,110\r\n',
      'utf8',
    ),
    expected: fail([err('not-xlsx')]),
  });
  add({ file: 'kosong.xlsx', about: 'empty (0-byte) file', content: Buffer.alloc(0), expected: fail([err('not-xlsx')]) });

  // --- structure
  {
    const s = base();
    removeSheet(s, 'Indikator');
    add({ file: 'missing-sheet-indikator.xlsx', about: 'no Indikator sheet', content: s, expected: fail([err('missing-sheet', 'Indikator')]) });
  }
  {
    const s = base();
    removeColumn(s, 'Anggaran', 'Pagu');
    add({ file: 'missing-column-pagu.xlsx', about: 'Anggaran without Pagu column', content: s, expected: fail([err('missing-column', 'Anggaran')]) });
  }
  {
    const s = base();
    const header = setCell(s, 'Indikator', headerAddress(s, 'Indikator', 'Realisasi TW1'), 'Realisai TW1');
    const pagu = setCell(s, 'Anggaran', cellAddress(s, 'Anggaran', 'K3', 'Pagu'), '53.955.500');
    add({
      file: 'unknown-column-realisai-tw1.xlsx',
      about: 'Indikator header "Realisai TW1" (misspelt) + Pagu of K3 as text "53.955.500"',
      content: s,
      expected: fail(
        [err('missing-column', 'Indikator')],
        [err('unknown-column', 'Indikator', header), err('text-number', 'Anggaran', pagu)],
      ),
    });
  }
  {
    const s = base();
    const pagu = setCell(s, 'Anggaran', cellAddress(s, 'Anggaran', 'K3', 'Pagu'), '53.955.500');
    add({
      file: 'text-number-pagu.xlsx',
      about: 'Pagu of K3 as text "53.955.500" (accepted with a warning)',
      content: s,
      expected: { exit: 0, errors: [], warnings: [err('text-number', 'Anggaran', pagu)] },
    });
  }
  {
    const s = base();
    s.push({ name: 'Catatan', header: ['Catatan'], rows: [['Data realisasi TW4 menyusul setelah rekonsiliasi.']] });
    const agregasi = setCell(s, 'Indikator', cellAddress(s, 'Indikator', 'IK2', 'Agregasi'), 'Total');
    add({
      file: 'unknown-sheet-catatan.xlsx',
      about: 'extra sheet "Catatan" + Agregasi "Total" of IK2',
      content: s,
      expected: fail([err('invalid-value', 'Indikator', agregasi)], [err('unknown-sheet', 'Catatan')]),
    });
  }
  {
    const s = base();
    removeRow(s, 'Identitas', 'Unit Kerja');
    add({ file: 'missing-key-unit-kerja.xlsx', about: 'Identitas without Unit Kerja', content: s, expected: fail([err('missing-key', 'Identitas')]) });
  }

  // --- cells
  {
    const s = base();
    const cell = setCell(s, 'Indikator', cellAddress(s, 'Indikator', 'IK3', 'Target'), 'seratus');
    add({ file: 'type-error-target.xlsx', about: 'Target of IK3 = "seratus"', content: s, expected: fail([err('type-error', 'Indikator', cell)]) });
  }
  {
    const s = base();
    const cell = setCell(s, 'Indikator', cellAddress(s, 'Indikator', 'IK2', 'Indikator Kinerja'), null);
    add({
      file: 'required-value-indikator-kinerja.xlsx',
      about: 'blank Indikator Kinerja of IK2',
      content: s,
      expected: fail([err('required-value', 'Indikator', cell)]),
    });
  }
  {
    const s = base();
    const cell = setCell(s, 'Anggaran', cellAddress(s, 'Anggaran', 'K1', 'Realisasi TW1'), {
      formula: '1/0',
      result: { error: '#DIV/0!' },
    });
    add({ file: 'formula-error-div0.xlsx', about: 'Realisasi TW1 of K1 = 1/0 (#DIV/0!)', content: s, expected: fail([err('formula-error', 'Anggaran', cell)]) });
  }
  {
    const s = base();
    const cell = setCell(s, 'Indikator', cellAddress(s, 'Indikator', 'IK1', 'Polaritas'), 'Tinggi');
    add({ file: 'invalid-value-polaritas.xlsx', about: 'Polaritas of IK1 = "Tinggi"', content: s, expected: fail([err('invalid-value', 'Indikator', cell)]) });
  }
  {
    const s = baseWithPenempatan();
    const row = appendRow(s, 'Penempatan', ['IK1', 5, 'FIF', 1, 'Penyandang Disabilitas']);
    add({
      file: 'invalid-tw-penempatan.xlsx',
      about: 'Penempatan row with TW 5',
      content: s,
      expected: fail([err('invalid-tw', 'Penempatan', `B${row}`)]),
    });
  }
  {
    const s = base();
    const cell = setCell(s, 'Anggaran', cellAddress(s, 'Anggaran', 'K2', 'Pagu'), -1000);
    add({ file: 'negative-value-pagu.xlsx', about: 'Pagu of K2 = -1000', content: s, expected: fail([err('negative-value', 'Anggaran', cell)]) });
  }
  {
    const s = base();
    const cell = setCell(s, 'Indikator', cellAddress(s, 'Indikator', 'IK2', 'Target'), 0);
    add({ file: 'zero-target.xlsx', about: 'Target 0 on positive IK2', content: s, expected: fail([err('zero-target', 'Indikator', cell)]) });
  }
  {
    const s = base();
    const cell = setCell(s, 'Identitas', cellAddress(s, 'Identitas', 'Tahun', 'Nilai'), 1890);
    add({ file: 'invalid-year-1890.xlsx', about: 'Tahun 1890', content: s, expected: fail([err('invalid-year', 'Identitas', cell)]) });
  }
  add(nipCase('invalid-nip-bulan-13.xlsx', 'NIP Pejabat with birth month 13', '19691311 200212 2 004'));
  add(nipCase('invalid-nip-kelamin-3.xlsx', 'NIP Pejabat with gender digit 3', '19690111 200212 3 004'));
  add(nipCase('invalid-nip-cpns-sebelum-18.xlsx', 'NIP Pejabat with CPNS start 1986-01, before the 18th birthday', '19690111 198601 2 004'));

  // --- cross-sheet
  {
    const s = base();
    const cell = setCell(s, 'Indikator', cellAddress(s, 'Indikator', 'IK2', 'Kode'), 'IK1');
    add({ file: 'duplicate-key-indikator.xlsx', about: 'two Indikator rows with Kode IK1', content: s, expected: fail([err('duplicate-key', 'Indikator', cell)]) });
  }
  {
    const s = base();
    const cell = setCell(s, 'Indikator', cellAddress(s, 'Indikator', 'IK3', 'Kegiatan'), 'K9');
    add({
      file: 'unknown-reference-kegiatan.xlsx',
      about: 'Kegiatan of IK3 = K9 (not in Anggaran)',
      content: s,
      expected: fail([err('unknown-reference', 'Indikator', cell)]),
    });
  }
  {
    const s = baseWithPenempatan();
    const row = appendRow(s, 'Penempatan', ['IK9', 1, 'FIF', 1, null]);
    add({
      file: 'unknown-reference-penempatan.xlsx',
      about: 'Penempatan row for IK9 (not in Indikator)',
      content: s,
      expected: fail([err('unknown-reference', 'Penempatan', `A${row}`)]),
    });
  }
  {
    const s = baseWithPenempatan();
    // TW2 rows: Indomart 10 + MMI 15 = 25; make MMI 10 => 20 against Realisasi TW2 = 25.
    const mmiTw2 = sheetOf(s, 'Penempatan').rows.findIndex((r) => r[1] === 2 && r[2] === 'MMI');
    setCell(s, 'Penempatan', cellAddress(s, 'Penempatan', mmiTw2, 'Jumlah'), 10);
    const cell = cellAddress(s, 'Indikator', 'IK1', 'Realisasi TW2');
    if (getCell(s, 'Indikator', cell) !== 25) throw new Error('sum-mismatch case: Realisasi TW2 of IK1 must be 25');
    add({
      file: 'sum-mismatch-penempatan.xlsx',
      about: 'Penempatan IK1 TW2 sums to 20, Realisasi TW2 of IK1 is 25',
      content: s,
      expected: fail([err('sum-mismatch', 'Indikator', cell)]),
    });
  }
  {
    const s = base();
    const cell = setCell(s, 'Indikator', cellAddress(s, 'Indikator', 'IK2', 'Realisasi TW2'), null);
    add({
      file: 'blank-realisasi-tw2.xlsx',
      about: 'Realisasi TW2 of IK2 blank (a warning with --tw 3)',
      content: s,
      expected: { tw: 3, exit: 0, errors: [], warnings: [err('blank-realisasi', 'Indikator', cell)] },
    });
  }
  // --- Extension 2 (quarter targets, Renstra, the year's documents)
  {
    // IK1: Kumulatif, Target 110, quarter targets 30 + 30 + 30 + 30 = 120.
    const s = unitSheets({
      ...invalidBase,
      indikator: invalidBase.indikator.map((i) => (i.kode === 'IK1' ? { ...i, targetTw: [30, 30, 30, 30] } : i)),
    });
    add({
      file: 'target-tw-mismatch.xlsx',
      about: 'Target TW1..TW4 of IK1 sum to 120, Target is 110',
      content: s,
      expected: { exit: 0, errors: [], warnings: [err('target-tw-mismatch', 'Indikator', cellAddress(s, 'Indikator', 'IK1', 'Target'))] },
    });
  }
  const withRenstra = (targetYears: number[], realisasiYears: number[], ik1Target2023 = 110, kode = 'IK1'): SheetData[] =>
    unitSheets({
      ...invalidBase,
      renstra: {
        targetYears,
        realisasiYears,
        rows: [
          {
            kode,
            kondisiAwal: 80,
            target: targetYears.map((y) => (y === 2023 ? ik1Target2023 : 100 + (y - 2021) * 5)),
            realisasi: realisasiYears.map(() => 95),
            targetAkhir: null,
          },
        ],
      },
    });
  {
    const s = withRenstra([2022, 2023, 2024], [2022], 100);
    add({
      file: 'renstra-mismatch.xlsx',
      about: 'Renstra Target 2023 of IK1 = 100, Indikator Target 110',
      content: s,
      expected: { exit: 0, errors: [], warnings: [err('renstra-mismatch', 'Renstra', cellAddress(s, 'Renstra', 'IK1', 'Target 2023'))] },
    });
  }
  {
    const s = withRenstra([2022, 2023], [2022, 2023]);
    add({
      file: 'renstra-current-year.xlsx',
      about: 'Renstra has a Realisasi 2023 column (Tahun 2023)',
      content: s,
      expected: { exit: 0, errors: [], warnings: [err('renstra-current-year', 'Renstra', headerAddress(s, 'Renstra', 'Realisasi 2023'))] },
    });
  }
  {
    const s = withRenstra([2022, 2023], [2022, 2024]);
    add({
      file: 'renstra-future-realisasi.xlsx',
      about: 'Renstra has a Realisasi 2024 column (Tahun 2023)',
      content: s,
      expected: fail([err('renstra-future-realisasi', 'Renstra', headerAddress(s, 'Renstra', 'Realisasi 2024'))]),
    });
  }
  {
    const s = withRenstra([2023, 2040], [2022]);
    // The header matching ignores case and spaces: `target2040` is a year column too.
    setCell(s, 'Renstra', headerAddress(s, 'Renstra', 'Target 2040'), 'target2040');
    add({
      file: 'invalid-year-renstra.xlsx',
      about: 'Renstra column target2040 (Tahun 2023: years 2013..2033)',
      content: s,
      expected: fail([err('invalid-year', 'Renstra', headerAddress(s, 'Renstra', 'target2040'))]),
    });
  }
  {
    const s = withRenstra([2022, 2023], [2022], 110, 'IK9');
    add({
      file: 'unknown-reference-renstra.xlsx',
      about: 'Renstra row for IK9 (not in Indikator)',
      content: s,
      expected: fail([err('unknown-reference', 'Renstra', cellAddress(s, 'Renstra', 'IK9', 'Kode'))]),
    });
  }
  add({
    file: 'missing-target-tw.xlsx',
    about: 'no quarter targets, checked for the Rencana Aksi (--dokumen rencana-aksi)',
    content: base(),
    expected: { dokumen: 'rencana-aksi', exit: 1, errors: [err('missing-target-tw', 'Indikator')], warnings: [] },
  });
  {
    const s = base();
    removeRow(s, 'Identitas', 'NIP Atasan');
    add({
      file: 'missing-key-nip-atasan-pk.xlsx',
      about: 'no NIP Atasan, checked for the Perjanjian Kinerja (--dokumen pk)',
      content: s,
      expected: { dokumen: 'pk', exit: 1, errors: [err('missing-key', 'Identitas')], warnings: [] },
    });
  }
  return cases;
}
