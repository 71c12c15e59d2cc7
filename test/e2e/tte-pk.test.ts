/**
 * `--dokumen pk --tte`: each party signs the agreement page (with their anchor) and the
 * lampiran (a box without one), so the sidecar lists two boxes per signer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { pdfText, withPdfjs } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/xlsx.js';
import { writeYearWorkbook } from './pk-rencana-aksi-fixture.js';

interface Box { page: number; x: number; y: number; width: number; height: number }
interface Sidecar { signers: { name: string; anchor: string; boxes: Box[] }[] }

describe('lkj generate --dokumen pk --tte', () => {
  let pdf: string;
  let sidecar: Sidecar;
  let items: { page: number; item: TextItem }[];
  let text: string;
  beforeAll(async () => {
    const dir = tempDir();
    const xlsx = await writeYearWorkbook(dir);
    const out = join(dir, 'out');
    const r = await cli(['generate', '--dokumen', 'pk', '--tte', '--out', out, xlsx]);
    expect(r.code).toBe(0);
    pdf = r.stdout.trim();
    sidecar = JSON.parse(readFileSync(pdf.replace(/\.pdf$/, '.tte.json'), 'utf8')) as Sidecar;
    text = await pdfText(pdf);
    items = (
      await withPdfjs(pdf, async (doc) => {
        const out: { page: number; item: TextItem }[] = [];
        for (let n = 1; n <= doc.numPages; n++) for (const i of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in i) out.push({ page: n, item: i });
        return out;
      })
    ).result;
  });

  it('has one anchor per signer, each once in the text', () => {
    expect(sidecar.signers.map((s) => s.anchor)).toEqual(['#', '$']);
    for (const s of sidecar.signers) expect(text.split(s.anchor).length - 1).toBe(1);
  });

  it('lists two boxes per signer: the agreement page and the lampiran, each just above the name printed there', () => {
    for (const s of sidecar.signers) {
      expect(s.boxes).toHaveLength(2);
      expect(s.boxes.map((b) => b.page)).toEqual([1, 2]);
      for (const box of s.boxes) {
        // The signature line: the name printed on the box's page nearest below the box (the
        // agreement also names each party in its text, higher up).
        const below = items
          .filter((i) => i.page === box.page && i.item.str === s.name && i.item.transform[5]! < box.y)
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
    }
  });
});

describe('lkj generate --dokumen rencana-aksi --tte', () => {
  it('gives the unit head one box with the anchor, just above the name, and the anchor once', async () => {
    const dir = tempDir();
    const xlsx = await writeYearWorkbook(dir);
    const r = await cli(['generate', '--dokumen', 'rencana-aksi', '--tte', '--out', join(dir, 'out'), xlsx]);
    expect(r.code).toBe(0);
    const file = r.stdout.trim();
    const side = JSON.parse(readFileSync(file.replace(/\.pdf$/, '.tte.json'), 'utf8')) as Sidecar;
    expect(side.signers).toHaveLength(1);
    const [s] = side.signers;
    expect(s!.anchor).toBe('#');
    expect((await pdfText(file)).split('#').length - 1).toBe(1);
    expect(s!.boxes).toHaveLength(1);
    const box = s!.boxes[0]!;
    const name = (
      await withPdfjs(file, async (doc) => (await (await doc.getPage(box.page)).getTextContent()).items.filter((i): i is TextItem => 'str' in i && i.str === s!.name))
    ).result;
    expect(name).toHaveLength(1);
    const size = Math.hypot(name[0]!.transform[2]!, name[0]!.transform[3]!);
    const top = name[0]!.transform[5]! + size;
    expect(box.y).toBeGreaterThan(top);
    expect(box.y - top).toBeLessThan(2 * size);
  });
});
