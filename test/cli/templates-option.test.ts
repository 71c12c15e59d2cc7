import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinTemplateFiles } from '../../src/output/html/render-html.js';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/xlsx.js';

const CLEAN = 'samples/sekretariat.xlsx';
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

const dirs: string[] = [];
function templates(files: Record<string, string>): { dir: string; out: string } {
  const root = tempDir();
  dirs.push(root);
  const dir = join(root, 'templat');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  mkdirSync(dir, { recursive: true });
  return { dir, out: join(root, 'hasil') };
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const generate = (dir: string, out: string, ...extra: string[]) => cli(['generate', '--tw', '3', '--format', 'html', '--templates', dir, '--out', out, ...extra, CLEAN]);

describe('--templates DIR: usage errors (exit 2) naming it', () => {
  it('a folder that does not exist', async () => {
    const { dir, out } = templates({});
    const r = await generate(join(dir, 'tidak-ada'), out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`lkj: --templates: folder "${join(dir, 'tidak-ada')}" tidak ada.`);
  });

  it('a file, not a folder', async () => {
    const { dir, out } = templates({ 'layout.hbs': '<html></html>' });
    const r = await generate(join(dir, 'layout.hbs'), out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`lkj: --templates: "${join(dir, 'layout.hbs')}" bukan folder.`);
  });

  it('a file whose name matches no built-in template (partials included), with the likely one', async () => {
    const { dir, out } = templates({ 'partials/covr.hbs': 'x', 'partials/sampul.hbs': 'x', 'partials/cover.hbs': 'ok', '.DS_Store': 'ignored' });
    const r = await generate(dir, out);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe(`lkj: --templates: "${join(dir, 'partials', 'covr.hbs')}" tidak sesuai nama templat bawaan mana pun — maksud Anda "partials/cover.hbs"?`);
    expect(lines[1]).toBe(`lkj: --templates: "${join(dir, 'partials', 'sampul.hbs')}" tidak sesuai nama templat bawaan mana pun`);
    expect(lines[2]).toContain('partials/cover.hbs');
    expect(lines).toHaveLength(3);
    expect(() => readdirSync(out)).toThrow();
  });

  it('the same check in batch, before anything is read', async () => {
    const { dir, out } = templates({ 'gaya.css': 'x' });
    const r = await cli(['batch', '--tw', '3', '--format', 'html', '--templates', dir, '--out', out, 'samples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${join(dir, 'gaya.css')}" tidak sesuai nama templat bawaan`);
  });

  it('every built-in file, partials included, is a valid name', async () => {
    const builtin = await builtinTemplateFiles();
    expect(builtin).toContain('layout.hbs');
    expect(builtin).toContain('style.css');
    expect(builtin).toContain('partials/cover.hbs');
    // The shared stylesheets the quarterly report builds on (templates/shared/), by name.
    expect(builtin).toContain('base.css');
    expect(builtin).toContain('report.css');
    const { dir, out } = templates({
      'partials/cover.hbs': '<section class="cover"><p>SAMPUL {{cover.periode}}</p></section>\n',
      'report.css': 'body { color: #123456; }\n',
    });
    const r = await generate(dir, out);
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    const html = readFileSync(join(out, files[0] ?? ''), 'utf8');
    expect(html).toContain('body { color: #123456; }');
    expect(html).not.toContain('table-header-group');
  });

  it("another family's shared stylesheet is not a name for this kind", async () => {
    const { dir, out } = templates({ 'year-document.css': 'p { color: red; }\n' });
    const r = await generate(dir, out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${join(dir, 'year-document.css')}" tidak sesuai nama templat bawaan`);
  });
});

describe('template errors: one Indonesian line with file, line and field (exit 1)', () => {
  it('a misspelled field', async () => {
    const { dir, out } = templates({ 'partials/cover.hbs': '<section class="cover">\n<p>{{cover.judull}}</p>\n</section>\n' });
    const r = await generate(dir, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`lkj: Templat ${join(dir, 'partials', 'cover.hbs')} baris 2: medan "judull" tidak dikenal (tidak ada di data laporan).`);
    noStack(r.stderr);
    // The original only with --debug.
    const d = await cli(['--debug', 'generate', '--tw', '3', '--format', 'html', '--templates', dir, '--out', out, CLEAN]);
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('"judull" not defined in [object Object]');
  });

  it('a syntax error', async () => {
    const { dir, out } = templates({ 'partials/bab3.hbs': '<section>\n{{#each bab3.paragraphs}}\n<p>{{this}}</p>\n' });
    const r = await generate(dir, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `lkj: Templat ${join(dir, 'partials', 'bab3.hbs')} baris 4: kesalahan sintaks Handlebars (ditemukan akhir berkas; ada blok {{#...}} yang belum ditutup).`,
    );
  });
});
