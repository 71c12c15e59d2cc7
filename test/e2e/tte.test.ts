/**
 * `--tte --qr --pdfa` on the reference unit, end to end: the printed PDF is read back with
 * pdf.js (text positions) and pdf-lib (structure), and compared with the `.tte.json` sidecar.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TTE_FOOTER } from '../../src/model/signers.js';
import { cli } from '../helpers/run-cli.js';
import { pdfText, withPdfjs } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';

const SAMPLE = 'samples/bidang-penempatan.xlsx';
const STEM = 'LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja';
const QR = 'https://sakip.example.go.id/v/{id}';
const MM = 72 / 25.4;

interface Sidecar {
  document: string;
  units: string;
  origin: string;
  signers: { role: string; name: string; nip: string | null; anchor: string; boxes: { page: number; x: number; y: number; width: number; height: number }[] }[];
}

const sha256 = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');

/** Every text item of every page (1-based page numbers), as pdf.js reads the text layer. */
async function textItems(file: string): Promise<{ page: number; item: TextItem }[]> {
  const { result } = await withPdfjs(file, async (doc) => {
    const out: { page: number; item: TextItem }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      for (const item of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in item) out.push({ page: n, item });
    }
    return out;
  });
  return result;
}

describe('lkj generate --tte --qr --pdfa', () => {
  let out: string;
  let again: string;
  let pdf: string;
  let sidecar: Sidecar;
  let text: string;
  let items: { page: number; item: TextItem }[];
  beforeAll(async () => {
    out = tempDir();
    again = tempDir();
    for (const dir of [out, again]) {
      const r = await cli(['generate', '--tw', '3', '--out', dir, '--tte', '--qr', QR, '--pdfa', SAMPLE]);
      expect(r.stderr).not.toContain('galat');
      expect(r.code).toBe(0);
    }
    pdf = join(out, `${STEM}.pdf`);
    sidecar = JSON.parse(readFileSync(join(out, `${STEM}.tte.json`), 'utf8')) as Sidecar;
    text = await pdfText(pdf);
    items = await textItems(pdf);
  });

  it('writes the PDF and its sidecar, nothing else', () => {
    expect(readdirSync(out).sort()).toEqual([`${STEM}.pdf`, `${STEM}.tte.json`]);
    expect(sidecar.document).toBe(`${STEM}.pdf`);
    expect(sidecar.units).toBe('pt');
    expect(sidecar.origin).toBe('bottom-left');
  });

  it('lists both signers of the Lembar Pengesahan with role, name, NIP and a distinct anchor', () => {
    expect(sidecar.signers.map((s) => [s.name, s.nip])).toEqual([
      ['Ir. HANUM MUBAROKHAH', '19690111 200212 2 004'],
      ['Ir. PAIMAN', '19670606 199202 1 001'],
    ]);
    expect(sidecar.signers[0]!.role).toBe('Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja');
    expect(sidecar.signers[1]!.role).toBe('Plt. Kepala Dinas Tenaga Kerja Kab. Lumajang');
    // The sample's text has no # or $: the preferred anchors are free.
    expect(sidecar.signers.map((s) => s.anchor)).toEqual(['#', '$']);
  });

  it('prints each anchor exactly once in the text layer, as white text inside its box', () => {
    for (const s of sidecar.signers) {
      expect(text.split(s.anchor).length - 1).toBe(1);
      const hits = items.filter((i) => i.item.str.includes(s.anchor));
      expect(hits).toHaveLength(1);
      const { page, item } = hits[0]!;
      const box = s.boxes[0]!;
      expect(page).toBe(box.page);
      const [x, y] = [item.transform[4]!, item.transform[5]!];
      expect(x).toBeGreaterThanOrEqual(box.x);
      expect(x).toBeLessThanOrEqual(box.x + box.width);
      expect(y).toBeGreaterThanOrEqual(box.y);
      expect(y).toBeLessThanOrEqual(box.y + box.height);
    }
  });

  it('places each box on the name’s page, centred over the printed name and just above it', () => {
    for (const s of sidecar.signers) {
      expect(s.boxes).toHaveLength(1);
      const box = s.boxes[0]!;
      // 40 × 20 mm (the default --tte-box), within Chromium's pixel snapping (0.75 pt).
      expect(Math.abs(box.width - 40 * MM)).toBeLessThan(1);
      expect(Math.abs(box.height - 20 * MM)).toBeLessThan(1);
      const name = items.filter((i) => i.item.str.includes(s.name.split(' ').at(-1)!));
      expect(name).toHaveLength(1);
      const { page, item } = name[0]!;
      expect(page).toBe(box.page);
      const size = Math.hypot(item.transform[2]!, item.transform[3]!);
      const nameTop = item.transform[5]! + size;
      // Above the name's top, with less than a line and a half between them.
      expect(box.y).toBeGreaterThan(nameTop);
      expect(box.y - nameTop).toBeLessThan(1.5 * size * 1.4);
      // The surname's middle lies within the box's width (both are centred in one column).
      const mid = item.transform[4]! + item.width / 2;
      expect(mid).toBeGreaterThan(box.x);
      expect(mid).toBeLessThan(box.x + box.width);
    }
  });

  it('carries the signed-document footer on every page', () => {
    const pages = text.split('\f').filter((p, i, all) => i < all.length - 1);
    expect(pages.length).toBeGreaterThan(1);
    const flatFooter = TTE_FOOTER.replace(/\s+/g, ' ');
    for (const p of pages) expect(p.replace(/\s+/g, ' ')).toContain(flatFooter);
  });

  it('prints the verification block: the URL from the template with the document id, and the id', () => {
    const m = /ID dokumen: ([0-9A-F]{20})/.exec(text);
    expect(m).not.toBeNull();
    expect(text).toContain(`Verifikasi dokumen: ${QR.replace('{id}', m![1]!)}`);
  });

  it('is PDF/A-2b in structure: sRGB OutputIntent, XMP matching Info, trailer ID, fonts embedded, printable links', async () => {
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
    const cat = doc.catalog;
    const intents = cat.lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    const icc = intent.lookup(PDFName.of('DestOutputProfile'), PDFStream) as PDFRawStream;
    expect(icc.dict.lookup(PDFName.of('N'), PDFNumber).asNumber()).toBe(3);
    expect(Buffer.from(decodePDFRawStream(icc).decode()).equals(readFileSync('templates/pdfa/sRGB.icc'))).toBe(true);

    const meta = cat.lookup(PDFName.of('Metadata'), PDFStream) as PDFRawStream;
    expect(meta.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('XML'));
    expect(meta.dict.has(PDFName.of('Filter'))).toBe(false);
    const xmp = Buffer.from(meta.getContents()).toString('utf8');
    const tag = (t: string): string | undefined => new RegExp(`<${t}>([^<]*)</${t}>`).exec(xmp)?.[1];
    const li = (t: string): string | undefined => new RegExp(`<${t}>.*?<rdf:li[^>]*>([^<]*)</rdf:li>`, 's').exec(xmp)?.[1];
    expect(tag('pdfaid:part')).toBe('2');
    expect(tag('pdfaid:conformance')).toBe('B');

    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    const str = (k: string): string => {
      const v = info.get(PDFName.of(k));
      return v instanceof PDFHexString || v instanceof PDFString ? v.decodeText() : '';
    };
    const unescape = (s: string | undefined) => s?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(unescape(li('dc:title'))).toBe(str('Title'));
    expect(unescape(li('dc:creator'))).toBe(str('Author'));
    expect(unescape(li('dc:description'))).toBe(str('Subject'));
    expect(unescape(tag('pdf:Keywords'))).toBe(str('Keywords'));
    expect(unescape(tag('pdf:Producer'))).toBe(str('Producer'));
    expect(unescape(tag('xmp:CreatorTool'))).toBe(str('Creator'));
    const infoDate = (k: string): string => {
      const m = /^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z/.exec((info.get(PDFName.of(k)) as PDFString).asString())!;
      return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
    };
    expect(tag('xmp:CreateDate')).toBe(infoDate('CreationDate'));
    expect(tag('xmp:ModifyDate')).toBe(infoDate('ModDate'));

    const id = doc.context.trailerInfo.ID;
    expect(id).toBeInstanceOf(PDFArray);
    expect((id as PDFArray).size()).toBe(2);

    let fonts = 0;
    for (const page of doc.getPages()) {
      const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
      for (const [, ref] of fontDict?.entries() ?? []) {
        let font = doc.context.lookup(ref, PDFDict);
        const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
        if (descendants) font = descendants.lookup(0, PDFDict);
        const fd = font.lookup(PDFName.of('FontDescriptor'), PDFDict);
        expect(['FontFile', 'FontFile2', 'FontFile3'].some((k) => fd.has(PDFName.of(k)))).toBe(true);
        fonts++;
      }
      for (const a of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
        const annot = doc.context.lookup(a, PDFDict);
        expect((annot.lookup(PDFName.of('F'), PDFNumber).asNumber() & 4) === 4).toBe(true);
      }
      // PDF/A-2 allows transparency groups when an OutputIntent gives their colour meaning;
      // a page group must then blend in RGB (the intent's space), never CMYK.
      const group = page.node.lookupMaybe(PDFName.of('Group'), PDFDict);
      if (group) expect(group.get(PDFName.of('CS'))).not.toBe(PDFName.of('DeviceCMYK'));
    }
    expect(fonts).toBeGreaterThan(0);
  });

  it('gives the same bytes on a second run (PDF and sidecar)', () => {
    expect(sha256(join(again, `${STEM}.pdf`))).toBe(sha256(pdf));
    expect(sha256(join(again, `${STEM}.tte.json`))).toBe(sha256(join(out, `${STEM}.tte.json`)));
  });
});

describe('lkj generate: --tte, --qr and --pdfa refused where they do not apply', () => {
  it.each([
    [['--format', 'html', '--tte'], '--tte'],
    [['--format', 'html', '--pdfa'], '--pdfa'],
    [['--format', 'html', '--qr', QR], '--qr'],
    [['--format', 'docx', '--pdfa'], '--pdfa'],
    [['--qr', 'https://sakip.example.go.id/v/'], '{id}'],
    [['--tte', '--tte-box', '5x20'], '--tte-box'],
    [['--tte-box', '40x20'], '--tte-box'],
  ])('%j is a usage error (exit 2), nothing written', async (flags, named) => {
    const dir = tempDir();
    const r = await cli(['generate', '--tw', '3', '--out', dir, ...flags, SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(named);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('lkj --tte when the workbook text has # and $', () => {
  it('chooses other anchors, each once, and names them in the sidecar (generate and batch alike)', async () => {
    const dir = tempDir();
    const file = join(dir, 'unit.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    // A narrative cell of Pendahuluan: the longest text there.
    const ws = wb.getWorksheet('Pendahuluan')!;
    let target: ExcelJS.Cell | null = null;
    ws.eachRow((row) => row.eachCell((c) => {
      if (typeof c.value === 'string' && (!target || c.value.length > String(target.value).length)) target = c;
    }));
    expect(target).not.toBeNull();
    const cell = target as unknown as ExcelJS.Cell;
    cell.value = `${String(cell.value)} Nomor #12 senilai US$ 5.`;
    await wb.xlsx.writeFile(file);

    const out = join(dir, 'out');
    const r = await cli(['generate', '--tw', '3', '--out', out, '--tte', file]);
    expect(r.code).toBe(0);
    const text = await pdfText(join(out, `${STEM}.pdf`));
    expect(text).toContain('Nomor #12 senilai US$ 5.');
    const side = JSON.parse(readFileSync(join(out, `${STEM}.tte.json`), 'utf8')) as Sidecar;
    const anchors = side.signers.map((s) => s.anchor);
    expect(anchors).not.toContain('#');
    expect(anchors).not.toContain('$');
    for (const a of anchors) expect(text.split(a).length - 1).toBe(1);

    // batch writes the same sidecar beside the same PDF.
    const batchIn = join(dir, 'in');
    const batchOut = join(dir, 'batch');
    mkdirSync(batchIn);
    copyFileSync(file, join(batchIn, 'unit.xlsx'));
    const b = await cli(['batch', '--tw', '3', '--out', batchOut, '--tte', batchIn]);
    expect(b.code).toBe(0);
    expect(readFileSync(join(batchOut, `${STEM}.tte.json`), 'utf8')).toBe(readFileSync(join(out, `${STEM}.tte.json`), 'utf8'));
    expect(sha256(join(batchOut, `${STEM}.pdf`))).toBe(sha256(join(out, `${STEM}.pdf`)));
  });
});
