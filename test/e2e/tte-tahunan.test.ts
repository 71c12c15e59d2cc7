/**
 * `--dokumen lkj-tahunan --tte --qr`: the unit head signs the Kata Pengantar (with the anchor)
 * and the end of BAB IV (a box without one). The annual report is printed twice (its Daftar
 * Isi's page numbers), so every position here is read from the final PDF and must agree with
 * the sidecar.
 */
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { TTE_FOOTER } from '../../src/model/signers.js';
import { cli } from '../helpers/run-cli.js';
import { flat, pdfText, withPdfjs } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';

const SAMPLE = 'samples/dinkes-bidang-p2p.xlsx';
const QR = 'https://sakip.example.go.id/v/{id}';

interface Box { page: number; x: number; y: number; width: number; height: number }
interface Sidecar { document: string; signers: { role: string; name: string; nip: string | null; anchor: string; boxes: Box[] }[] }

describe('lkj generate --dokumen lkj-tahunan --tte --qr', () => {
  let out: string;
  let pdf: string;
  let sidecar: Sidecar;
  let pages: string[];
  let items: { page: number; item: TextItem }[];
  beforeAll(async () => {
    out = tempDir();
    const r = await cli(['generate', '--dokumen', 'lkj-tahunan', '--tte', '--qr', QR, '--out', out, SAMPLE]);
    expect(r.stderr).not.toContain('galat');
    expect(r.code).toBe(0);
    pdf = r.stdout.trim();
    sidecar = JSON.parse(readFileSync(pdf.replace(/\.pdf$/, '.tte.json'), 'utf8')) as Sidecar;
    pages = (await pdfText(pdf)).split('\f').slice(0, -1);
    items = (
      await withPdfjs(pdf, async (doc) => {
        const all: { page: number; item: TextItem }[] = [];
        for (let n = 1; n <= doc.numPages; n++) for (const i of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in i) all.push({ page: n, item: i });
        return all;
      })
    ).result;
  });

  /** 1-based pages whose text contains `s` (whitespace-insensitive). */
  const pagesWith = (s: string): number[] => pages.flatMap((p, i) => (flat(p).includes(flat(s)) ? [i + 1] : []));

  it('writes the PDF and its sidecar beside it', () => {
    const name = pdf.split(/[\\/]/).at(-1)!;
    expect(readdirSync(out).sort()).toEqual([name, name.replace(/\.pdf$/, '.tte.json')]);
    expect(sidecar.document).toBe(name);
  });

  it('names the unit head, as printed under the signatures, with one anchor occurring once in the text', () => {
    expect(sidecar.signers).toHaveLength(1);
    const [s] = sidecar.signers;
    expect(s!.nip).not.toBeNull();
    // Name, NIP and role are the ones printed at each signature.
    for (const box of s!.boxes) {
      expect(pages[box.page - 1]).toContain(s!.name);
      expect(pages[box.page - 1]).toContain(`NIP. ${s!.nip}`);
      expect(flat(pages[box.page - 1]!)).toContain(`${s!.role},`);
    }
    // The sample's text has no `#`: the preferred anchor is free.
    expect(s!.anchor).toBe('#');
    expect(pages.join('\f').split(s!.anchor).length - 1).toBe(1);
  });

  it('has a box at every signature of the head — Kata Pengantar and the end of BAB IV — just above the name', () => {
    const [s] = sidecar.signers;
    // Every signature prints the NIP line once: as many boxes as NIP lines, page by page.
    const nipPages = pagesWith(`NIP. ${s!.nip}`);
    expect(s!.boxes.map((b) => b.page)).toEqual(nipPages);
    expect(nipPages).toHaveLength(2);
    expect(s!.boxes[0]!.page).toBe(pagesWith('KATA PENGANTAR')[0]);
    expect(pagesWith('Tindak Lanjut')).toContain(s!.boxes[1]!.page);
    for (const box of s!.boxes) {
      const below = items
        .filter((i) => i.page === box.page && i.item.str === s!.name && i.item.transform[5]! < box.y)
        .sort((a, b) => b.item.transform[5]! - a.item.transform[5]!);
      expect(below.length).toBeGreaterThan(0);
      const { item } = below[0]!;
      const size = Math.hypot(item.transform[2]!, item.transform[3]!);
      const top = item.transform[5]! + size;
      expect(box.y).toBeGreaterThan(top);
      expect(box.y - top).toBeLessThan(2 * size);
      const mid = item.transform[4]! + item.width / 2;
      expect(mid).toBeGreaterThan(box.x);
      expect(mid).toBeLessThan(box.x + box.width);
    }
  });

  it('prints the anchor inside the Kata Pengantar box, the BAB IV box without one', () => {
    const [s] = sidecar.signers;
    const hits = items.filter((i) => i.item.str.includes(s!.anchor));
    expect(hits).toHaveLength(1);
    const { page, item } = hits[0]!;
    const box = s!.boxes[0]!;
    expect(page).toBe(box.page);
    const [x, y] = [item.transform[4]!, item.transform[5]!];
    expect(x).toBeGreaterThanOrEqual(box.x);
    expect(x).toBeLessThanOrEqual(box.x + box.width);
    expect(y).toBeGreaterThanOrEqual(box.y);
    expect(y).toBeLessThanOrEqual(box.y + box.height);
  });

  it('prints the verification block once, on the Kata Pengantar page: URL from the template with the id, and the id', () => {
    const m = /ID dokumen: ([0-9A-F]{20})/.exec(pages.join('\f'));
    expect(m).not.toBeNull();
    const url = QR.replace('{id}', m![1]!);
    expect(pagesWith(`Verifikasi dokumen: ${url}`)).toEqual([sidecar.signers[0]!.boxes[0]!.page]);
    expect(pagesWith(`ID dokumen: ${m![1]}`)).toEqual([sidecar.signers[0]!.boxes[0]!.page]);
  });

  it('carries the signed-document footer on every page', () => {
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(flat(p)).toContain(flat(TTE_FOOTER));
  });

  it('batch writes the same PDF and sidecar (each printed twice for the page numbers)', async () => {
    const input = tempDir();
    copyFileSync(SAMPLE, join(input, 'unit.xlsx'));
    // The sample's Logo is a path beside it.
    copyFileSync('samples/logo-contoh.svg', join(input, 'logo-contoh.svg'));
    const dir = tempDir();
    const r = await cli(['batch', '--dokumen', 'lkj-tahunan', '--tte', '--qr', QR, '--out', dir, input]);
    expect(r.code).toBe(0);
    const name = pdf.split(/[\\/]/).at(-1)!;
    const sidecarName = name.replace(/\.pdf$/, '.tte.json');
    expect(readFileSync(join(dir, sidecarName), 'utf8')).toBe(readFileSync(join(out, sidecarName), 'utf8'));
    expect(Buffer.compare(readFileSync(join(dir, name)), readFileSync(pdf))).toBe(0);
  }, 120_000);
});
