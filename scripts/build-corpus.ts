/**
 * (Re)builds test/fixtures/corpus/: malformed and hostile inputs for the hardening tests
 * (run: `npx tsx scripts/build-corpus.ts`).
 *
 *   test/fixtures/corpus/*.xlsx        one defect or one hostile payload each
 *   test/fixtures/corpus/expected.json file -> { exit, codes, warnings? } as `lkj validate
 *                                      --format json` must report it (codes = the set of
 *                                      error codes, warnings = the set of warning codes)
 *
 * Expectations follow the workbook contract (docs/buku-kerja.md), not
 * whatever the validator happens to print: a mismatch is a bug to look at, not a fixture to
 * regenerate.
 *
 * LibreOffice-saved cases come from test/fixtures/libreoffice/ (made once with `soffice`;
 * `--libreoffice` remakes them). Output is otherwise deterministic: workbooks get fixed document properties and fixed zip entry
 * dates, hand-made zips are written by the tiny zip writer below (fixed dates, zlib level 9),
 * and "random" content comes from a seeded generator. Total size stays well under 3 MB:
 * the zip bombs are deflate streams of zeros (~1000:1).
 */
import { mulberry32 } from './lib/mulberry32.js';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { DEFAULT_LIMITS } from '../src/workbook/limits.js';
import { buildTemplateWorkbook } from '../src/workbook/write-template-workbook.js';
import { centralDirectory, entryData, pinZipDates } from '../src/write/zip.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'corpus');
/** percent-format-figures.xlsx saved by LibreOffice Calc (scripts/build-libreoffice-fixture.ts; committed). */
const LIBREOFFICE_FIXTURE = path.join(ROOT, 'test', 'fixtures', 'libreoffice', 'percent-format-figures.xlsx');

const FIXED_DATE = new Date(Date.UTC(2023, 0, 2, 0, 0, 0));

// ---------------------------------------------------------------------------
// Types

type Cell = ExcelJS.CellValue | undefined;
type Row = Cell[];
/** Sheet name -> rows (first row = header unless a case says otherwise). */
type Sheets = Record<string, Row[]>;

interface Expected {
  exit: 0 | 1;
  /** The set of error codes. */
  codes: string[];
  /** The set of warning codes (absent: not checked; file-level failures have none). */
  warnings?: string[];
  /** Validate (and calc) for this quarter (`--tw`); absent: no `--tw`. */
  tw?: number;
  /** `code Sheet!A1` findings that must be among the problems (where, not only what). */
  problems?: string[];
  /** Words that must appear in some problem's message. */
  messages?: string[];
  /** Figures `lkj calc --format json --tw <tw>` must give, derived from the contract's arithmetic. */
  figures?: {
    indikator?: Record<string, { target?: number; realisasi?: number | null; capaian?: number | null }>;
    anggaran?: Record<string, { pagu?: number; realisasi?: number }>;
  };
}

interface Case {
  file: string;
  about: string;
  expected: Expected;
  /** Bytes to write; a `dir` case creates a directory instead. */
  make: () => Promise<Buffer> | Buffer;
  dir?: boolean;
}

// ---------------------------------------------------------------------------
// The valid base: every sheet of the contract, every optional column, all consistent
// (Penempatan and Rincian sums equal the filled Realisasi cells). No error, no warning.

const UNIT = 'Bidang Penempatan dan Perluasan Kesempatan Kerja';

function baseSheets(): Sheets {
  return {
    Identitas: [
      ['Kunci', 'Nilai'],
      ['Tahun', 2023],
      ['Pemerintah', 'Pemerintah Kabupaten Lumajang'],
      ['Perangkat Daerah', 'Dinas Tenaga Kerja'],
      ['Unit Kerja', UNIT],
      ['Jabatan', `Kepala ${UNIT}`],
      ['Jenjang Jabatan', 'Pejabat Administrator'],
      ['Alamat', 'Jl. Veteran No. 53 Telp (0334) 881546'],
      ['Kota', 'Lumajang'],
      ['Nama Pejabat', 'Ir. HANUM MUBAROKHAH'],
      ['NIP Pejabat', '19690111 200212 2 004'],
      ['Jabatan Atasan', 'Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang'],
      ['Nama Atasan', 'Ir. PAIMAN'],
      ['NIP Atasan', '19670606 199202 1 001'],
      ['Sebutan Periode', 'Tribulan'],
      ['Tanggal Laporan TW3', new Date(Date.UTC(2023, 9, 2))],
    ],
    Pendahuluan: [
      ['Bagian', 'Isi'],
      ['Dasar', 'Laporan kinerja ini disusun sebagai pertanggungjawaban pelaksanaan tugas dan fungsi.'],
      ['Fungsi', 'Pelayanan penempatan tenaga kerja;'],
      ['Fungsi', 'Pengelolaan informasi pasar kerja.'],
      ['Penutup', 'Demikian laporan kinerja ini disusun.'],
    ],
    Program: [
      ['Program', 'Kegiatan', 'Sub Kegiatan', 'Pelaksana'],
      ['Program Penempatan Tenaga Kerja', 'Pelayanan Antar Kerja', 'Fasilitasi pelayanan antar kerja', 'Pengantar Kerja'],
      [undefined, 'Pengelolaan Informasi Pasar Kerja', 'Penyusunan informasi pasar kerja', 'Pengantar Kerja'],
    ],
    Anggaran: [
      ['Kode', 'Kegiatan', 'Sumber Dana', 'Pagu', 'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4'],
      ['K1', 'Pengelolaan Informasi Pasar Kerja', 'DAU', 182244000, 10000000, 15000000, 20000000, 25000000],
      ['K2', 'Perlindungan PMI di Daerah Kabupaten/Kota', 'DAU', 45126000, 5000000, 7500000, 10000000, 12500000],
      ['K3', 'Pelayanan Antar Kerja di Daerah Kabupaten/Kota', 'DAU', 53955500, 3400000, 5100000, 5100000, 5100000],
    ],
    Indikator: [
      ['Kode', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Polaritas', 'Agregasi', 'Kegiatan', 'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4'],
      ['IK1', 'Meningkatnya penempatan tenaga kerja', 'Jumlah pencari kerja ditempatkan', 'orang', 110, 'Positif', 'Kumulatif', 'K3', undefined, 40, 86, 10],
      ['IK2', undefined, 'Jumlah data pasar kerja yang dikelola', 'dokumen', 6, 'Positif', 'Kumulatif', 'K1', 1, 1, 2, 2],
      ['IK3', 'Meningkatnya pelindungan PMI', 'Jumlah CPMI yang difasilitasi', 'orang', 400, 'Positif', 'Kumulatif', 'K2', undefined, undefined, undefined, undefined],
      ['IK4', undefined, 'Persentase PMI bermasalah', '%', 10, 'Negatif', 'Rata-rata', 'K2', 5, 4, 3, 2],
    ],
    Penempatan: [
      ['Indikator', 'TW', 'Perusahaan', 'Jumlah', 'Keterangan'],
      ['IK1', 1, 'Alfamart', 20, undefined],
      ['IK1', 1, 'Indomart', 7, 'Penyandang Disabilitas'],
      ['IK1', 2, 'MMI', 40, undefined],
    ],
    Rincian: [
      ['Indikator', 'TW', 'Uraian', 'Jumlah'],
      ['IK3', 1, 'CPMI difasilitasi penerbitan ID CPMI', 100],
      ['IK3', 2, 'CPMI difasilitasi penerbitan ID CPMI', 120],
      ['IK3', 3, 'CPMI difasilitasi penerbitan ID CPMI dan Rekom Paspor', 156],
    ],
    Analisis: [
      ['Indikator', 'TW', 'Isi'],
      ['IK1', 3, 'Capaian melampaui target karena kerja sama dengan perusahaan.'],
      ['IK2', undefined, 'Data pasar kerja dikelola setiap triwulan.'],
    ],
    'Tindak Lanjut': [
      ['Kegiatan', 'TW', 'Rencana'],
      ['K3', undefined, 'Memperluas kerja sama dengan perusahaan.'],
      ['K1', 3, 'Memperbarui data pasar kerja.'],
    ],
    Skala: [
      ['Batas Bawah', 'Kategori'],
      [91, 'Sangat Tinggi'],
      [76, 'Tinggi'],
      [66, 'Sedang'],
      [51, 'Rendah'],
      [0, 'Sangat Rendah'],
    ],
  };
}

/** Numeric columns of the base (0-based column indexes), every data row. */
const NUMERIC: Record<string, number[]> = {
  Anggaran: [3, 4, 5, 6, 7],
  Indikator: [4, 8, 9, 10, 11],
  Penempatan: [3],
  Rincian: [3],
  Skala: [0],
};
/** Columns that hold a TW. */
const TW_COLUMNS: Record<string, number> = { Penempatan: 1, Rincian: 1, Analisis: 1, 'Tindak Lanjut': 1 };
/** Free-text columns (the ones a report prints), every data row. */
const TEXT: Record<string, number[]> = {
  Pendahuluan: [1],
  Program: [0, 1, 2, 3],
  Anggaran: [1, 2],
  Indikator: [1, 2, 3],
  Penempatan: [2, 4],
  Rincian: [2],
  Analisis: [2],
  'Tindak Lanjut': [2],
  Skala: [1],
};
/** Identitas keys whose value is free text. */
const IDENTITAS_TEXT = ['Pemerintah', 'Perangkat Daerah', 'Unit Kerja', 'Jabatan', 'Jenjang Jabatan', 'Alamat', 'Kota', 'Nama Pejabat', 'Jabatan Atasan', 'Nama Atasan'];

function sheet(s: Sheets, name: string): Row[] {
  const rows = s[name];
  if (!rows) throw new Error(`no sheet ${name}`);
  return rows;
}

function set(s: Sheets, name: string, row: number, col: number, v: Cell): void {
  const r = sheet(s, name)[row];
  if (!r) throw new Error(`no row ${name}[${row}]`);
  while (r.length <= col) r.push(undefined);
  r[col] = v;
}

function identitasRow(s: Sheets, key: string): Row {
  const r = sheet(s, 'Identitas').find((x) => x[0] === key);
  if (!r) throw new Error(`no Identitas key ${key}`);
  return r;
}

function setIdentitas(s: Sheets, key: string, v: Cell): void {
  identitasRow(s, key)[1] = v;
}

/** `f(rowIndex, colIndex, old)` for every data cell of every numeric column (and Identitas Tahun). */
function everyNumeric(s: Sheets, f: (old: Cell, sheetName: string, row: number, col: number) => Cell, tahun = true): Sheets {
  for (const [name, cols] of Object.entries(NUMERIC)) {
    const rows = sheet(s, name);
    for (let r = 1; r < rows.length; r++) for (const c of cols) set(s, name, r, c, f(rows[r]![c], name, r, c));
  }
  if (tahun) setIdentitas(s, 'Tahun', f(identitasRow(s, 'Tahun')[1], 'Identitas', 0, 1));
  return s;
}

/** `f(old)` for every free-text cell of every sheet and every Identitas text value. */
function everyText(s: Sheets, f: (old: Cell, sheetName: string) => Cell): Sheets {
  for (const [name, cols] of Object.entries(TEXT)) {
    const rows = sheet(s, name);
    for (let r = 1; r < rows.length; r++) for (const c of cols) set(s, name, r, c, f(rows[r]![c] ?? 'x', name));
  }
  for (const k of IDENTITAS_TEXT) setIdentitas(s, k, f(identitasRow(s, k)[1], 'Identitas'));
  return s;
}

function cycle<T>(values: readonly T[]): () => T {
  let i = 0;
  return () => values[i++ % values.length]!;
}

function mutate(f: (s: Sheets) => void): Sheets {
  const s = baseSheets();
  f(s);
  return s;
}

// ---------------------------------------------------------------------------
// Writing workbooks

/** Writes sheets with exceljs; `tweak` may merge cells, style rows, … before saving. */
async function xlsx(sheets: Sheets, tweak?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lkj';
  wb.lastModifiedBy = 'lkj';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) =>
      r.forEach((v, c) => {
        if (v !== undefined) ws.getCell(i + 1, c + 1).value = v;
      }),
    );
  }
  tweak?.(wb);
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(pinZipDates(new Uint8Array(buf as ArrayBuffer), FIXED_DATE));
}

/**
 * The committed LibreOffice-saved fixture. LibreOffice stamps the time into what it saves, so
 * it is converted once (`--libreoffice`, or when the fixture is missing and `soffice` is
 * installed) and reused; the tests never need LibreOffice.
 */
async function libreOfficeCopy(source: string): Promise<Buffer> {
  if (!process.argv.includes('--libreoffice')) {
    try {
      return await readFile(LIBREOFFICE_FIXTURE);
    } catch {
      // Not converted yet: convert below.
    }
  }
  const tmp = await mkdtemp(path.join(tmpdir(), 'lkj-corpus-lo-'));
  try {
    // Its own profile folder, so a running LibreOffice does not take the job.
    execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', tmp, source], { stdio: 'ignore', timeout: 180_000 });
    const bytes = await readFile(path.join(tmp, path.basename(source)));
    await mkdir(path.dirname(LIBREOFFICE_FIXTURE), { recursive: true });
    await writeFile(LIBREOFFICE_FIXTURE, bytes);
    return bytes;
  } catch (err) {
    throw new Error(`${LIBREOFFICE_FIXTURE} is missing and LibreOffice could not make it (apt-get install libreoffice-calc-nogui): ${String(err)}`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// A tiny zip reader/writer, for the containers exceljs would never write.

interface ZipEntry {
  name: string;
  data: Buffer;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Already-compressed bytes (with `size` the true uncompressed size). */
  compressed?: Buffer;
  size?: number;
  /** Uncompressed size written in the local header and central directory (a lie, for bombs). */
  declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const DOS_TIME = (FIXED_DATE.getUTCHours() << 11) | (FIXED_DATE.getUTCMinutes() << 5);
const DOS_DATE = ((FIXED_DATE.getUTCFullYear() - 1980) << 9) | ((FIXED_DATE.getUTCMonth() + 1) << 5) | FIXED_DATE.getUTCDate();

function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = e.compressed ?? (method === 8 ? deflateRawSync(e.data, { level: 9 }) : e.data);
    const size = e.declaredSize ?? e.size ?? e.data.length;
    const crc = e.compressed ? 0 : crc32(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const flags = (e.flags ?? 0) | 0x0800; // UTF-8 names
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(DOS_TIME, 12);
    cd.writeUInt16LE(DOS_DATE, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(cd, name);
    offset += local.length + name.length + body.length;
  }
  const cdBuf = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, eocd]);
}

/** Entries of a zip written by JSZip (exceljs) or by makeZip: names and inflated bytes. */
function readZip(buf: Buffer): ZipEntry[] {
  const records = centralDirectory(buf);
  if (!records) throw new Error('readZip: no readable central directory');
  return records.map((r) => {
    const body = entryData(buf, r);
    if (!body) throw new Error(`readZip: no local header for ${r.name}`);
    return { name: r.name, data: r.method === 8 ? inflateRawSync(body) : Buffer.from(body) };
  });
}

/** Rewrites entries of a zip (exceljs output) through `patch`, keeping their order. */
function patchZip(buf: Buffer, patch: (name: string, text: string) => string | null): Buffer {
  return makeZip(
    readZip(buf).map((e) => {
      const next = patch(e.name, e.data.toString('utf8'));
      return next === null ? e : { name: e.name, data: Buffer.from(next, 'utf8') };
    }),
  );
}


/** The package parts an .xlsx needs so that only the worksheet is odd. */
function xlsxSkeleton(sheetXml: Buffer | null): ZipEntry[] {
  const ct =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Identitas" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const wbRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: Buffer.from(ct) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(wbRels) },
  ];
  if (sheetXml) entries.push({ name: 'xl/worksheets/sheet1.xml', data: sheetXml });
  return entries;
}

/** `size` bytes of zeros as one raw deflate stream (~1 byte per KB). */
function deflatedZeros(size: number): Buffer {
  return deflateRawSync(Buffer.alloc(size), { level: 9, memLevel: 9 });
}

const MB = 1024 * 1024;
const MAX_ROWS = DEFAULT_LIMITS.maxRows;
const MAX_INDIKATOR = DEFAULT_LIMITS.maxIndikator;

/** The zip part exceljs writes a sheet to (sheets are numbered in the order they were added). */
function sheetPart(s: Sheets, name: string): string {
  const i = Object.keys(s).indexOf(name);
  if (i < 0) throw new Error(`no sheet ${name}`);
  return `xl/worksheets/sheet${i + 1}.xml`;
}

/** Appends raw `<row>` elements to a sheet of an exceljs workbook (cheap on disk: they compress ~30:1). */
function appendRowsXml(buf: Buffer, part: string, rowsXml: string): Buffer {
  let found = false;
  const out = patchZip(buf, (name, text) => {
    if (name !== part) return null;
    found = true;
    return text.replace('</sheetData>', `${rowsXml}</sheetData>`);
  });
  if (!found) throw new Error(`no part ${part}`);
  return out;
}

// ---------------------------------------------------------------------------
// Payloads

const LONG = 'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(100_000 / 28)).slice(0, 100_000);
const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src="http://127.0.0.1:9/x" onerror="alert(1)">',
  '<link rel="stylesheet" href="http://127.0.0.1:9/css"><style>@import url(http://127.0.0.1:9/i);</style>',
  '<iframe src="http://127.0.0.1:9/frame"></iframe></td></tr></table><!--',
  '"><svg onload=alert(1)>&amp;&lt;&#x3C;',
];
const TEMPLATE_PAYLOADS = [
  '{{constructor}}',
  '}}{{#each}}',
  '{{constructor.constructor "return process"}}',
  '{{{meta.title}}} {{> layout}} {{!-- x',
  '{{#with "a" as |x|}}{{lookup x "constructor"}}{{/with}}',
  '${process.exit(1)} %s %d %n',
];
const RTL_PAYLOADS = [
  'Kegiatan \u202Egnp.exe\u202C biasa',
  '\u2067\u05E9\u05DC\u05D5\u05DD\u2069 مرحبا \u200F',
  'zero\u200Bwidth\u200D\u2060join\uFEFF',
  'e\u0301\u0301\u0301\u0301 Z\u0351\u0352\u0353\u0354\u0355 𝕃𝕂𝕁 👩‍👩‍👧‍👦',
];
/** Excel's own escapes for characters XML cannot hold; exceljs decodes them to real control characters. */
const CONTROL_PAYLOADS = ['bel_x0007_ bs_x0008_ nul_x0000_ esc_x001B_[31mMERAH_x001B_[0m', 'tab\tnewline\nreturn\rend', 'ff_x000C_ vt_x000B_ del\u007F c1\u0085\u009B'];

// ---------------------------------------------------------------------------
// The corpus

const ok = (warnings: string[] = []): Expected => ({ exit: 0, codes: [], warnings });
const fail = (codes: string[], warnings: string[] = []): Expected => ({ exit: 1, codes, warnings });
const fileFail = (code: string): Expected => ({ exit: 1, codes: [code] });

function cases(): Case[] {
  const list: Case[] = [];
  const add = (file: string, about: string, expected: Expected, make: () => Promise<Buffer> | Buffer) =>
    list.push({ file, about, expected, make });
  const wb = (file: string, about: string, expected: Expected, f: (s: Sheets) => void, tweak?: (wb: ExcelJS.Workbook) => void) =>
    add(file, about, expected, () => xlsx(mutate(f), tweak));

  // --- control: the base itself --------------------------------------------------------
  wb('valid-base.xlsx', 'the valid base (every sheet, every column): no problem at all', ok(), () => {});

  // --- type-error: wrong types in every numeric column of every sheet ------------------
  {
    const words = cycle(['seratus', 'n/a', 'lima puluh', '-', '?', 'N/A', 'TBD', 'x']);
    wb('type-words-everywhere.xlsx', 'words in every numeric column of every sheet and in Tahun', fail(['type-error']), (s) =>
      everyNumeric(s, () => words()),
    );
    wb('type-booleans-everywhere.xlsx', 'TRUE/FALSE in every numeric column and in Tahun', fail(['type-error']), (s) => {
      let b = false;
      everyNumeric(s, () => (b = !b));
    });
    wb('type-dates-everywhere.xlsx', 'dates in every numeric column and in Tahun', fail(['type-error']), (s) =>
      everyNumeric(s, () => new Date(Date.UTC(2023, 2, 15))),
    );
    const odd = cycle(['1 000', '53 955 500', '1.5', '4.88', '1,234.56', '12e3', '0x10', 'Infinity', 'NaN', '--5', '١٢٣', '１２３', '5 %%', 'Rp', '1.000.00', '1,2,3']);
    wb('type-odd-number-text.xlsx', 'text that only looks like a number (space groups, English decimals, exponent, other digits)', fail(['type-error']), (s) =>
      everyNumeric(s, () => odd()),
    );
    wb('type-rich-text-and-hyperlink.xlsx', 'rich text and hyperlinks holding words in numeric columns', fail(['type-error']), (s) => {
      set(s, 'Anggaran', 1, 3, { richText: [{ text: 'seratus ' }, { font: { bold: true }, text: 'juta' }] });
      set(s, 'Indikator', 1, 4, { text: 'seratus sepuluh', hyperlink: 'http://127.0.0.1:9/target' });
      set(s, 'Penempatan', 1, 3, { richText: [{ text: 'dua ' }, { font: { italic: true }, text: 'puluh' }] });
    });
  }

  // --- text numbers with odd spacing / NBSP: accepted with a warning --------------------
  wb('text-number-nbsp.xlsx', 'every number typed as Indonesian text with NBSP / narrow NBSP / zero-width / tab padding', ok(['text-number']), (s) => {
    const pad = cycle([['\u00a0', '\u00a0'], [' ', '  '], ['\u202f', ''], ['\u200b', '\t'], ['\n', '\u00a0\u00a0']]);
    everyNumeric(s, (old) => {
      if (typeof old !== 'number') return old;
      const [a, b] = pad();
      const grouped = new Intl.NumberFormat('id-ID').format(old);
      return `${a}${grouped}${b}`;
    });
    set(s, 'Anggaran', 3, 3, 'Rp\u00a053.955.500,-');
    set(s, 'Anggaran', 2, 3, 'Rp 45.126.000,00');
  });

  // --- negative-value -------------------------------------------------------------------
  wb('negative-everywhere.xlsx', 'negative Pagu, Realisasi anggaran, Target and Jumlah (numbers and "-5.000" text)', fail(['negative-value'], ['text-number']), (s) => {
    everyNumeric(
      s,
      (old, name, _r, col) => {
        if (typeof old !== 'number' || name === 'Skala') return old;
        if (name === 'Indikator' && col !== 4) return old; // realisasi of an indicator may be negative (growth)
        return col % 2 === 0 ? -old - 1 : `-${new Intl.NumberFormat('id-ID').format(old + 1)}`;
      },
      false,
    );
  });

  // --- formula-error ---------------------------------------------------------------------
  const errors = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!'] as const;
  {
    const e = cycle(errors);
    wb('formula-error-results.xlsx', 'formulas whose cached result is #REF!/#N/A/#VALUE!/… in every numeric, text, TW and choice column', fail(['formula-error']), (s) => {
      everyNumeric(s, () => ({ formula: 'A1/0', result: { error: e() } }) as ExcelJS.CellValue);
      everyText(s, () => ({ formula: 'VLOOKUP(A1,Z:Z,2,0)', result: { error: e() } }) as ExcelJS.CellValue);
      for (const [name, col] of Object.entries(TW_COLUMNS)) {
        const rows = sheet(s, name);
        for (let r = 1; r < rows.length; r++) set(s, name, r, col, { formula: '#REF!+1', result: { error: e() } } as ExcelJS.CellValue);
      }
      set(s, 'Indikator', 1, 5, { formula: 'X1', result: { error: '#N/A' } } as ExcelJS.CellValue);
      set(s, 'Indikator', 2, 6, { formula: 'X2', result: { error: '#REF!' } } as ExcelJS.CellValue);
    });
    wb('typed-error-values.xlsx', 'error values typed into cells (no formula): #N/A, #REF!, #VALUE!', fail(['formula-error']), (s) => {
      set(s, 'Anggaran', 1, 3, { error: '#N/A' } as ExcelJS.CellValue);
      set(s, 'Indikator', 2, 4, { error: '#REF!' } as ExcelJS.CellValue);
      set(s, 'Indikator', 2, 2, { error: '#VALUE!' } as ExcelJS.CellValue);
      setIdentitas(s, 'Tahun', { error: '#NUM!' } as ExcelJS.CellValue);
    });
  }
  wb('formula-no-result.xlsx', 'formulas saved without a cached result (written by a script, never opened in Excel)', fail(['formula-error']), (s) => {
    set(s, 'Anggaran', 1, 3, { formula: 'SUM(E2:H2)*2' } as ExcelJS.CellValue);
    set(s, 'Indikator', 2, 4, { formula: '3+3' } as ExcelJS.CellValue);
    set(s, 'Indikator', 2, 2, { formula: '"Jumlah "&"data"' } as ExcelJS.CellValue);
    setIdentitas(s, 'Tahun', { formula: 'YEAR(TODAY())' } as ExcelJS.CellValue);
  });
  wb('formula-with-results.xlsx', 'formulas with cached results everywhere (numbers, text, TW, external refs): accepted', ok(), (s) => {
    // Non-zero results only: a formula that yields 0 is the next case.
    everyNumeric(s, (old) => (typeof old === 'number' && old !== 0 ? ({ formula: `${old}*1`, result: old } as ExcelJS.CellValue) : old));
    set(s, 'Anggaran', 1, 1, { formula: '[1]Master!B2', result: 'Pengelolaan Informasi Pasar Kerja' } as ExcelJS.CellValue);
    set(s, 'Penempatan', 3, 1, { formula: 'ROUNDUP(MONTH(DATE(2023,6,1))/3,0)', result: 2 } as ExcelJS.CellValue);
  });
  wb('formula-falsy-results.xlsx', 'formulas whose cached result is 0 (Realisasi, Jumlah, Batas Bawah) or "" (optional Keterangan, Sumber Dana): accepted', ok(), (s) => {
    set(s, 'Anggaran', 1, 4, { formula: 'E3-E3', result: 0 } as ExcelJS.CellValue);
    set(s, 'Anggaran', 2, 2, { formula: 'IF(FALSE,"DAU","")', result: '' } as ExcelJS.CellValue);
    sheet(s, 'Rincian').push(['IK3', 4, 'Tidak ada CPMI', { formula: 'D2*0', result: 0 } as ExcelJS.CellValue]);
    set(s, 'Indikator', 2, 8, { formula: 'SUM(Z1:Z9)', result: 0 } as ExcelJS.CellValue);
    set(s, 'Indikator', 2, 9, { formula: 'I3+2', result: 2 } as ExcelJS.CellValue);
    set(s, 'Penempatan', 1, 4, { formula: 'IF(D2>100,"Banyak","")', result: '' } as ExcelJS.CellValue);
    set(s, 'Skala', 5, 0, { formula: '91*0', result: 0 } as ExcelJS.CellValue);
  });
  wb(
    'shared-formula-with-results.xlsx',
    'shared formulas (one master, clones by reference) with cached results: accepted',
    ok(),
    () => {},
    (w) => {
      const ws = w.getWorksheet('Anggaran')!;
      // Pagu column D2:D4 as one shared formula whose clones carry their own results.
      ws.getCell('D2').value = { formula: 'E2*0+182244000', result: 182244000, shareType: 'shared', ref: 'D2:D4' } as ExcelJS.CellValue;
      ws.getCell('D3').value = { sharedFormula: 'D2', result: 45126000 } as ExcelJS.CellValue;
      ws.getCell('D4').value = { sharedFormula: 'D2', result: 53955500 } as ExcelJS.CellValue;
    },
  );
  wb(
    'shared-formula-no-result.xlsx',
    'shared formulas without cached results in Realisasi TW2..TW4 (optional cells): blank, as the contract says of an empty formula result',
    ok(),
    () => {},
    (w) => {
      const ws = w.getWorksheet('Indikator')!;
      ws.getCell('J3').value = { formula: 'I3+0', shareType: 'shared', ref: 'J3:L3' } as ExcelJS.CellValue;
      ws.getCell('K3').value = { sharedFormula: 'J3' } as ExcelJS.CellValue;
      ws.getCell('L3').value = { sharedFormula: 'J3' } as ExcelJS.CellValue;
    },
  );

  // --- headers ---------------------------------------------------------------------------
  wb(
    'merged-two-row-header.xlsx',
    'Anggaran with a two-row header: "Realisasi" merged over E1:H1, TW1..TW4 below it',
    fail(['missing-column'], ['unknown-column']),
    (s) => {
      const rows = sheet(s, 'Anggaran');
      rows.splice(0, 1, ['Kode', 'Kegiatan', 'Sumber Dana', 'Pagu', 'Realisasi', undefined, undefined, undefined], [undefined, undefined, undefined, undefined, 'TW1', 'TW2', 'TW3', 'TW4']);
    },
    (w) => {
      const ws = w.getWorksheet('Anggaran')!;
      for (const c of ['A', 'B', 'C', 'D']) ws.mergeCells(`${c}1:${c}2`);
      ws.mergeCells('E1:H1');
    },
  );
  wb(
    'merged-header-cells.xlsx',
    'Indikator header cells merged: "Kode" over A1:B1 hides the Sasaran header',
    fail(['missing-column']),
    (s) => set(s, 'Indikator', 0, 1, 'Sasaran'),
    (w) => w.getWorksheet('Indikator')!.mergeCells('A1:B1'),
  );
  wb('header-after-blank-rows.xlsx', 'headers start below empty rows and right of empty columns (first non-empty row)', ok(), (s) => {
    for (const name of ['Anggaran', 'Indikator', 'Identitas']) {
      const rows = sheet(s, name);
      const shifted = rows.map((r) => [undefined, undefined, ...r]);
      rows.splice(0, rows.length, [], [], ...shifted);
    }
  });
  wb('header-below-title.xlsx', 'a title row above the header: the title is the header row, the real columns are missing (references to an unreadable sheet are not errors of their own)', fail(['missing-column'], ['unknown-column']), (s) => {
    sheet(s, 'Anggaran').unshift(['ANGGARAN BIDANG PENEMPATAN TAHUN 2023']);
  });
  wb('header-loose-names.xlsx', 'headers and sheet names in odd case, spacing, NBSP, _ - . (all match)', ok(), (s) => {
    sheet(s, 'Anggaran')[0] = ['KODE', ' kegiatan ', 'Sumber_Dana', 'PAGU.', 'realisasi tw1', 'Realisasi_TW2', 'REALISASI TW 3', 'Realisasi\u00a0-\u00a0TW4'];
    sheet(s, 'Indikator')[0] = ['kode', 'SASARAN', 'Indikator_Kinerja', 'satuan', 'target', 'polaritas', 'agregasi', 'kegiatan', 'Realisasi TW1', 'Realisasi TW2', 'Realisasi TW3', 'Realisasi TW4'];
    s['tindak_lanjut'] = sheet(s, 'Tindak Lanjut');
    delete s['Tindak Lanjut'];
  });
  wb('duplicate-columns.xlsx', 'Pagu twice in Anggaran, "Realisasi TW1" and "realisasi_tw1" in Indikator', fail(['duplicate-column']), (s) => {
    for (const r of sheet(s, 'Anggaran')) r.push(r === sheet(s, 'Anggaran')[0] ? 'Pagu' : 1);
    const ind = sheet(s, 'Indikator');
    ind[0]!.push('realisasi_tw1');
    for (const r of ind.slice(1)) r.push(99);
  });
  wb('missing-columns.xlsx', 'Indikator without Target and Realisasi TW3, Penempatan without Jumlah', fail(['missing-column']), (s) => {
    for (const r of sheet(s, 'Indikator')) {
      r.splice(10, 1);
      r.splice(4, 1);
    }
    for (const r of sheet(s, 'Penempatan')) r.splice(3, 1);
  });

  // --- empty sheets and header-only sheets ------------------------------------------------
  wb('empty-anggaran-sheet.xlsx', 'Anggaran exists but is empty: its columns are missing (references to it are not errors of their own)', fail(['missing-column']), (s) => {
    s.Anggaran = [];
  });
  wb('empty-identitas-sheet.xlsx', 'Identitas exists but is empty', fail(['missing-column', 'missing-key']), (s) => {
    s.Identitas = [];
  });
  wb('only-header-anggaran.xlsx', 'Anggaran has only its header row', fail(['unknown-reference']), (s) => {
    s.Anggaran = [sheet(s, 'Anggaran')[0]!];
  });
  wb('only-header-identitas.xlsx', 'Identitas has only its header row', fail(['missing-key']), (s) => {
    s.Identitas = [['Kunci', 'Nilai']];
  });
  wb('only-header-optional-sheets.xlsx', 'every optional sheet has only its header row (and Realisasi filled where they fed it)', ok(), (s) => {
    for (const name of ['Pendahuluan', 'Program', 'Penempatan', 'Rincian', 'Analisis', 'Tindak Lanjut', 'Skala']) s[name] = [sheet(s, name)[0]!];
    set(s, 'Indikator', 1, 8, 27);
    set(s, 'Indikator', 3, 8, 100);
  });
  wb('missing-required-sheets.xlsx', 'only an unknown sheet "Sheet1": every required sheet is missing', fail(['missing-sheet'], ['unknown-sheet']), (s) => {
    for (const k of Object.keys(s)) delete s[k];
    s.Sheet1 = [['Kode', 'Nilai'], ['K1', 1]];
  });

  // --- Identitas ---------------------------------------------------------------------------
  wb('identitas-duplicate-keys.xlsx', 'Identitas: "Tahun" twice, "Unit Kerja" and "UNIT_KERJA"', fail(['duplicate-key']), (s) => {
    const rows = sheet(s, 'Identitas');
    rows.push(['Tahun', 2024], ['UNIT_KERJA', 'Bidang Lain']);
  });
  wb('identitas-missing-values.xlsx', 'Identitas: Kota blank, Nama Pejabat whitespace only, Jabatan key absent', fail(['missing-key']), (s) => {
    setIdentitas(s, 'Kota', undefined);
    setIdentitas(s, 'Nama Pejabat', '  \u00a0 ');
    const rows = sheet(s, 'Identitas');
    rows.splice(rows.findIndex((r) => r[0] === 'Jabatan'), 1);
  });
  wb('nip-letters.xlsx', 'NIP Pejabat with letters (O for 0, l for 1)', fail(['invalid-nip']), (s) => setIdentitas(s, 'NIP Pejabat', '19690111 2OO212 2 OO4'));
  wb('nip-17-digits.xlsx', 'NIP Pejabat with 17 digits', fail(['invalid-nip']), (s) => setIdentitas(s, 'NIP Pejabat', '19690111 200212 2 04'));
  wb('nip-feb-30.xlsx', 'NIP Atasan whose birth date is 30 February', fail(['invalid-nip']), (s) => setIdentitas(s, 'NIP Atasan', '19670230 199202 1 001'));
  wb('nip-as-number.xlsx', 'NIP typed as a number: Excel keeps 15 significant digits, so the last digits are gone (196901112002122004 reads back as …2000)', fail(['invalid-nip']), (s) =>
    setIdentitas(s, 'NIP Pejabat', 196901112002122004),
  );
  wb('tahun-dua-ribu.xlsx', 'Tahun "dua ribu"', fail(['type-error']), (s) => setIdentitas(s, 'Tahun', 'dua ribu'));
  wb('tahun-out-of-range.xlsx', 'Tahun 1999', fail(['invalid-year']), (s) => setIdentitas(s, 'Tahun', 1999));
  wb('tahun-fraction.xlsx', 'Tahun 2023.5', fail(['invalid-year']), (s) => setIdentitas(s, 'Tahun', 2023.5));
  wb('tanggal-laporan-invalid.xlsx', 'Tanggal Laporan TW3 "30 Februari 2023", TW4 "besok"', fail(['invalid-date']), (s) => {
    setIdentitas(s, 'Tanggal Laporan TW3', '30 Februari 2023');
    sheet(s, 'Identitas').push(['Tanggal Laporan TW4', 'besok']);
  });
  wb('invalid-choices.xlsx', 'Polaritas "Tinggi", Agregasi "Total", Bagian "Isi", Sebutan Periode "Kuartal"', fail(['invalid-value']), (s) => {
    set(s, 'Indikator', 1, 5, 'Tinggi');
    set(s, 'Indikator', 2, 6, 'Total');
    set(s, 'Pendahuluan', 1, 0, 'Isi');
    setIdentitas(s, 'Sebutan Periode', 'Kuartal');
  });
  wb('unknown-key-and-sheet.xlsx', 'an unknown Identitas key, an unknown column and an unknown sheet: warnings only', ok(['unknown-key', 'unknown-column', 'unknown-sheet']), (s) => {
    sheet(s, 'Identitas').push(['Kepala Seksi', 'Budi']);
    for (const r of sheet(s, 'Anggaran')) r.push(r === sheet(s, 'Anggaran')[0] ? 'Catatan' : 'ok');
    s.Catatan = [['Apa saja'], ['isi bebas']];
  });

  // --- TW values ---------------------------------------------------------------------------
  wb('tw-invalid.xlsx', 'TW 0, "V", "TW5", 2.5, "2.5", TRUE and a date in the TW columns', fail(['invalid-tw']), (s) => {
    set(s, 'Penempatan', 1, 1, 0);
    set(s, 'Penempatan', 2, 1, 'V');
    set(s, 'Penempatan', 3, 1, 'TW5');
    set(s, 'Rincian', 1, 1, 2.5);
    set(s, 'Rincian', 2, 1, '2.5');
    set(s, 'Analisis', 1, 1, true);
    set(s, 'Tindak Lanjut', 2, 1, new Date(Date.UTC(2023, 2, 1)));
  });
  wb('tw-accepted-spellings.xlsx', 'TW written as "I", "tw 1", "TW II", "Triwulan 3", " iv ": accepted', ok(), (s) => {
    set(s, 'Penempatan', 1, 1, 'I');
    set(s, 'Penempatan', 2, 1, 'tw 1');
    set(s, 'Penempatan', 3, 1, 'TW II');
    set(s, 'Rincian', 3, 1, 'Triwulan 3');
    set(s, 'Analisis', 1, 1, ' iii ');
  });

  // --- cross-sheet -------------------------------------------------------------------------
  wb('cross-sheet-errors.xlsx', 'duplicate Kode in Anggaran and Indikator, unknown references, a sum mismatch, target 0', fail(['duplicate-key', 'unknown-reference', 'sum-mismatch', 'zero-target']), (s) => {
    set(s, 'Anggaran', 2, 0, 'K1');
    set(s, 'Indikator', 4, 0, 'IK2');
    set(s, 'Indikator', 2, 7, 'K9');
    set(s, 'Analisis', 1, 0, 'IK9');
    set(s, 'Tindak Lanjut', 1, 0, 'K7');
    set(s, 'Indikator', 1, 9, 41);
    set(s, 'Indikator', 3, 4, 0);
  });
  wb('required-cells-blank.xlsx', 'blank Kode, Kegiatan, Pagu, Target, Perusahaan and Isi cells', fail(['required-value']), (s) => {
    set(s, 'Anggaran', 2, 1, undefined);
    set(s, 'Anggaran', 2, 3, ' ');
    set(s, 'Indikator', 4, 4, undefined);
    set(s, 'Penempatan', 2, 2, '\u00a0');
    set(s, 'Analisis', 2, 2, undefined);
    set(s, 'Pendahuluan', 3, 1, undefined);
  });

  // --- hostile text (all valid) --------------------------------------------------------------
  {
    const p = cycle(HTML_PAYLOADS);
    wb('hostile-html.xlsx', 'HTML/script/img/link/iframe markup in every free-text field', ok(), (s) => everyText(s, (old) => `${String(old)} ${p()}`));
  }
  {
    const p = cycle(TEMPLATE_PAYLOADS);
    wb('hostile-handlebars.xlsx', 'Handlebars and template-literal syntax in every free-text field', ok(), (s) => everyText(s, (old) => `${p()} ${String(old)}`));
  }
  {
    const p = cycle(RTL_PAYLOADS);
    wb('hostile-rtl-unicode.xlsx', 'RTL overrides, isolates, zero-width characters, combining marks and emoji in every free-text field (bidi controls removed with a warning; characters no bundled font has are warned about)', ok(['bidi-control', 'unsupported-character']), (s) =>
      everyText(s, (old) => `${p()} ${String(old)}`),
    );
  }
  add(
    'hostile-control-chars.xlsx',
    'control characters (NUL, BEL, ESC colour sequences, DEL, C1) in text, an unknown key and an unknown column header',
    ok(['unknown-key', 'unknown-column']),
    async () => {
      const s = mutate((x) => {
        everyText(x, (old) => `${String(old)} CTRL_`);
        sheet(x, 'Identitas').push(['KUNCI_CTRL', 'nilai']);
        for (const r of sheet(x, 'Anggaran')) r.push(r === sheet(x, 'Anggaran')[0] ? 'HEADER_CTRL' : 'x');
      });
      const buf = await xlsx(s);
      const ctl = cycle(CONTROL_PAYLOADS);
      return patchZip(buf, (name, text) => {
        if (name !== 'xl/sharedStrings.xml') return null;
        return text
          .replace(/CTRL_/g, () => ctl().replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;'))
          .replace('KUNCI_CTRL', 'Kunci_x001B_]0;judul palsu_x0007_ aneh')
          .replace('HEADER_CTRL', 'Kolom_x001B_[2J_x001B_[H bersih');
      });
    },
  );
  wb('hostile-sheet-names.xlsx', 'extra sheets named with markup, RTL and braces: unknown-sheet warnings only', ok(['unknown-sheet']), (s) => {
    s['<b>x<b> {{this}}'] = [['a'], ['b']];
    s['\u202Eataddah'] = [['a']];
    s['Anggaran_'] = [['Kode'], ['K1']];
  });

  // --- cell-too-long (limit 20 000 characters) -----------------------------------------------
  wb('cell-too-long-text.xlsx', '100 000-character cells in Analisis Isi, Sasaran and Nama Pejabat', fail(['cell-too-long']), (s) => {
    set(s, 'Analisis', 1, 2, LONG);
    set(s, 'Indikator', 3, 1, LONG);
    setIdentitas(s, 'Nama Pejabat', LONG);
  });
  wb('cell-too-long-number.xlsx', 'a 100 000-digit "number" typed as text in Target and Pagu', fail(['cell-too-long']), (s) => {
    set(s, 'Indikator', 2, 4, '9'.repeat(100_000));
    set(s, 'Anggaran', 1, 3, `Rp ${'1'.repeat(100_000)},-`);
  });
  add(
    'cell-too-long-elsewhere.xlsx',
    '100 000 characters in a column header, an Identitas key, a TW cell and a Polaritas cell (warnings not checked)',
    { exit: 1, codes: ['cell-too-long'] },
    () =>
      xlsx(
        mutate((s) => {
          for (const r of sheet(s, 'Anggaran')) r.push(r === sheet(s, 'Anggaran')[0] ? LONG : 'x');
          sheet(s, 'Identitas').push([LONG, 'nilai']);
          set(s, 'Penempatan', 1, 1, `TW ${LONG}`);
          set(s, 'Indikator', 1, 5, LONG);
        }),
      ),
  );
  wb(
    'many-long-headers.xlsx',
    '60 unknown columns in Anggaran and Indikator whose headers are 20 000 characters each (at the cell limit): warnings only',
    ok(['unknown-column']),
    (s) => {
      for (const name of ['Anggaran', 'Indikator']) {
        const header = sheet(s, name)[0]!;
        for (let i = 0; i < 30; i++) header.push(`${name} ${String(i).padStart(3, '0')} ${LONG}`.slice(0, 20_000));
      }
    },
  );
  wb('cell-just-under-limit.xlsx', 'a 20 000-character Analisis Isi: at the limit, accepted', ok(), (s) => {
    set(s, 'Analisis', 1, 2, LONG.slice(0, 20_000));
  });

  // --- row limits -----------------------------------------------------------------------------
  add('too-many-rows.xlsx', `Rincian with ${MAX_ROWS + 100} data rows (limit ${MAX_ROWS})`, fail(['too-many-rows']), async () => {
    const s = baseSheets();
    const rows: string[] = [];
    for (let r = 5; r <= MAX_ROWS + 104; r++) rows.push(`<row r="${r}"><c r="D${r}"><v>0</v></c></row>`);
    return appendRowsXml(await xlsx(s), sheetPart(s, 'Rincian'), rows.join(''));
  });
  add('too-many-indikator.xlsx', `Indikator with ${MAX_INDIKATOR + 1} indicators (limit ${MAX_INDIKATOR} per report)`, fail(['too-many-rows']), () =>
    xlsx(
      mutate((s) => {
        const rows = sheet(s, 'Indikator');
        for (let i = 5; i <= MAX_INDIKATOR + 1; i++) rows.push([`IK${i}`, undefined, `Indikator ${i}`, 'orang', 10, 'Positif', 'Kumulatif', 'K1', 1, 1, 1, 1]);
      }),
    ),
  );
  add(
    'styled-empty-rows.xlsx',
    `Anggaran with a border drawn on every row down to row ${MAX_ROWS + 1000} but only 3 data rows: fully empty rows are skipped`,
    ok(),
    async () => {
      const s = baseSheets();
      const buf = await xlsx(s, (w) => {
        w.getWorksheet('Anggaran')!.getCell('A5').border = { bottom: { style: 'thin' } };
      });
      let style = '';
      const part = sheetPart(s, 'Anggaran');
      const patched = patchZip(buf, (name, text) => {
        if (name !== part) return null;
        style = /<c r="A5" s="(\d+)"/.exec(text)?.[1] ?? '';
        return text;
      });
      if (!style) throw new Error('styled-empty-rows: no style on A5');
      const rows: string[] = [];
      for (let r = 6; r <= MAX_ROWS + 1000; r++) rows.push(`<row r="${r}" s="${style}" customFormat="1"><c r="A${r}" s="${style}"/></row>`);
      return appendRowsXml(patched, part, rows.join(''));
    },
  );

  // --- not a workbook ----------------------------------------------------------------------------
  add('empty-file.xlsx', '0 bytes', fileFail('not-xlsx'), () => Buffer.alloc(0));
  add('csv-renamed.xlsx', 'a CSV export renamed .xlsx', fileFail('not-xlsx'), () => Buffer.from('Kunci;Nilai\r\nTahun;2023\r\nKota;Lumajang\r\n'));
  add('html-renamed.xlsx', 'an HTML table "Excel export" renamed .xlsx', fileFail('not-xlsx'), () =>
    Buffer.from('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>Kunci</td><td>Nilai</td></tr></table><script>alert(1)</script></body></html>'),
  );
  add('png-renamed.xlsx', 'a PNG image renamed .xlsx', fileFail('not-xlsx'), () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d5b5a40000000049454e44ae426082', 'hex');
    return png;
  });
  add('ole-xls.xlsx', 'an old .xls (OLE compound file header) renamed .xlsx', fileFail('not-xlsx'), () => {
    const b = Buffer.alloc(1536);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(b, 0);
    b.writeUInt16LE(0x3e, 24);
    b.writeUInt16LE(0x03, 26);
    b.writeUInt16LE(0xfffe, 28);
    b.writeUInt16LE(9, 30);
    Buffer.from('Workbook', 'utf16le').copy(b, 1024);
    return b;
  });
  add('ole-encrypted.xlsx', 'a password-protected .xlsx (OLE container with EncryptedPackage)', fileFail('not-xlsx'), () => {
    const b = Buffer.alloc(2048);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(b, 0);
    Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(b, 1152);
    return b;
  });
  add('zip-of-text-files.xlsx', 'a zip of random text files (no xl/workbook.xml)', fileFail('not-xlsx'), () => {
    const rnd = mulberry32(42);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < 5; i++) {
      const words = Array.from({ length: 200 }, () => Math.floor(rnd() * 1e9).toString(36)).join(' ');
      entries.push({ name: `catatan/teks-${i}.txt`, data: Buffer.from(words) });
    }
    return makeZip(entries);
  });
  add('ods-like.xlsx', 'an OpenDocument spreadsheet (mimetype + content.xml) renamed .xlsx', fileFail('not-xlsx'), () =>
    makeZip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), method: 0 },
      { name: 'content.xml', data: Buffer.from('<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet/></office:body></office:document-content>') },
      { name: 'META-INF/manifest.xml', data: Buffer.from('<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>') },
    ]),
  );
  add('xlsb-like.xlsx', 'a binary workbook (.xlsb: xl/workbook.bin) renamed .xlsx', fileFail('not-xlsx'), () =>
    makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      { name: 'xl/workbook.bin', data: Buffer.from([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]) },
    ]),
  );
  add('truncated-half.xlsx', 'the valid base cut in half', fileFail('not-xlsx'), async () => {
    const b = await xlsx(baseSheets());
    return b.subarray(0, Math.floor(b.length / 2));
  });
  add('truncated-tail.xlsx', 'the valid base without its last 10 bytes (end-of-central-directory cut)', fileFail('not-xlsx'), async () => {
    const b = await xlsx(baseSheets());
    return b.subarray(0, b.length - 10);
  });
  add('corrupt-deflate.xlsx', 'the valid base with the compressed bytes of every part overwritten by garbage', fileFail('not-xlsx'), async () => {
    const b = Buffer.from(await xlsx(baseSheets()));
    // entryData is a view into b: filling it overwrites each part's stored bytes in place.
    for (const r of centralDirectory(b) ?? []) entryData(b, r)?.fill(0xff);
    return b;
  });
  add('encrypted-zip.xlsx', 'an .xlsx zip whose entries are flagged as encrypted', fileFail('not-xlsx'), async () =>
    makeZip(readZip(await xlsx(baseSheets())).map((e) => ({ ...e, flags: 1 }))),
  );
  add('empty-zip.xlsx', 'an empty zip archive (end-of-central-directory only)', fileFail('not-xlsx'), () => makeZip([]));
  add('garbage-workbook-xml.xlsx', 'xl/workbook.xml that is not XML', fileFail('not-xlsx'), () =>
    makeZip(xlsxSkeleton(null).map((e) => (e.name === 'xl/workbook.xml' ? { ...e, data: Buffer.from('<<<< dies ist kein XML \u0000') } : e))),
  );
  add('billion-laughs.xlsx', 'a worksheet with a DTD entity-expansion bomb (billion laughs)', fileFail('not-xlsx'), () => {
    const ents = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i <= 9; i++) ents.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [${ents.join('')}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
    return makeZip(xlsxSkeleton(Buffer.from(xml)));
  });
  add('external-entity.xlsx', 'a worksheet with an external entity (XXE) pointing at /etc/passwd', fileFail('not-xlsx'), () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`;
    return makeZip(xlsxSkeleton(Buffer.from(xml)));
  });

  // --- size limits of the container ---------------------------------------------------------------
  add('zip-bomb.xlsx', 'a worksheet entry that inflates to 300 MB of zeros (~300 KB on disk), sizes declared honestly', fileFail('file-too-large'), () => {
    const size = 300 * MB;
    return makeZip(xlsxSkeleton(null).concat([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), compressed: deflatedZeros(size), size }]));
  });
  add('zip-bomb-lying-size.xlsx', 'a worksheet entry that inflates to 220 MB (limit 200 MB) while its headers declare 1 KB', fileFail('file-too-large'), () => {
    const size = 220 * MB;
    return makeZip(xlsxSkeleton(null).concat([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), compressed: deflatedZeros(size), size, declaredSize: 1024 }]));
  });
  add('zip-declared-huge.xlsx', 'a tiny entry whose central directory declares 4 GB - 2 bytes', fileFail('file-too-large'), () =>
    makeZip(xlsxSkeleton(Buffer.from('<worksheet/>')).map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, declaredSize: 0xfffffffe } : e))),
  );
  add('zip64-marker.xlsx', 'an entry whose size is the zip64 marker 0xFFFFFFFF', fileFail('file-too-large'), () =>
    makeZip(xlsxSkeleton(Buffer.from('<worksheet/>')).map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, declaredSize: 0xffffffff } : e))),
  );
  add('zip-many-entries.xlsx', `${DEFAULT_LIMITS.maxZipEntries + 100} empty entries (limit ${DEFAULT_LIMITS.maxZipEntries})`, fileFail('file-too-large'), () => {
    const entries = xlsxSkeleton(Buffer.from('<worksheet/>'));
    for (let i = 0; i < DEFAULT_LIMITS.maxZipEntries + 100; i++) entries.push({ name: `m/${i}`, data: Buffer.alloc(0), method: 0 });
    return makeZip(entries);
  });
  add('macro-workbook.xlsx', 'the valid base with a VBA project part (an .xlsm renamed): macros are never run, data is valid', ok(), async () => {
    const entries = readZip(await xlsx(baseSheets()));
    entries.push({ name: 'xl/vbaProject.bin', data: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.from('Attribute VB_Name = "Module1"\nSub Auto_Open()\nShell "calc.exe"\nEnd Sub\n')]) });
    return makeZip(entries);
  });

  // --- what Excel shows (Amendments turn 2) ------------------------------------------------
  // IK5 is a percentage indicator typed the Excel way: target 75 % and realisations 50 %,
  // 60 % and 70,25 % in percent-formatted cells (stored 0.75, 0.5, 0.6, 0.7025). Read as shown:
  // target 75, Terakhir up to TW3 = 70,25, capaian 70,25 / 75 × 100 = 93,666… → 93,67.
  // IK4's `0"%"` and `0\%` formats are literal text: its figures stay (5, 4, 3 → Rata-rata 4;
  // Negatif: (2 × 10 − 4) / 10 × 100 = 160).
  const percentSheets = (s: Sheets) => {
    sheet(s, 'Indikator').push(['IK5', undefined, 'Persentase pencari kerja terdaftar yang ditempatkan', '%', 0.75, 'Positif', 'Terakhir', 'K3', 0.5, 0.6, 0.7025, undefined]);
  };
  const percentFormats = (w: ExcelJS.Workbook) => {
    const ws = w.getWorksheet('Indikator')!;
    ws.getCell('E6').numFmt = '0%';
    ws.getCell('I6').numFmt = '0%';
    ws.getCell('J6').numFmt = '#,##0.00%';
    ws.getCell('K6').numFmt = '0.00%';
    ws.getCell('E5').numFmt = '0"%"';
    ws.getCell('I5').numFmt = '0\\%';
  };
  const percentExpected: Expected = {
    ...ok(['percent-format']),
    tw: 3,
    problems: ['percent-format Indikator!E6', 'percent-format Indikator!I6', 'percent-format Indikator!J6', 'percent-format Indikator!K6'],
    messages: ['0,7025', '70,25'],
    figures: {
      indikator: {
        IK5: { target: 75, realisasi: 70.25, capaian: 93.67 },
        IK4: { target: 10, realisasi: 4, capaian: 160 },
      },
    },
  };
  wb('percent-format-figures.xlsx', 'percent-formatted target and realisations (0%, 0.00%, #,##0.00%) read as shown, with a warning per cell; literal 0"%" and 0\\% do not scale', percentExpected, percentSheets, percentFormats);
  add(
    'percent-format-libreoffice.xlsx',
    'percent-format-figures.xlsx as LibreOffice Calc saves it (its own format codes, 0"%" rewritten as 0\\%): the same figures',
    percentExpected,
    () => libreOfficeCopy(path.join(OUT, 'percent-format-figures.xlsx')),
  );
  // Pagu K1 in an accounting format, K2 in a currency format, K3 as "53.955.500" in a text
  // (@) cell; Realisasi TW1 K1 in a custom #.##0, TW2 K1 in the scaling #,##0, (Excel shows
  // 15.000): every stored value is kept. K1 up to TW3: 10 000 000 + 15 000 000 + 20 000 000.
  wb(
    'number-formats-as-displayed.xlsx',
    'accounting, currency, custom #.##0 and text-formatted numbers read as the number; a scaling format keeps the stored value with a warning',
    {
      ...ok(['scaled-format', 'text-number']),
      tw: 3,
      problems: ['scaled-format Anggaran!F2', 'text-number Anggaran!D4'],
      figures: { anggaran: { K1: { pagu: 182244000, realisasi: 45000000 }, K2: { pagu: 45126000 }, K3: { pagu: 53955500 } } },
    },
    (s) => set(s, 'Anggaran', 3, 3, '53.955.500'),
    (w) => {
      const ws = w.getWorksheet('Anggaran')!;
      ws.getCell('D2').numFmt = '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_);_(@_)';
      ws.getCell('D3').numFmt = '[$Rp-421]#,##0';
      ws.getCell('D4').numFmt = '@';
      ws.getCell('E2').numFmt = '#.##0';
      ws.getCell('F2').numFmt = '#,##0,';
    },
  );
  wb(
    'date-in-number-cell.xlsx',
    'dates in Pagu and in realisation cells (every quarter of IK4): one type error each, no "masih kosong"/belum diukur warning on those cells',
    { ...fail(['type-error']), tw: 3, problems: ['type-error Anggaran!D3', 'type-error Indikator!I3', 'type-error Indikator!I5', 'type-error Indikator!L5'], messages: ['tanggal'] },
    (s) => {
      set(s, 'Anggaran', 2, 3, new Date(Date.UTC(2023, 2, 15)));
      set(s, 'Indikator', 2, 8, new Date(Date.UTC(2023, 0, 5)));
      for (const c of [8, 9, 10, 11]) set(s, 'Indikator', 4, c, new Date(Date.UTC(2023, c - 8, 1)));
    },
  );
  wb('decimal-point-text.xlsx', '"65.5" typed as text in Target: an error whose message says to write 65,5', { ...fail(['type-error']), problems: ['type-error Indikator!E3'], messages: ['65,5'] }, (s) =>
    set(s, 'Indikator', 2, 4, '65.5'),
  );
  wb(
    'bidi-controls.xlsx',
    'bidi overrides, isolates and marks in Nama Pejabat, a kegiatan, an indikator and a number typed as text: removed, one warning per cell',
    {
      ...ok(['bidi-control', 'text-number']),
      tw: 3,
      problems: ['bidi-control Identitas!B10', 'bidi-control Anggaran!B2', 'bidi-control Indikator!C3', 'bidi-control Anggaran!D3'],
      figures: { anggaran: { K2: { pagu: 45126000 } } },
    },
    (s) => {
      setIdentitas(s, 'Nama Pejabat', 'Ir. \u202EHAKHORABUM MUNAH\u202C');
      set(s, 'Anggaran', 1, 1, '\u2067Pengelolaan Informasi Pasar Kerja\u2069');
      set(s, 'Indikator', 2, 2, 'Jumlah data pasar kerja\u200F yang dikelola\u061C');
      set(s, 'Anggaran', 2, 3, '\u200E45.126.000\u202A');
    },
  );

  // --- plausibility (Amendments turn 2) ------------------------------------------------------
  // K2 up to TW3: 5 000 000 + 7 500 000 + 40 000 000 = 52 500 000 > pagu 45 126 000, crossed in TW3 (G3).
  wb('realisasi-over-pagu.xlsx', 'realisasi anggaran up to TW3 above the pagu: a warning at the quarter that crosses it', { ...ok(['realisasi-over-pagu']), tw: 3, problems: ['realisasi-over-pagu Anggaran!G3'], messages: ['melebihi pagu'] }, (s) =>
    set(s, 'Anggaran', 2, 6, 40000000),
  );
  wb(
    'implausible-dates.xlsx',
    'Tanggal Laporan TW3 15 September 2023 (before the quarter ends) and TW1 5 April 2025 (outside Tahun/Tahun+1)',
    { ...ok(['implausible-date']), tw: 3, problems: ['implausible-date Identitas!B16', 'implausible-date Identitas!B17'] },
    (s) => {
      setIdentitas(s, 'Tanggal Laporan TW3', new Date(Date.UTC(2023, 8, 15)));
      sheet(s, 'Identitas').push(['Tanggal Laporan TW1', new Date(Date.UTC(2025, 3, 5))]);
    },
  );
  // IK2 up to TW3: 1 + 1 + 200 = 202 of target 6 → 202 / 6 × 100 = 3 366,666… → 3 366,67 %.
  wb(
    'capaian-over-1000.xlsx',
    'a capaian above 1 000 % (a realisation with extra zeros): a warning at the last filled quarter, figures as printed',
    { ...ok(['capaian-over-1000']), tw: 3, problems: ['capaian-over-1000 Indikator!K3'], figures: { indikator: { IK2: { target: 6, realisasi: 202, capaian: 3366.67 } } } },
    (s) => set(s, 'Indikator', 2, 10, 200),
  );
  wb(
    'percent-thousands.xlsx',
    'a % indicator whose target is "92.000" typed as text and whose realisation 5 000 is shown with a thousands separator',
    { ...ok(['percent-thousands', 'text-number']), tw: 3, problems: ['percent-thousands Indikator!E5', 'percent-thousands Indikator!I5'], messages: ['92.000'] },
    (s) => {
      set(s, 'Indikator', 4, 4, '92.000');
      set(s, 'Indikator', 4, 8, 5000);
    },
    (w) => {
      w.getWorksheet('Indikator')!.getCell('I5').numFmt = '#,##0';
    },
  );
  add(
    'example-unchanged.xlsx',
    'the workbook `lkj init` writes, untouched: its example Identitas, Anggaran and Indikator rows are warnings',
    {
      ...ok(['example-unchanged']),
      tw: 3,
      problems: ['example-unchanged Identitas!B10', 'example-unchanged Identitas!B11', 'example-unchanged Anggaran!B2', 'example-unchanged Indikator!C2'],
    },
    async () => Buffer.from(await buildTemplateWorkbook()),
  );
  wb('negative-realisasi-indikator.xlsx', 'a negative realisation of an indicator (-1 in IK2 TW2)', { ...fail(['negative-value']), problems: ['negative-value Indikator!J3'] }, (s) =>
    set(s, 'Indikator', 2, 9, -1),
  );
  wb('invalid-skala.xlsx', 'a Skala with a repeated Batas Bawah (76 twice) and a negative one (-5)', { ...fail(['invalid-skala']), problems: ['invalid-skala Skala!A4', 'invalid-skala Skala!A5'] }, (s) => {
    set(s, 'Skala', 3, 0, 76);
    set(s, 'Skala', 4, 0, -5);
  });

  list.push({ file: 'directory.xlsx', about: 'a directory named like a workbook', expected: fileFail('not-a-file'), make: () => Buffer.alloc(0), dir: true });
  return list;
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const all = cases();
  const names = new Set(all.map((c) => c.file));
  if (names.size !== all.length) throw new Error('duplicate corpus file name');

  for (const f of await readdir(OUT)) {
    if (f !== 'expected.json' && !names.has(f)) {
      await rm(path.join(OUT, f), { recursive: true, force: true });
      console.log(`removed stale ${f}`);
    }
  }

  const expected: Record<string, Expected & { about: string }> = {};
  let total = 0;
  for (const c of all) {
    const file = path.join(OUT, c.file);
    if (c.dir) {
      await rm(file, { recursive: true, force: true });
      await mkdir(file, { recursive: true });
      // git keeps no empty directories.
      await writeFile(path.join(file, '.gitkeep'), '');
    } else {
      const bytes = await c.make();
      await writeFile(file, bytes);
      total += bytes.length;
    }
    const e: Expected & { about: string } = { about: c.about, exit: c.expected.exit, codes: [...c.expected.codes].sort() };
    if (c.expected.warnings) e.warnings = [...c.expected.warnings].sort();
    if (c.expected.tw !== undefined) e.tw = c.expected.tw;
    if (c.expected.problems) e.problems = c.expected.problems;
    if (c.expected.messages) e.messages = c.expected.messages;
    if (c.expected.figures) e.figures = c.expected.figures;
    expected[c.file] = e;
    const size = c.dir ? 'dir' : `${((await stat(file)).size / 1024).toFixed(1)} KB`;
    console.log(`${c.file.padEnd(40)} ${size.padStart(10)}  exit ${e.exit} ${e.codes.join(',') || '-'}${e.warnings?.length ? ` (${e.warnings.join(',')})` : ''}`);
  }
  await writeFile(path.join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`wrote ${all.length} corpus entries, ${(total / MB).toFixed(2)} MB, and expected.json`);
}

await main();
