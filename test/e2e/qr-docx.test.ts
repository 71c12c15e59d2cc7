/**
 * `--format docx --qr` (with `--tte`) for every document kind: the verification block —
 * the URL built from the template with the document id, the id, and the QR code as a picture
 * that encodes that URL — under the main signatures as in the PDF; the anchors stay unique
 * even when the URL itself holds `#`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_ALT } from '../../src/documents/shared/verification.js';
import { centralDirectory, entryData } from '../../src/write/zip.js';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/xlsx.js';

// A hash-routed verification page: its `#` must not be taken as an anchor.
const QR = 'https://sakip.example.go.id/#/v/{id}';

type Png = { width: number; height: number; data: Buffer };
const { PNG } = createRequire(import.meta.url)('pngjs') as { PNG: { sync: { read(b: Buffer): Png } } };

function parts(file: string): Map<string, Buffer> {
  const buf = readFileSync(file);
  const out = new Map<string, Buffer>();
  for (const r of centralDirectory(buf)!) {
    const data = entryData(buf, r)!;
    out.set(r.name, r.method === 8 ? inflateRawSync(data) : data);
  }
  return out;
}

const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every `<w:t>` of the document in order (a run may start with a line break), with its run's properties and its offset in the XML. */
function runs(xml: string): { text: string; props: string; at: number }[] {
  return Array.from(xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?(?:<w:br\/>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g), (m) => ({ props: m[1] ?? '', text: unescapeXml(m[2]!), at: m.index }));
}

/** Whether the picture's pixels show the QR code of `text` at some error-correction level (module centres sampled). */
function showsQr(png: Png, text: string): boolean {
  const dark = (x: number, y: number): boolean => png.data[(y * png.width + x) * 4]! < 128;
  return (['L', 'M', 'Q', 'H'] as const).some((level) => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: level });
    const n = modules.size;
    // The quiet zone is whatever light border surrounds the symbol: find the first dark row/column.
    let first = 0;
    while (first < png.width && !dark(first, first)) first++;
    const unit = (png.width - 2 * first) / n;
    if (!(unit > 1)) return false;
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        const x = Math.floor(first + (c + 0.5) * unit);
        const y = Math.floor(first + (r + 0.5) * unit);
        if (dark(x, y) !== Boolean(modules.get(r, c))) return false;
      }
    }
    return true;
  });
}

describe.each([
  // [kind flags, sample, text that follows the main signature block in the document (null: it ends the document)]
  [['--tw', '3'], 'samples/bidang-penempatan.xlsx', null],
  [['--dokumen', 'lkj-tahunan'], 'samples/dinkes-bidang-p2p.xlsx', 'IKHTISAR EKSEKUTIF'],
  [['--dokumen', 'pk'], 'samples/bidang-penempatan.xlsx', 'LAMPIRAN'],
  [['--dokumen', 'rencana-aksi'], 'samples/dinkes-bidang-p2p.xlsx', null],
] as const)('lkj generate %j --format docx --tte --qr', (flags, sample, next) => {
  it('prints the verification URL and id, the QR code of that URL under the main signatures, and unique anchors', async () => {
    const out = tempDir();
    const r = await cli(['generate', ...flags, '--format', 'docx', '--tte', '--qr', QR, '--out', out, sample]);
    expect(r.stderr).not.toContain('galat');
    expect(r.code).toBe(0);
    // Word lays out the pages: the document only, no sidecar.
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.docx$/);
    const zip = parts(join(out, files[0]!));
    const xml = zip.get('word/document.xml')!.toString('utf8');
    const body = runs(xml);
    const all = body.map((t) => t.text).join('');

    // The id once as text, the URL from the template with it.
    const ids = [...all.matchAll(/ID dokumen: ([0-9A-F]{20})/g)];
    expect(ids).toHaveLength(1);
    const url = QR.replace('{id}', ids[0]![1]!);
    const urlRun = body.find((t) => t.text === `Verifikasi dokumen: ${url}`);
    expect(urlRun).toBeDefined();

    // Anchors: tiny white runs, none of them the URL's `#`, each once in the whole text.
    const anchors = body.filter((t) => t.props.includes('<w:color w:val="FFFFFF"/>') && t.text.length === 1);
    expect(anchors.length).toBeGreaterThan(0);
    for (const a of anchors) {
      expect(a.text).not.toBe('#');
      expect(all.split(a.text).length - 1).toBe(1);
    }
    // Where the PDF prints it: after the signatures that carry the anchors, before what follows them.
    expect(urlRun!.at).toBeGreaterThan(Math.max(...anchors.map((a) => a.at)));
    if (next !== null) {
      const after = body.find((t) => t.at > urlRun!.at && t.text.trim() !== '' && !t.text.startsWith('ID dokumen'));
      expect(after?.text).toBe(next);
    }

    // The QR picture: right after the two lines, square, and showing the QR code of the URL.
    const drawings = [...xml.matchAll(/<w:drawing>.*?<\/w:drawing>/g)].filter((m) => m[0].includes(`descr="${QR_ALT}"`));
    expect(drawings).toHaveLength(1);
    const drawing = drawings[0]!;
    expect(drawing.index).toBeGreaterThan(urlRun!.at);
    const between = xml.slice(urlRun!.at, drawing.index);
    expect(runs(between).map((t) => t.text)).toEqual([`Verifikasi dokumen: ${url}`, `ID dokumen: ${ids[0]![1]}`]);
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(drawing[0])!;
    expect(extent[1]).toBe(extent[2]);
    const rel = /r:embed="([^"]+)"/.exec(drawing[0])![1]!;
    const rels = zip.get('word/_rels/document.xml.rels')!.toString('utf8');
    const target = new RegExp(`Id="${rel}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    const png = PNG.sync.read(zip.get(`word/${target}`)!);
    expect(png.width).toBe(png.height);
    expect(showsQr(png, url)).toBe(true);
    expect(showsQr(png, `${url}x`)).toBe(false);
  });
});

describe('lkj generate --qr with html', () => {
  it.each([['--tw', '3'], ['--dokumen', 'lkj-tahunan'], ['--dokumen', 'pk'], ['--dokumen', 'rencana-aksi']])('%s … is still a usage error (exit 2), nothing written', async (...flags) => {
    const dir = tempDir();
    const r = await cli(['generate', ...flags, '--format', 'html', '--qr', QR, '--out', dir, 'samples/dinkes-bidang-p2p.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--qr');
    expect(readdirSync(dir)).toEqual([]);
  });
});
