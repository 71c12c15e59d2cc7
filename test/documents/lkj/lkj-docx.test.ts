import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/pipeline/build-report.js';
import type { ReportViewModel } from '../../../src/documents/lkj/report-view-model.js';
import { validateFile } from '../../../src/validate/validate-file.js';
import { centralDirectory, entryData } from '../../../src/write/zip.js';
import { cli } from '../../helpers/run-cli.js';

const SAMPLE = 'samples/bidang-penempatan.xlsx';

/** The .docx's parts by name (read back through the project's zip walker and zlib). */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  const records = centralDirectory(buf);
  if (!records) throw new Error('not a zip');
  const out = new Map<string, string>();
  for (const r of records) {
    const data = entryData(buf, r)!;
    out.set(r.name, (r.method === 8 ? inflateRawSync(data) : data).toString('latin1'));
  }
  return out;
}

const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

interface Para {
  xml: string;
  style: string | null;
  text: string;
}

/** Paragraphs of a WordprocessingML part, in order, with their style and text. */
function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    xml: m[0],
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? null,
    text: unescape([...m[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|tab)\/>/g)].map((t) => t[1] ?? (t[2] === 'br' ? '\n' : '\t')).join('')),
  }));
}

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[0]);

/** Twips → millimetres. */
const mm = (twips: number) => (twips / 1440) * 25.4;

let dir: string;
let vm: ReportViewModel;
let docx: Uint8Array;
let parts: Map<string, string>;
let body: string;

async function build(paper: 'A4' | 'F4') {
  const v = await validateFile(SAMPLE, { tw: 3 });
  return buildReport({ ...v, workbook: v.workbook! }, { tw: 3, format: 'docx', paper, charts: true, timeoutMs: 60_000 });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lkj-docx-'));
  const r = await build('A4');
  vm = r.vm as ReportViewModel;
  docx = r.docx!;
  parts = unzip(docx);
  body = utf8(parts.get('word/document.xml')!);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lkj generate --format docx (quarterly LKj)', () => {
  it('carries the figures of the contract arithmetic for TW3 of the sample', () => {
    const text = paragraphs(body).map((p) => p.text).join('\n');
    // Indikator IK1: target 110 orang, realisasi 153 orang; kegiatan pagu 53.955.500, realisasi 13.600.000.
    const capaian = (153 / 110) * 100;
    const capaianAnggaran = (13_600_000 / 53_955_500) * 100;
    const id = (x: number) => x.toFixed(2).replace('.', ',');
    expect(id(capaian)).toBe('139,09');
    expect(text).toContain(id(capaian));
    expect(text).toContain(id(capaianAnggaran));
    // Efisiensi = capaian kinerja − capaian anggaran (column 10 = 9 − 6), of the rounded figures.
    expect(text).toContain(id(Number(capaian.toFixed(2)) - Number(capaianAnggaran.toFixed(2))));
  });

  it('prints every string of the view model it maps (no second source of wording)', () => {
    const text = paragraphs(body).map((p) => p.text).join('\n');
    const ck = vm.bab2.capaianKinerja;
    const expected = [
      ...vm.bab1.dasar,
      ...vm.bab1.fungsi.map((f) => f.text),
      ...ck.rows.flatMap((r) => [r.indikator, r.target, r.realisasi, r.capaian, r.keterangan]),
      ...ck.costRows.flatMap((r) => [r.pagu, r.realisasiAnggaran, r.capaianAnggaran, r.efisiensi]),
      ...vm.bab2.evaluasi.items.map((i) => i.lead),
      ...vm.bab2.tanggapan.options,
      ...vm.bab3.paragraphs,
      vm.pengesahan.right.nama,
      vm.pengesahan.left!.nama,
      vm.cover.judul,
      ...ck.charts.map((c) => c.title),
    ];
    for (const s of expected) expect(text).toContain(s);
  });

  it('uses Word heading styles for BAB and sections, in the order of the outline', () => {
    const headings = paragraphs(body).filter((p) => p.style === 'Heading1' || p.style === 'Heading2');
    const b2 = vm.bab2;
    const views = [vm.bab1.heading, b2.heading, b2.perjanjianKinerja.heading, b2.capaianKinerja.heading, b2.evaluasi.heading, b2.tindakLanjut.heading, b2.tanggapan.heading, vm.bab3.heading, vm.pengesahan.heading];
    // BAB number and title on two lines (as the PDF), a section's number in a tab column.
    expect(headings.map((h) => h.text)).toEqual(views.map((v) => (v.number === '' ? v.title : v.number.startsWith('BAB') ? `${v.number}\n${v.title}` : `${v.number}\t${v.title}`)));
    expect(headings.map((h) => (h.style === 'Heading1' ? 1 : 2))).toEqual(vm.outline.map((o) => o.level));
    const styles = utf8(parts.get('word/styles.xml')!);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/Times New Roman/);
  });

  it('makes real lists: numbered paragraphs without typed numbers', () => {
    const ps = paragraphs(body);
    for (const f of vm.bab1.fungsi) {
      const p = ps.find((x) => x.text === f.text)!;
      expect(p.xml).toContain('<w:numPr>');
    }
    const numbering = utf8(parts.get('word/numbering.xml')!);
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="lowerLetter"');
  });

  it('repeats the header rows of every data table and keeps body rows whole', () => {
    const grid = tables(body).filter((t) => t.includes('<w:tblHeader'));
    // Program, Perjanjian Kinerja, Anggaran, Capaian Kinerja, Cost per outcome.
    expect(grid).toHaveLength(5);
    for (const t of grid) {
      const rows = [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
      const flags = rows.map((r) => r.includes('<w:tblHeader'));
      // The repeated rows are a block at the top.
      const n = flags.indexOf(false);
      expect(n).toBeGreaterThan(0);
      expect(flags.slice(n).every((f) => !f)).toBe(true);
      expect(rows.slice(n).every((r) => r.includes('<w:cantSplit'))).toBe(true);
    }
    // Merged cells as in the PDF: sasaran spanning rows, Anggaran/Kinerja spanning columns.
    expect(body).toContain('<w:vMerge w:val="restart"/>');
    expect(body).toMatch(/<w:gridSpan w:val="3"\/>/);
  });

  it('has the cover without a page number and PAGE fields in the footer', () => {
    expect(body).toContain('<w:titlePg/>');
    const footers = [...parts.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map((k) => parts.get(k)!);
    expect(footers.some((f) => /PAGE/.test(f) && /w:fldChar|w:fldSimple/.test(f))).toBe(true);
    expect(footers.some((f) => !/PAGE/.test(f))).toBe(true);
  });

  it('embeds the charts as PNG images with their titles as captions', () => {
    const media = [...parts.keys()].filter((k) => k.startsWith('word/media/'));
    expect(media).toHaveLength(vm.bab2.capaianKinerja.charts.length);
    for (const m of media) expect(Buffer.from(parts.get(m)!, 'latin1').subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('puts an SVG logo on the cover as a PNG, 45 mm high', async () => {
    const v = await validateFile('samples/dinkes-bidang-p2p.xlsx', { tw: 3 });
    const r = await buildReport({ ...v, workbook: v.workbook! }, { tw: 3, format: 'docx', paper: 'A4', charts: false, timeoutMs: 60_000 });
    expect((r.vm as ReportViewModel).cover.logoDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const p = unzip(r.docx!);
    expect([...p.keys()].filter((k) => k.startsWith('word/media/') && k.endsWith('.png'))).toHaveLength(1);
    const xml = utf8(p.get('word/document.xml')!);
    // The first drawing is the logo, in the cover table (EMU: 36000 per mm).
    const cy = Number(/<wp:extent cx="\d+" cy="(\d+)"\/>/.exec(xml)![1]);
    expect(cy / 36000).toBeCloseTo(45, 0);
  }, 120_000);

  it('draws the 2.5 checkboxes and a borderless signature table', () => {
    expect(body.match(/<w14:checkbox>/g)).toHaveLength(vm.bab2.tanggapan.options.length);
    const sig = tables(body).find((t) => t.includes(vm.pengesahan.right.nama))!;
    expect(sig).not.toMatch(/<w:(top|left|bottom|right|insideH|insideV) w:val="(?!none)/);
  });

  it('records the metadata with the report date', () => {
    const core = utf8(parts.get('docProps/core.xml')!);
    expect(core).toContain(`<dc:title>${vm.meta.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${vm.meta.author}</dc:creator>`);
    expect(core).toContain(`<dc:subject>${vm.meta.subject}</dc:subject>`);
    expect(core).toContain(vm.meta.keywords.join(', '));
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${vm.meta.tanggalIso}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${vm.meta.tanggalIso}T00:00:00Z</dcterms:modified>`);
  });

  it('gives the same bytes for the same input (zip dates pinned to the report date)', async () => {
    const again = (await build('A4')).docx!;
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(sha(again)).toBe(sha(docx));
    const [y, m, d] = vm.meta.tanggalIso.split('-').map(Number) as [number, number, number];
    const buf = Buffer.from(docx);
    for (const r of centralDirectory(buf)!) expect(buf.readUInt16LE(r.centralOffset + 14)).toBe(((y - 1980) << 9) | (m << 5) | d);
  }, 120_000);

  it.each([
    ['A4', 210, 297],
    ['F4', 215, 330],
  ] as const)('sets the page to %s with the PDF margins', async (paper, w, h) => {
    const xml = paper === 'A4' ? body : utf8(unzip((await build('F4')).docx!).get('word/document.xml')!);
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml)!;
    expect(mm(Number(size[1]))).toBeCloseTo(w, 0);
    expect(mm(Number(size[2]))).toBeCloseTo(h, 0);
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml)!;
    expect(margin.slice(1, 5).map((t) => Math.round(mm(Number(t))))).toEqual([25, 20, 20, 25]);
  }, 120_000);

  it('is written by lkj generate --format docx; --templates with docx is a usage error', async () => {
    const ok = await cli(['generate', '--tw', '3', '--format', 'docx', SAMPLE, '--out', dir]);
    expect(ok.code).toBe(0);
    const path = ok.stdout.trim();
    expect(path.endsWith('.docx')).toBe(true);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(createHash('sha256').update(docx).digest('hex'));
    const bad = await cli(['generate', '--tw', '3', '--format', 'docx', '--templates', 'samples/templates', SAMPLE, '--out', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--templates');
    expect(bad.stderr).toContain('PDF dan HTML');
  }, 120_000);

  it('is written by lkj batch --format docx, the same file as generate gives; --templates is refused there too', async () => {
    const inp = join(dir, 'masuk');
    const out = join(dir, 'keluar');
    mkdirSync(inp);
    copyFileSync(SAMPLE, join(inp, 'penempatan.xlsx'));
    const r = await cli(['batch', '--tw', '3', '--format', 'docx', '--out', out, inp]);
    expect(r.code).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.docx'));
    expect(files).toHaveLength(1);
    expect(createHash('sha256').update(readFileSync(join(out, files[0]!))).digest('hex')).toBe(createHash('sha256').update(docx).digest('hex'));
    const bad = await cli(['batch', '--tw', '3', '--format', 'docx', '--templates', 'samples/templates', '--out', out, inp]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('PDF dan HTML');
  }, 120_000);
});
