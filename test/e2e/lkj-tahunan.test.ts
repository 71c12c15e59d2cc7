import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outlinePages, type OutlinePage } from '../../src/output/pdf/outline-pages.js';
import { cli } from '../helpers/run-cli.js';
import { flat, pdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';

/** The two samples with a full year and a Renstra sheet. */
const SAMPLES = [
  { file: 'samples/dinkes-bidang-p2p.xlsx', name: 'LKj_Tahunan_2023_bidang-pencegahan-dan-pengendalian-penyakit.pdf' },
  { file: 'samples/bidang-pelatihan-produktivitas.xlsx', name: null },
];

const PARTS = [
  'KATA PENGANTAR',
  'IKHTISAR EKSEKUTIF',
  'DAFTAR ISI',
  'DAFTAR TABEL',
  'DAFTAR GRAFIK',
  'BAB I PENDAHULUAN',
  'A. Latar Belakang',
  'BAB II PERENCANAAN KINERJA',
  'A. Rencana Strategis',
  'B. Perjanjian Kinerja',
  'BAB III AKUNTABILITAS KINERJA',
  'A. Capaian Kinerja Organisasi',
  'B. Realisasi Anggaran',
  'BAB IV PENUTUP',
  'A. Kesimpulan',
  'B. Tindak Lanjut',
  'LAMPIRAN',
];

interface CalcJson {
  indikator: { kode: string; capaian: number | null; realisasi: number | null; riwayat: { tahun: number; capaian: number | null }[]; capaianTargetAkhir: number | null }[];
  ringkasan: { pagu: number; realisasi: number; capaianAnggaran: number | null; jumlahIndikator: number };
}

/** Indonesian number text of a JSON figure: `1234567.5` → `1.234.567,50` with `decimals`. */
function id(x: number, decimals: number): string {
  const [int, frac] = x.toFixed(decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

/**
 * The lines of a printed list (Daftar Isi / Tabel / Grafik) as title + page: a title that
 * wraps continues on the next line, the page number ends its last line.
 */
function listLines(pages: string[], heading: string): { title: string; page: number }[] {
  const out: { title: string; page: number }[] = [];
  let pending = '';
  for (const raw of pages.join('\n').split('\n')) {
    const line = raw.trim();
    if (line === '' || line === heading || /^\d+$/.test(line) && pending === '') continue;
    const m = /^(.*\S)\s+(\d+)$/.exec(line);
    if (m) {
      out.push({ title: flat(`${pending} ${m[1]!}`).trim(), page: Number(m[2]) });
      pending = '';
    } else {
      pending = `${pending} ${line}`;
    }
  }
  return out;
}

describe.each(SAMPLES)('lkj generate --dokumen lkj-tahunan $file', ({ file, name }) => {
  let out: string;
  let pdfPath: string;
  let pages: string[];
  let outline: OutlinePage[];
  let calc: CalcJson;

  beforeAll(async () => {
    out = tempDir();
    const r = await cli(['generate', '--dokumen', 'lkj-tahunan', '--out', out, file]);
    expect(r.stderr).not.toContain('galat');
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^LKj_Tahunan_2023_[a-z0-9-]+\.pdf$/);
    if (name !== null) expect(files[0]).toBe(name);
    pdfPath = join(out, files[0]!);
    pages = (await pdfText(pdfPath)).split('\f').slice(0, -1);
    outline = await outlinePages(readFileSync(pdfPath));
    const c = await cli(['calc', '--tahunan', '--format', 'json', file]);
    expect(c.code).toBe(0);
    calc = JSON.parse(c.stdout) as CalcJson;
  }, 120_000);

  it('has every part, each bookmarked on the page where its heading is printed', () => {
    const titles = outline.map((o) => o.title);
    expect(titles[0]).toBe('Sampul');
    for (const part of PARTS) expect(titles).toContain(part);
    for (const o of outline.slice(1)) {
      expect(o.page, o.title).not.toBeNull();
      // Headings print their number and title on separate lines (BAB I / PENDAHULUAN): compare without spaces.
      const onPage = flat(pages[o.page! - 1]!).replace(/\s/g, '');
      expect(onPage, `${o.title} on page ${o.page}`).toContain(o.title.replace(/\s/g, ''));
    }
  });

  it('prints in Daftar Isi, Daftar Tabel and Daftar Grafik the real page of every entry', () => {
    const pageOf = (title: string) => outline.find((o) => o.title === title)!.page!;
    const range = (from: string, to: string) => pages.slice(pageOf(from) - 1, pageOf(to) - 1);
    const isi = listLines(range('DAFTAR ISI', 'DAFTAR TABEL'), 'DAFTAR ISI');
    const tabel = listLines(range('DAFTAR TABEL', 'DAFTAR GRAFIK'), 'DAFTAR TABEL');
    const grafik = listLines(range('DAFTAR GRAFIK', 'BAB I PENDAHULUAN'), 'DAFTAR GRAFIK');
    const headings = outline.slice(1).filter((o) => !/^(Tabel|Grafik) /.test(o.title) && o.title !== 'DAFTAR ISI');
    // Compared without spaces: a wrapped title joins its lines with one (`2022–` / `2023`).
    const ns = (l: { title: string; page: number | null }) => ({ title: l.title.replace(/\s/g, ''), page: l.page });
    expect(isi.map((l) => ns(l).title)).toEqual(headings.map((o) => ns(o).title));
    expect(isi.map((l) => l.page)).toEqual(headings.map((o) => o.page));
    const tables = outline.filter((o) => o.title.startsWith('Tabel '));
    expect(tables.length).toBeGreaterThan(5);
    expect(tabel.map(ns)).toEqual(tables.map(ns));
    const charts = outline.filter((o) => o.title.startsWith('Grafik '));
    expect(charts.length).toBeGreaterThan(0);
    expect(grafik.map(ns)).toEqual(charts.map(ns));
  });

  it('prints the figures of calc --tahunan', () => {
    const text = flat(pages.join('\n'));
    for (const ind of calc.indikator) {
      if (ind.capaian !== null) expect(text).toContain(id(ind.capaian, 2));
      if (ind.capaianTargetAkhir !== null) expect(text).toContain(`${id(ind.capaianTargetAkhir, 2)} %`);
      for (const r of ind.riwayat) if (r.capaian !== null) expect(text).toContain(id(r.capaian, 2));
    }
    const r = calc.ringkasan;
    expect(text).toContain(`Rp ${id(r.pagu, 0)},-`);
    expect(text).toContain(`Rp ${id(r.realisasi, 0)},-`);
    if (r.capaianAnggaran !== null) expect(text).toContain(`${id(r.capaianAnggaran, 2)} %`);
    expect(text).toContain(`mengukur ${r.jumlahIndikator} indikator kinerja`);
  });
});

describe('lkj-tahunan in batch', () => {
  it('prints the same bytes as generate (both print twice for the page numbers)', async () => {
    const sample = SAMPLES[0]!;
    const single = tempDir();
    expect((await cli(['generate', '--dokumen', 'lkj-tahunan', '--out', single, sample.file])).code).toBe(0);
    const input = tempDir();
    copyFileSync(sample.file, join(input, 'unit.xlsx'));
    // The sample's Logo is a path beside it.
    copyFileSync('samples/logo-contoh.svg', join(input, 'logo-contoh.svg'));
    const out = tempDir();
    const r = await cli(['batch', '--dokumen', 'lkj-tahunan', '--out', out, input]);
    expect(r.code).toBe(0);
    expect(Buffer.compare(readFileSync(join(out, sample.name!)), readFileSync(join(single, sample.name!)))).toBe(0);
  }, 120_000);
});

describe('lkj-tahunan usage', () => {
  it('refuses --tw (exit 2), writing nothing', async () => {
    const out = tempDir();
    const r = await cli(['generate', '--dokumen', 'lkj-tahunan', '--tw', '4', '--out', out, SAMPLES[0]!.file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--tw');
    expect(readdirSync(out)).toEqual([]);
  });
});
