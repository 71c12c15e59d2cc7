/**
 * Property-based hardening:
 *  (a) random cell values anywhere in a valid workbook never make the validator throw, and
 *      every problem it reports has a known code and an Indonesian message;
 *  (b) the arithmetic of src/calc, and every printed column formula of the report tables
 *      (5=4/3, 6=5/4, 9=8/7, 10=9-6) holding on the printed figures;
 *  (c) Indonesian number formatting and parsing round-trip.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateRealisasi } from '../../src/calc/aggregate-realisasi.js';
import { capaianKinerja } from '../../src/calc/capaian-kinerja.js';
import { computeReport } from '../../src/calc/compute-report.js';
import { buildReport } from '../../src/pipeline/build-report.js';
import { formatCount, formatMoney, formatPercent, formatRupiah } from '../../src/format/format-number.js';
import { parseIndonesianNumber } from '../../src/format/parse-indonesian-number.js';
import { buildViewModel } from '../../src/documents/lkj/build-view-model.js';
import { PROBLEM_CODES } from '../../src/model/problem.js';
import { validateFile } from '../../src/validate/validate-file.js';
import type { Agregasi, AnggaranRow, IndikatorRow, Polaritas, Quarterly, Tw, Workbook } from '../../src/model/workbook-types.js';
import { indikator, workbook } from '../helpers/workbook-fixture.js';
import { tempDir, validSheets, writeXlsx, type SheetData } from '../helpers/xlsx.js';

const HUNDRED = new Decimal(100);
/** Half-up to 2 decimals, written out here rather than borrowed from src/calc. */
const r2 = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

// ---------------------------------------------------------------------------
// (a) random values in every column of every sheet

/** validSheets() plus every optional sheet, so that every column of the contract is there to hit. */
function baseSheets(): Record<string, SheetData> {
  return {
    ...validSheets(),
    Pendahuluan: [
      ['Bagian', 'Isi'],
      ['Dasar', 'Laporan kinerja ini disusun sebagai pertanggungjawaban.'],
      ['Fungsi', 'Pelayanan penempatan tenaga kerja;'],
    ],
    Program: [
      ['Program', 'Kegiatan', 'Sub Kegiatan', 'Pelaksana'],
      ['Program Penempatan Tenaga Kerja', 'Pelayanan Antar Kerja', 'Fasilitasi pelayanan antar kerja', 'Pengantar Kerja'],
    ],
    Rincian: [
      ['Indikator', 'TW', 'Uraian', 'Jumlah'],
      ['IK2', 1, 'Dokumen informasi pasar kerja', 1],
    ],
    Analisis: [
      ['Indikator', 'TW', 'Isi'],
      ['IK1', 3, 'Capaian melampaui target.'],
    ],
    'Tindak Lanjut': [
      ['Kegiatan', 'TW', 'Rencana'],
      ['K3', undefined, 'Memperluas kerja sama dengan perusahaan.'],
    ],
    Skala: [
      ['Batas Bawah', 'Kategori'],
      [91, 'Sangat Tinggi'],
      [0, 'Rendah'],
    ],
  };
}

/** Every (sheet, row, column) of the base, header row included, plus one column to the right. */
const POSITIONS: [string, number, number][] = Object.entries(baseSheets()).flatMap(([name, rows]) => {
  const width = (rows[0]?.length ?? 1) + 1;
  return rows.flatMap((_, r) => Array.from({ length: width }, (__, c): [string, number, number] => [name, r, c]));
});

const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];

const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.double(), // NaN, ±Infinity, -0, subnormals, huge
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 1, 2, 3, 4, 5, 2.5, 0.1 + 0.2, 1e21, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 196901112002122004),
);
const finiteNumberArb = numberArb.filter((n) => Number.isFinite(n));

/** Text written the Indonesian way (or almost): grouped thousands, decimals, Rp, ,- and odd spaces. */
const indonesianNumberArb: fc.Arbitrary<string> = fc
  .record({
    head: fc.integer({ min: 0, max: 999 }),
    groups: fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 4 }),
    fraction: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
    prefix: fc.constantFrom('', 'Rp ', 'Rp. ', 'Rp', '-', '\u2212', '- Rp ', '\u00a0', ' '),
    suffix: fc.constantFrom('', ',-', ' %', '%', '\u00a0', '\u202f', ' '),
    sep: fc.constantFrom('.', '.', '.', ' ', ',', '\u00a0'),
  })
  .map(({ head, groups, fraction, prefix, suffix, sep }) => {
    const body = [String(head), ...groups.map((g) => String(g).padStart(3, '0'))].join(sep);
    return `${prefix}${body}${fraction === undefined ? '' : `,${String(fraction).padStart(2, '0')}`}${suffix}`;
  });

const stringArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  indonesianNumberArb,
  fc.constantFrom(
    '', ' ', '\u00a0', '\t', '\u200b', 'seratus', 'n/a', '#DIV/0!', '-', 'TW5', 'V', '0', 'IV', 'tw 3', 'Triwulan 2',
    'Positif', 'negatif', 'Rata-rata', 'terakhir', 'Dasar', 'K1', 'K3', 'IK1', 'IK2', 'Tribulan', 'Kuartal',
    '{{constructor}}', '}}{{#each}}', '<script>alert(1)</script>', '\u202egnp.exe', '=1+1', 'Infinity', 'true',
    '2023-02-30', '30 Februari 2023', '2 Oktober 2023', '19690111 200212 2 004', '19690230 200212 2 004', '8 (lima) orang',
    'x'.repeat(20_001), 'é'.repeat(20_000),
  ),
);

const dateArb = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
const errorArb = fc.constantFrom(...ERRORS).map((error) => ({ error }) as ExcelJS.CellErrorValue);
const richTextArb = fc
  .array(fc.record({ text: fc.string({ maxLength: 12 }), bold: fc.boolean() }), { minLength: 1, maxLength: 3 })
  .map((runs) => ({ richText: runs.map((r) => ({ text: r.text, font: r.bold ? { bold: true } : {} })) }) as ExcelJS.CellRichTextValue);
const hyperlinkArb = fc
  .record({ text: fc.string({ maxLength: 12 }), hyperlink: fc.constantFrom('http://127.0.0.1:9/x', 'file:///etc/passwd', 'mailto:a@b.c') })
  .map((h) => h as ExcelJS.CellHyperlinkValue);
const formulaArb = fc
  .record({
    formula: fc.constantFrom('A1+1', 'SUM(A1:A3)', 'IF(TRUE,1,0)', '"x"&"y"', 'VLOOKUP(A1,Z:Z,2,0)', '[1]Sheet1!A1'),
    result: fc.option(fc.oneof(finiteNumberArb, fc.string({ maxLength: 12 }), fc.boolean(), errorArb), { nil: undefined }),
  })
  .map(({ formula, result }) => (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue);

const cellArb: fc.Arbitrary<ExcelJS.CellValue | undefined> = fc.oneof(
  { arbitrary: numberArb, weight: 3 },
  { arbitrary: stringArb, weight: 4 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: dateArb, weight: 1 },
  { arbitrary: richTextArb, weight: 1 },
  { arbitrary: hyperlinkArb, weight: 1 },
  { arbitrary: errorArb, weight: 1 },
  { arbitrary: formulaArb, weight: 2 },
  { arbitrary: fc.constant(null), weight: 1 },
);

const mutationsArb = fc.array(fc.tuple(fc.nat({ max: POSITIONS.length - 1 }), cellArb), { minLength: 1, maxLength: 24 });
const twArb = fc.option(fc.constantFrom<Tw>(1, 2, 3, 4), { nil: undefined });

/** Words one of which every lkj message uses; an English or empty message has none. */
const INDONESIAN = /\b(harus|tidak|wajib|berisi|ditemukan|dibaca|diabaikan|muncul|sudah|batas|batasnya|bukan|kosong|sel|kolom|kunci|sheet|berkas|buku kerja|rumus|galat|sebagai|dengan|atau|yang|dari|dan|ada)\b/i;

describe('(a) random values in every column of every sheet never break the validator', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it('the base workbook is valid (so every problem below comes from a mutation)', async () => {
    const file = await writeXlsx(join(dir, 'base.xlsx'), baseSheets());
    const v = await validateFile(file, { tw: 4 });
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(v.workbook).not.toBeNull();
  });

  it('validateFile never throws; every problem has a known code and an Indonesian message; a valid result renders', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(mutationsArb, twArb, async (mutations, tw) => {
        const sheets = baseSheets();
        for (const [i, value] of mutations) {
          const [name, r, c] = POSITIONS[i]!;
          const row = sheets[name]![r]!;
          while (row.length <= c) row.push(undefined);
          row[c] = value;
        }
        const file = await writeXlsx(join(dir, `fuzz-${run++ % 4}.xlsx`), sheets);
        const v = await validateFile(file, tw === undefined ? {} : { tw });
        const errors = v.problems.filter((p) => p.severity === 'error');
        expect(v.workbook === null).toBe(errors.length > 0);
        for (const p of v.problems) {
          expect(Object.keys(PROBLEM_CODES)).toContain(p.code);
          expect(['error', 'warning']).toContain(p.severity);
          expect(typeof p.message).toBe('string');
          expect(p.message.trim().length).toBeGreaterThan(0);
          expect(p.message).toMatch(INDONESIAN);
          expect(p.message).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b|Error:|\n\s+at /);
          if (p.cell !== undefined) expect(p.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
          if (p.sheet !== undefined) expect(p.sheet.length).toBeGreaterThan(0);
        }
        if (v.workbook) {
          // A workbook the validator passed must go through compute, view model and HTML.
          const report = await buildReport({ ...v, workbook: v.workbook }, { tw: tw ?? 4, format: 'html', paper: 'A4', charts: true, timeoutMs: 10_000 });
          expect(report.html.length).toBeGreaterThan(0);
        }
      }),
      // Each run writes a workbook; LKJ_FUZZ_RUNS=1000 for a deeper local search.
      { numRuns: Number(process.env.LKJ_FUZZ_RUNS ?? 60) },
    );
  });
});

// ---------------------------------------------------------------------------
// (b) arithmetic

/** Non-negative decimals with up to `scale` decimals. */
const decimalArb = (max: number, scale: number, min = 0) =>
  fc.integer({ min: Math.round(min * 10 ** scale), max: Math.round(max * 10 ** scale) }).map((n) => new Decimal(n).div(new Decimal(10).pow(scale)));

const quarterlyArb = (value: fc.Arbitrary<Decimal>): fc.Arbitrary<Quarterly> =>
  fc.tuple(...([0, 1, 2, 3].map(() => fc.option(value, { nil: null })) as [fc.Arbitrary<Decimal | null>, fc.Arbitrary<Decimal | null>, fc.Arbitrary<Decimal | null>, fc.Arbitrary<Decimal | null>]));

describe('(b) capaianKinerja and aggregateRealisasi', () => {
  const target = fc.oneof(decimalArb(1000, 2, 0.01), decimalArb(1e9, 0, 1), decimalArb(10, 4, 0.0001));
  const value = fc.oneof(decimalArb(5000, 2), decimalArb(1e10, 0), decimalArb(10, 4));

  it('positive polarity: capaian rises (non-strictly) with realisasi', () => {
    fc.assert(
      fc.property(target, value, value, (t, a, b) => {
        const [lo, hi] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
        expect(capaianKinerja(t, lo, 'positif')!.lessThanOrEqualTo(capaianKinerja(t, hi, 'positif')!)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('negative polarity: capaian falls (non-strictly) with realisasi, never below 0', () => {
    fc.assert(
      fc.property(fc.oneof(target, fc.constant(new Decimal(0))), value, value, (t, a, b) => {
        const [lo, hi] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
        const cLo = capaianKinerja(t, lo, 'negatif')!;
        const cHi = capaianKinerja(t, hi, 'negatif')!;
        expect(cLo.greaterThanOrEqualTo(cHi)).toBe(true);
        expect(cHi.isNegative()).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('kumulatif at TW4 is the sum of the four quarters (blank = nothing); terakhir and rata-rata follow their definitions', () => {
    fc.assert(
      fc.property(quarterlyArb(value), fc.constantFrom<Tw>(1, 2, 3, 4), (quarters, tw) => {
        const filled = quarters.slice(0, tw).filter((x): x is Decimal => x !== null);
        const sum4 = quarters.reduce<Decimal>((s, x) => (x === null ? s : s.plus(x)), new Decimal(0));
        expect(aggregateRealisasi(quarters, 'kumulatif', 4)!.equals(sum4)).toBe(true);
        const sumN = filled.reduce((s, x) => s.plus(x), new Decimal(0));
        expect(aggregateRealisasi(quarters, 'kumulatif', tw)!.equals(sumN)).toBe(true);
        const last = aggregateRealisasi(quarters, 'terakhir', tw);
        const mean = aggregateRealisasi(quarters, 'rata-rata', tw);
        if (filled.length === 0) {
          expect(last).toBeNull();
          expect(mean).toBeNull();
        } else {
          expect(last!.equals(filled.at(-1)!)).toBe(true);
          // The mean is a division: compare it as printed (2 decimals) with a 60-digit reference.
          const Precise = Decimal.clone({ precision: 60 });
          expect(r2(mean!).equals(r2(new Decimal(new Precise(sumN.toString()).div(filled.length).toString())))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** A random workbook as objects: 1–4 kegiatan, 1–6 indicators funded by them. */
function workbookArb(money: fc.Arbitrary<Decimal>, targets: fc.Arbitrary<Decimal>, values: fc.Arbitrary<Decimal>): fc.Arbitrary<Workbook> {
  const anggaranArb = fc.array(fc.record({ pagu: fc.oneof({ arbitrary: money, weight: 5 }, { arbitrary: fc.constant(new Decimal(0)), weight: 1 }), realisasi: quarterlyArb(money) }), {
    minLength: 1,
    maxLength: 4,
  });
  const indikatorArb = fc.array(
    fc.record({
      target: targets,
      zeroTarget: fc.boolean(),
      polaritas: fc.constantFrom<Polaritas>('positif', 'negatif'),
      agregasi: fc.constantFrom<Agregasi>('kumulatif', 'terakhir', 'rata-rata'),
      kegiatan: fc.nat(),
      realisasi: quarterlyArb(values),
      satuan: fc.constantFrom('orang', '%', '', 'dokumen'),
    }),
    { minLength: 1, maxLength: 6 },
  );
  return fc.tuple(anggaranArb, indikatorArb).map(([ang, inds]) => {
    const anggaran: AnggaranRow[] = ang.map((a, i) => ({ kode: `K${i + 1}`, kegiatan: `Kegiatan ${i + 1}`, sumberDana: 'DAU', pagu: a.pagu, realisasi: a.realisasi, program: null, row: i + 2 }));
    const indikatorRows: IndikatorRow[] = inds.map((x, i) =>
      indikator({
        kode: `IK${i + 1}`,
        sasaran: `Sasaran ${Math.floor(i / 2) + 1}`,
        satuan: x.satuan,
        // Target 0 is only valid with negative polarity (the validator refuses it otherwise).
        target: x.polaritas === 'negatif' && x.zeroTarget ? new Decimal(0) : x.target,
        polaritas: x.polaritas,
        agregasi: x.agregasi,
        kegiatan: anggaran[x.kegiatan % anggaran.length]!.kode,
        realisasi: x.realisasi,
        row: i + 2,
      }),
    );
    return workbook({ anggaran, indikator: indikatorRows });
  });
}

/** A printed figure back to a number: `1.234,56 orang` -> 1234.56, `-` -> null. */
function printed(text: string): Decimal | null {
  if (text === '-') return null;
  const first = text.split(' ')[0]!;
  const d = parseIndonesianNumber(first);
  if (d === null) throw new Error(`not a printed number: "${text}"`);
  return d;
}

const eq = (a: Decimal | null, b: Decimal | null) => (a === null || b === null ? a === b : a.equals(b));

/** Every column formula of the capaian and cost-per-outcome tables, checked on the printed strings. */
function checkPrintedFormulas(wb: Workbook, tw: Tw): void {
  const calc = computeReport(wb, tw);
  const vm = buildViewModel(wb, calc, { tanggal: { year: 2023, month: 10, day: 2 }, paper: 'A4', charts: false, logoDataUrl: null });
  const cap = vm.bab2.capaianKinerja;
  calc.indikator.forEach((ind, i) => {
    const row = cap.rows[i]!;
    const cost = cap.costRows[i]!;
    const label = `${ind.kode} TW${tw}: ${JSON.stringify(cost)}`;
    // Capaian table: 5 = 4/3 (positive) or (2T − R)/T (negative), on the printed target and realisasi.
    const T = printed(row.target)!;
    const R = printed(row.realisasi);
    const C = printed(row.capaian);
    let expected: Decimal | null = null;
    if (R !== null) {
      if (ind.polaritas === 'positif') expected = T.isZero() ? null : r2(R.div(T).times(HUNDRED));
      else expected = T.isZero() ? (R.isZero() ? HUNDRED : new Decimal(0)) : r2(Decimal.max(T.times(2).minus(R).div(T).times(HUNDRED), 0));
    }
    expect(eq(C, expected), `5=4/3 ${label}`).toBe(true);
    // Cost per outcome: 9 = 8/7 is the same figure on the same printed T and R.
    expect(printed(cost.target)!.equals(T), label).toBe(true);
    expect(eq(printed(cost.realisasi), R), label).toBe(true);
    expect(eq(printed(cost.capaian), C), `9=8/7 ${label}`).toBe(true);
    // 6 = 5/4: capaian anggaran from the printed pagu and realisasi anggaran.
    const P = printed(cost.pagu);
    const RA = printed(cost.realisasiAnggaran);
    const CA = printed(cost.capaianAnggaran);
    expect(eq(CA, P === null || P.isZero() || RA === null ? null : r2(RA.div(P).times(HUNDRED))), `6=5/4 ${label}`).toBe(true);
    // 10 = 9 − 6, exactly.
    expect(eq(printed(cost.efisiensi), C === null || CA === null ? null : C.minus(CA)), `10=9-6 ${label}`).toBe(true);
  });
}

describe('(b) computeReport on random workbooks: every printed column formula holds on the printed figures', () => {
  it('with the figures users type (money and values with up to 2 decimals)', () => {
    const money = fc.oneof(decimalArb(1e11, 0), decimalArb(1e7, 2));
    const targets = fc.oneof(decimalArb(1000, 0, 1), decimalArb(100, 2, 0.01));
    const values = fc.oneof(decimalArb(2000, 0), decimalArb(200, 2));
    fc.assert(
      fc.property(workbookArb(money, targets, values), fc.constantFrom<Tw>(1, 2, 3, 4), (wb, tw) => {
        const calc = computeReport(wb, tw);
        // The calculator's own figures: capaian from realisasi and target, efisiensi from the two rounded figures.
        for (const ind of calc.indikator) {
          if (ind.realisasi === null) continue;
          if (ind.polaritas === 'positif') expect(ind.capaian!.equals(r2(ind.realisasi.div(ind.target).times(HUNDRED)))).toBe(true);
        }
        for (const a of calc.anggaran) {
          const sum = wb.anggaran.find((x) => x.kode === a.kode)!.realisasi.slice(0, tw).reduce<Decimal>((s, x) => (x === null ? s : s.plus(x)), new Decimal(0));
          expect(a.realisasi.equals(sum)).toBe(true);
          expect(eq(a.capaian, a.pagu.isZero() ? null : r2(sum.div(a.pagu).times(HUNDRED)))).toBe(true);
        }
        for (const e of calc.efisiensi) {
          expect(eq(e.efisiensi, e.capaianKinerja === null || e.capaianAnggaran === null ? null : e.capaianKinerja.minus(e.capaianAnggaran))).toBe(true);
        }
        checkPrintedFormulas(wb, tw);
      }),
      { numRuns: 300 },
    );
  });

  it('also when Target, Pagu or realisations carry more decimals than are printed (3–4)', () => {
    const money = fc.oneof(decimalArb(1e7, 2), decimalArb(1e5, 3));
    const targets = fc.oneof(decimalArb(100, 2, 0.01), decimalArb(100, 3, 0.01), decimalArb(10, 4, 0.01));
    const values = fc.oneof(decimalArb(200, 2), decimalArb(200, 3), decimalArb(20, 4));
    fc.assert(
      fc.property(workbookArb(money, targets, values), fc.constantFrom<Tw>(1, 2, 3, 4), (wb, tw) => checkPrintedFormulas(wb, tw)),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// (c) formatting and parsing Indonesian numbers

/** Decimals of up to 22 integer digits with `scale` decimals, both signs. */
const signedDecimalArb = (maxScale: number) =>
  fc
    .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: maxScale }))
    .map(([n, s]) => new Decimal(n.toString()).div(new Decimal(10).pow(s)));

describe('(c) Indonesian number formatting round-trips through parseIndonesianNumber', () => {
  const back = (s: string) => {
    const d = parseIndonesianNumber(s);
    expect(d, `"${s}" did not parse`).not.toBeNull();
    return d!;
  };

  it('formatMoney (0 and 2 decimals) gives back the value rounded half-up to those decimals', () => {
    fc.assert(
      fc.property(signedDecimalArb(4), (x) => {
        expect(back(formatMoney(x)).equals(x.toDecimalPlaces(0, Decimal.ROUND_HALF_UP))).toBe(true);
        expect(back(formatMoney(x, 2)).equals(x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatCount gives back the value itself when it has at most 2 decimals, else rounded half-up', () => {
    fc.assert(
      fc.property(signedDecimalArb(2), signedDecimalArb(6), (exact, any) => {
        expect(back(formatCount(exact)).equals(exact)).toBe(true);
        expect(back(formatCount(any)).equals(any.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatPercent and formatRupiah give back the value rounded half-up to 2 decimals', () => {
    fc.assert(
      fc.property(signedDecimalArb(5), (x) => {
        const rounded = x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        expect(back(formatPercent(x)).equals(rounded)).toBe(true);
        expect(back(formatRupiah(x)).equals(rounded)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('format ∘ parse ∘ format = format (the printed text is a fixed point)', () => {
    fc.assert(
      fc.property(signedDecimalArb(4), (x) => {
        for (const f of [(d: Decimal) => formatMoney(d), (d: Decimal) => formatMoney(d, 2), formatCount, formatPercent, formatRupiah]) {
          const s = f(x);
          expect(f(back(s))).toBe(s);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('plain numbers as JavaScript doubles format and parse back to their shortest decimal form', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }), (n) => {
        const x = new Decimal(String(n));
        expect(back(formatCount(n)).equals(x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
