import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/calc/compute-report.js';
import { buildViewModel } from '../../../src/documents/lkj/build-view-model.js';
import type { ReportViewModel } from '../../../src/documents/lkj/report-view-model.js';
import { BUILTIN_TEMPLATES_DIR, fontFaceCss, renderHtml, TemplateError } from '../../../src/output/html/render-html.js';
import type { Workbook } from '../../../src/model/workbook-types.js';
import { referenceWorkbook } from '../../documents/lkj/fixtures/reference-workbook.js';

function vmOf(wb: Workbook = referenceWorkbook(), over: Partial<Parameters<typeof buildViewModel>[2]> = {}): ReportViewModel {
  return buildViewModel(wb, computeReport(wb, 3), {
    tanggal: { year: 2023, month: 10, day: 2 },
    paper: 'A4',
    charts: false,
    logoDataUrl: null,
    ...over,
  });
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'lkj-render-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function overrideDir(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return dir;
}

describe('renderHtml with the built-in templates', () => {
  let html: string;
  beforeAll(async () => {
    html = await renderHtml(vmOf());
  });

  it('is one self-contained Indonesian HTML document', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<title>Laporan Kinerja Tribulan III 2023 — Bidang Penempatan dan Perluasan Kesempatan Kerja</title>');
    expect(html).toContain('<meta name="author" content="Dinas Tenaga Kerja">');
    // Fonts and CSS inlined.
    expect(html).toContain("font-family: 'Tinos';");
    expect(html).toContain('src: url(data:font/woff2;base64,');
    // Tinos latin in its four styles: this text needs no other subset (src/format/fonts.ts).
    expect(html.match(/@font-face/g)).toHaveLength(4);
    expect(html).toContain('@bottom-center');
    expect(html).toContain('size: 210mm 297mm;');
    // No script, no external resources.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\((?!data:)/i);
  });

  it('has the sections in the document order, as real headings with ids', () => {
    const ids = [
      'class="cover"',
      '<h1 id="bab-1">',
      '<h1 id="bab-2">',
      '<h2 id="bab-2-1">',
      '<h2 id="bab-2-2">',
      '<h2 id="bab-2-3">',
      '<h2 id="bab-2-4">',
      '<h2 id="bab-2-5">',
      '<h1 id="bab-3">',
      '<h1 id="lembar-pengesahan">',
    ];
    const positions = ids.map((id) => html.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints the figures, rowspans and narrative from the view model', () => {
    for (const s of ['139,09', '113,88', '66,67', '205,00', '25,21', 'Rp 13.600.000,-', '8 (delapan) bulan', 'Lumajang, 2 Oktober 2023']) {
      expect(html).toContain(s);
    }
    expect(html).not.toContain('139,10');
    expect(html).not.toContain('8 (lima)');
    expect(html).toContain('rowspan="3"');
    expect(html).toContain('L U M A J A N G');
    expect(html).toContain('NIP. 19690111 200212 2 004');
    expect(html).toContain('10&#x3D;9-6');
  });

  it('escapes workbook text', async () => {
    const wb = referenceWorkbook();
    wb.identitas.unitKerja = 'Bidang <script>alert(1)</script> & "Uji"';
    wb.analisis.push({ indikator: 'IK1', tw: 3, isi: '<img src=x onerror=alert(1)>' });
    const out = await renderHtml(vmOf(wb));
    expect(out).toContain('Bidang &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Uji&quot;');
    expect(out).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img src=x');
  });

  it('prints the charts raw (generated SVG) and F4 page size', async () => {
    const out = await renderHtml(vmOf(referenceWorkbook(), { charts: true, paper: 'F4' }));
    expect(out).toContain('<figure class="chart">\n<svg xmlns="http://www.w3.org/2000/svg"');
    expect(out).toContain('size: 215mm 330mm;');
  });

  it('omits the left signature block and the programme table when absent', async () => {
    const wb = referenceWorkbook();
    wb.identitas.namaAtasan = null;
    wb.program = [];
    const out = await renderHtml(vmOf(wb));
    expect(out).not.toContain('Mengetahui');
    expect(out).not.toContain('class="grid program-table"');
  });

  it('reads the fonts once', () => {
    expect(fontFaceCss()).toBe(fontFaceCss());
  });

  it('finds the built-in templates relative to the module', () => {
    expect(BUILTIN_TEMPLATES_DIR.replace(/\\/g, '/')).toMatch(/\/templates\/$/);
  });
});

describe('renderHtml with a templates directory', () => {
  it('overrides only the files it has', async () => {
    const dir = await overrideDir('cover-only', {
      'partials/cover.hbs': '<section class="cover custom-cover"><p>SAMPUL KHUSUS {{cover.periode}}</p></section>\n',
    });
    const out = await renderHtml(vmOf(), { templatesDir: dir });
    expect(out).toContain('SAMPUL KHUSUS TRIBULAN III TA. 2023');
    expect(out).not.toContain('class="cover-judul"');
    // Everything else falls back to the built-in templates.
    expect(out).toContain('<h1 id="bab-1">');
    expect(out).toContain('113,88');
    expect(out).toContain('<h1 id="lembar-pengesahan">');
    expect(out).toContain('src: url(data:font/woff2;base64,');
    expect(out).toContain('table-header-group');
  });

  it('overrides style.css and layout.hbs', async () => {
    const dir = await overrideDir('style-layout', {
      'style.css': 'body { color: #123456; }',
      'layout.hbs': '<html lang="{{lang}}"><style>{{> lkj-style}}</style><body>{{> bab3}}</body></html>',
    });
    const out = await renderHtml(vmOf(), { templatesDir: dir });
    expect(out).toContain('body { color: #123456; }');
    expect(out).not.toContain('table-header-group');
    expect(out).toContain('P E N U T U P');
    expect(out).not.toContain('BAB I<');
  });

  it('reports a syntax error with the file and line', async () => {
    const dir = await overrideDir('syntax', {
      'partials/bab3.hbs': '<section>\n{{#each bab3.paragraphs}}\n<p>{{this}}</p>\n',
    });
    const err = await renderHtml(vmOf(), { templatesDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TemplateError);
    const message = (err as Error).message;
    expect(message).toContain(`${path.join(dir, 'partials', 'bab3.hbs')} baris 4:`);
    expect(message).toContain('kesalahan sintaks Handlebars (ditemukan akhir berkas; ada blok {{#...}} yang belum ditutup).');
    expect(message).not.toMatch(/Parse error|Expecting/);
    expect((err as TemplateError).line).toBe(4);
  });

  it('reports a misspelled field (strict mode) with the file and line', async () => {
    const dir = await overrideDir('strict', {
      'partials/cover.hbs': '<section class="cover">\n<p>{{cover.judul}}</p>\n<p>{{cover.jdul}}</p>\n</section>\n',
    });
    const err = await renderHtml(vmOf(), { templatesDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as Error).message).toMatch(/partials[\\/]cover\.hbs baris 3: medan "jdul" tidak dikenal \(tidak ada di data laporan\)\.$/);
  });

  it('reports an unknown partial', async () => {
    const dir = await overrideDir('unknown-partial', {
      'partials/bab3.hbs': '{{> tidak-ada}}',
    });
    await expect(renderHtml(vmOf(), { templatesDir: dir })).rejects.toThrow(/bab3\.hbs: partial "tidak-ada" tidak ditemukan\./);
  });
});
