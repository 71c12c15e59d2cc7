import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/calc/compute-report.js';
import { buildViewModel } from '../../../src/documents/lkj/build-view-model.js';
import type { ReportViewModel } from '../../../src/documents/lkj/report-view-model.js';
import { UsageError } from '../../../src/model/errors.js';
import {
  BUILTIN_TEMPLATES_DIR,
  builtinTemplateFiles,
  checkTemplatesDir,
  fontFaceCss,
  renderHtml,
  stylesheetsOf,
  TemplateError,
} from '../../../src/output/html/render-html.js';
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

/** A built-in template file's text, read from disk (not through the code under test). */
function builtin(rel: string): Promise<string> {
  return readFile(path.join(BUILTIN_TEMPLATES_DIR, ...rel.split('/')), 'utf8');
}

describe('stylesheets: the shared ones, then the kind\'s own', () => {
  // Which shared sheets each kind builds on (templates/shared/); the rekap has its own only.
  const cases: [kind: string, files: string[]][] = [
    ['lkj', ['shared/base.css', 'shared/report.css', 'lkj/style.css']],
    ['lkj-tahunan', ['shared/base.css', 'shared/report.css', 'lkj-tahunan/style.css']],
    ['pk', ['shared/base.css', 'shared/year-document.css', 'pk/style.css']],
    ['rencana-aksi', ['shared/base.css', 'shared/year-document.css', 'rencana-aksi/style.css']],
    ['rekap', ['rekap/style.css']],
  ];

  it.each(cases)('%s: its style.css reaches the HTML after the shared stylesheets, each whole and once', async (kind, files) => {
    expect(stylesheetsOf(kind)).toEqual(files.map((f) => path.posix.basename(f)));
    // Only the style partial, so any kind's view model will do.
    const dir = await overrideDir(`styles-${kind}`, { 'layout.hbs': '<style>{{> lkj-style}}</style>' });
    const out = await renderHtml({}, { kind, templatesDir: dir });
    const texts = await Promise.all(files.map(builtin));
    expect(out).toBe(`<style>${texts.join('\n')}</style>`);
  });

  it('the built-in quarterly report carries the shared rules and its own, in that order', async () => {
    const html = await renderHtml(vmOf());
    const [base, report, ownStyle] = await Promise.all(['shared/base.css', 'shared/report.css', 'lkj/style.css'].map(builtin));
    // A partial alone on its line takes that line's newline (Handlebars' standalone rule).
    expect(html).toContain(`<style>\n${base}\n${report}\n${ownStyle}</style>`);
  });

  it('a kind shares only its family\'s stylesheet, and a templates folder may override only those', async () => {
    expect(await builtinTemplateFiles('lkj')).toEqual(expect.arrayContaining(['base.css', 'report.css', 'style.css']));
    expect(await builtinTemplateFiles('lkj')).not.toContain('year-document.css');
    expect(await builtinTemplateFiles('pk')).toEqual(expect.arrayContaining(['base.css', 'year-document.css', 'style.css']));
    expect(await builtinTemplateFiles('pk')).not.toContain('report.css');
    expect(await builtinTemplateFiles('rekap')).not.toContain('base.css');
    const dir = await overrideDir('wrong-family', { 'year-document.css': 'p { color: red; }' });
    await expect(checkTemplatesDir(dir, 'lkj')).rejects.toThrow(UsageError);
    await expect(checkTemplatesDir(dir, 'rencana-aksi')).resolves.toBeUndefined();
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

  it('overrides style.css and layout.hbs; the user\'s style.css comes after the shared stylesheets', async () => {
    const dir = await overrideDir('style-layout', {
      'style.css': 'body { color: #123456; }',
      'layout.hbs': '<html lang="{{lang}}"><style>{{> lkj-style}}</style><body>{{> bab3}}</body></html>',
    });
    const out = await renderHtml(vmOf(), { templatesDir: dir });
    const [base, report, ownStyle] = await Promise.all(['shared/base.css', 'shared/report.css', 'lkj/style.css'].map(builtin));
    expect(out).toContain(`<style>${base}\n${report}\nbody { color: #123456; }</style>`);
    // The built-in lkj/style.css is replaced, not added to.
    expect(out).not.toContain(ownStyle);
    expect(out).toContain('P E N U T U P');
    expect(out).not.toContain('BAB I<');
  });

  it('overrides a shared stylesheet by name, keeping the kind\'s own', async () => {
    const dir = await overrideDir('shared-style', {
      'report.css': '.laporan-sendiri { color: #654321; }\n',
      'layout.hbs': '<style>{{> lkj-style}}</style>',
    });
    const out = await renderHtml(vmOf(), { templatesDir: dir });
    const [base, report, ownStyle] = await Promise.all(['shared/base.css', 'shared/report.css', 'lkj/style.css'].map(builtin));
    expect(out).toBe(`<style>${base}\n.laporan-sendiri { color: #654321; }\n\n${ownStyle}</style>`);
    expect(out).not.toContain(report);
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
