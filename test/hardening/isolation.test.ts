/**
 * Workbook text can never make the printing browser fetch anything or run anything: every
 * text field carries script, img, link, iframe and template payloads pointing at a local
 * HTTP server, the real PDF is printed, the payloads come out as literal text, and the
 * server sees no connection at all. A Logo pointing at the network or at a system file
 * gives a warning, never a fetch or an inlined file.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/output/pdf/find-browser.js';
import { Printer } from '../../src/output/pdf/printer.js';
import { cli, type CliRun } from '../helpers/run-cli.js';
import { pdfInfo, pdfText } from '../helpers/pdf-text.js';
import { tempDir, validSheets, writeXlsx, type SheetData } from '../helpers/xlsx.js';

const STACK = /\n\s+at .+:\d+:\d+/;

let server: Server;
let port: number;
/** Every TCP connection and every request the server saw, in order. */
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`request ${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('x');
  });
  server.on('connection', (s: Socket) => seen.push(`connection from ${s.remoteAddress}:${s.remotePort}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The payloads every text field carries, with the server's port. */
function payloads(): string[] {
  return [
    `<script>document.title='x'</script>`,
    `<img src="http://127.0.0.1:${port}/img">`,
    `<link rel="stylesheet" href="http://127.0.0.1:${port}/css">`,
    `<iframe src="http://127.0.0.1:${port}/frame"></iframe>`,
    '{{meta.title}}',
  ];
}

/** validSheets() plus every optional text sheet, with the payloads appended to every text field. */
function hostileSheets(): Record<string, SheetData> {
  const p = payloads().join(' ');
  const h = (s: string) => `${s} ${p}`;
  const s = validSheets();
  const identitas = s.Identitas!;
  for (const row of identitas.slice(1)) {
    const key = String(row[0]);
    if (!['Tahun', 'NIP Pejabat', 'NIP Atasan'].includes(key)) row[1] = h(String(row[1]));
  }
  identitas.push(['Jenjang Jabatan', h('Pejabat Administrator')], ['Alamat', h('Jl. Veteran No. 53')]);
  for (const row of s.Indikator!.slice(1)) {
    row[1] = h(String(row[1] ?? 'Meningkatnya penempatan'));
    row[2] = h(String(row[2]));
    row[3] = h(String(row[3]));
  }
  for (const row of s.Anggaran!.slice(1)) row[1] = h(String(row[1]));
  for (const row of s.Penempatan!.slice(1)) row[2] = h(String(row[2]));
  s.Pendahuluan = [
    ['Bagian', 'Isi'],
    ['Dasar', h('Laporan kinerja ini disusun sebagai pertanggungjawaban.')],
    ['Fungsi', h('Pelayanan penempatan tenaga kerja;')],
    ['Substansi', h('Kelompok Substansi Penempatan')],
    ['Penutup', h('Demikian laporan ini disusun.')],
  ];
  s.Program = [
    ['Program', 'Kegiatan', 'Sub Kegiatan', 'Pelaksana'],
    [h('Program Penempatan'), h('Pelayanan Antar Kerja'), h('Fasilitasi antar kerja'), h('Pengantar Kerja')],
  ];
  s.Rincian = [
    ['Indikator', 'TW', 'Uraian', 'Jumlah'],
    ['IK2', 1, h('Dokumen informasi pasar kerja'), 1],
  ];
  s.Analisis = [
    ['Indikator', 'TW', 'Isi'],
    ['IK1', 3, h('Capaian melampaui target.')],
  ];
  s['Tindak Lanjut'] = [
    ['Kegiatan', 'TW', 'Rencana'],
    ['K3', undefined, h('Memperluas kerja sama dengan perusahaan.')],
  ];
  return s;
}

function sane(r: CliRun): void {
  expect(r.code).not.toBe(70);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stdout).not.toMatch(STACK);
}

/** Gives the browser (already closed) and any late request time to show up. */
async function settle(): Promise<void> {
  await sleep(500);
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the listening server (control)', () => {
  it('records a connection when something does connect', async () => {
    const r = await fetch(`http://127.0.0.1:${port}/control`);
    expect(await r.text()).toBe('x');
    expect(seen.some((x) => x.startsWith('connection'))).toBe(true);
    expect(seen).toContain('request GET /control');
    seen.length = 0;
  });
});

describe('hostile text in every field of a valid workbook', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = tempDir();
    file = await writeXlsx(join(dir, 'hostile.xlsx'), hostileSheets());
  });

  it('is a valid workbook (the payloads are just text)', async () => {
    const r = await cli(['validate', '--tw', '3', '--format', 'json', file]);
    sane(r);
    expect(JSON.parse(r.stdout).files[0].errors).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('prints a PDF with every payload as literal text, and nothing ever reaches the server', async () => {
    const out = tempDir();
    const r = await cli(['generate', '--tw', '3', '--out', out, file]);
    sane(r);
    expect(r.stderr).not.toContain('galat');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);
    const pdf = r.stdout.trim();
    const text = await pdfText(pdf);
    const flat = squash(text);
    for (const p of payloads()) expect(flat, `PDF text lacks ${p}`).toContain(squash(p));
    // `{{meta.title}}` stayed text: it is printed as typed, the title did not replace it.
    expect(text).toContain('{{meta.title}}');
    // The script did not run: the PDF title is the report's own.
    expect((await pdfInfo(pdf)).Title).toContain('Laporan Kinerja');
    expect((await pdfInfo(pdf)).Title).not.toBe('x');
    await settle();
    expect(seen).toEqual([]);
  });

  it('the HTML carries the payloads escaped, never as live elements', async () => {
    const out = tempDir();
    const r = await cli(['generate', '--tw', '3', '--format', 'html', '--out', out, file]);
    sane(r);
    expect(r.code).toBe(0);
    const html = readFileSync(r.stdout.trim(), 'utf8');
    const live = [`<script>document.title`, `<img src="http://127.0.0.1:${port}`, `<link rel="stylesheet" href="http://127.0.0.1:${port}`, `<iframe src="http://127.0.0.1:${port}`];
    for (const l of live) expect(html.includes(l), `live ${l}`).toBe(false);
    expect(html).toContain('&lt;script&gt;document.title');
    expect(html).toContain('{{meta.title}}');
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('a Logo that is not a local image file', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  async function withLogo(name: string, logo: string) {
    const s = validSheets();
    s.Identitas!.push(['Logo', logo]);
    const file = await writeXlsx(join(dir, `${name}.xlsx`), s);
    const v = await cli(['validate', '--format', 'json', file]);
    sane(v);
    const j = JSON.parse(v.stdout);
    return { file, code: v.code, errors: j.files[0].errors as { code: string }[], warnings: j.files[0].warnings as { code: string; value?: string }[] };
  }

  async function generate(file: string): Promise<{ pdf: string; html: string }> {
    const out = tempDir();
    const p = await cli(['generate', '--tw', '3', '--out', out, file]);
    sane(p);
    expect(p.code).toBe(0);
    const h = await cli(['generate', '--tw', '3', '--format', 'html', '--out', out, file]);
    expect(h.code).toBe(0);
    return { pdf: p.stdout.trim(), html: readFileSync(h.stdout.trim(), 'utf8') };
  }

  it('an http:// URL gives a missing-logo warning and no request', async () => {
    const v = await withLogo('logo-url', `http://127.0.0.1:${port}/logo.png`);
    expect(v.code).toBe(0);
    expect(v.errors).toEqual([]);
    expect(v.warnings.map((w) => w.code)).toEqual(['missing-logo']);
    const { html } = await generate(v.file);
    expect(html).not.toContain(`src="http://127.0.0.1:${port}`);
    await settle();
    expect(seen).toEqual([]);
  });

  it('/etc/passwd gives a missing-logo warning and is never inlined', async () => {
    const v = await withLogo('logo-passwd', '/etc/passwd');
    expect(v.code).toBe(0);
    expect(v.warnings.map((w) => w.code)).toEqual(['missing-logo']);
    const { pdf, html } = await generate(v.file);
    const passwd = readFileSync('/etc/passwd');
    expect(html).not.toContain(passwd.toString('base64').slice(0, 40));
    expect(await pdfText(pdf)).not.toContain('root:');
  });

  it('a system file reached by a relative path with a .png name is refused too', async () => {
    const v = await withLogo('logo-traversal', '../../../../../../../../etc/passwd.png');
    expect(v.code).toBe(0);
    expect(v.warnings.map((w) => w.code)).toEqual(['missing-logo']);
  });

  it('a text file named .png beside the workbook is not an image: a warning, not inlined', async () => {
    writeFileSync(join(dir, 'bukan-gambar.png'), 'root:x:0:0:root:/root:/bin/bash\nrahasia=123\n');
    const v = await withLogo('logo-fake-png', 'bukan-gambar.png');
    expect(v.code).toBe(0);
    expect(v.warnings.map((w) => w.code)).toEqual(['missing-logo']);
    const { html } = await generate(v.file);
    expect(html).not.toContain(Buffer.from('root:x:0:0').toString('base64').slice(0, 12));
  });

  it('an SVG logo with script, external image and CSS import is inlined but loads and runs nothing', async () => {
    const svg = [
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40" onload="fetch(\'http://127.0.0.1:' + port + '/onload\')">',
      `<style>@import url(http://127.0.0.1:${port}/svg-css);</style>`,
      `<script>fetch('http://127.0.0.1:${port}/svg-script')</script>`,
      `<image href="http://127.0.0.1:${port}/svg-image" width="10" height="10"/>`,
      `<image xlink:href="http://127.0.0.1:${port}/svg-xlink" width="10" height="10"/>`,
      `<foreignObject width="40" height="40"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://127.0.0.1:${port}/svg-frame"></iframe></foreignObject>`,
      '<rect width="40" height="40" fill="#c00"/>',
      '</svg>',
    ].join('');
    writeFileSync(join(dir, 'logo.svg'), svg);
    const v = await withLogo('logo-svg', 'logo.svg');
    expect(v.code).toBe(0);
    expect(v.warnings).toEqual([]);
    await generate(v.file);
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('the print sandbox on its own (defence in depth: raw, unescaped HTML)', () => {
  // Interception aborts every request, but without this guarantee Chromium still opens TCP
  // connections for <link rel=preconnect> and for cross-site <iframe src> navigations.
  // (A <meta http-equiv=refresh> connects too, and may make printing fail; it is left out.)
  it('a page full of live external references and scripts prints without a single connection', async () => {
    const u = (path: string) => `http://127.0.0.1:${port}/${path}`;
    const html = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${u('css')}">
<link rel="preload" as="image" href="${u('preload')}">
<link rel="prefetch" href="${u('prefetch')}">
<link rel="preconnect" href="${u('preconnect')}">
<link rel="dns-prefetch" href="${u('dns-prefetch')}">
<link rel="icon" href="${u('favicon')}">
<style>@import url(${u('import')}); @font-face { font-family: X; src: url(${u('font')}); } body { background: url(${u('bg')}); font-family: X; }</style>
<script src="${u('script-src')}"></script>
<script>fetch('${u('fetch')}'); new Image().src = '${u('js-image')}'; document.title = 'x';</script>
</head><body>
<p>teks</p>
<img src="${u('img')}" srcset="${u('srcset')} 2x">
<picture><source srcset="${u('source')}"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></picture>
<iframe src="${u('frame')}"></iframe>
<iframe srcdoc="<img src='${u('srcdoc-img')}'>"></iframe>
<object data="${u('object')}"></object><embed src="${u('embed')}">
<video poster="${u('poster')}" src="${u('video')}"></video><audio src="${u('audio')}"></audio>
<svg><image href="${u('svg-image')}" width="1" height="1"/></svg>
<div style="background-image: url(${u('inline-bg')})">x</div>
<input type="image" src="${u('input-image')}">
</body></html>`;
    const printer = new Printer(findBrowser());
    try {
      const pdf = await printer.print(html, { timeoutMs: 30_000 });
      expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await printer.close();
    }
    await settle();
    expect(seen).toEqual([]);
  });
});
