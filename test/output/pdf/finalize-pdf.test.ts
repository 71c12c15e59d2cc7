/**
 * finalizePdf appends its changes to Chromium's PDF as an incremental update, and rewrites
 * the whole file with pdf-lib when the file is not shaped as Chromium writes it. Both must
 * give the same metadata, bookmarks and text, with nothing left that depends on print time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendUpdate, finalizePdf, renumberNodeIds, rewriteWhole, type PdfMetadata } from '../../../src/output/pdf/finalize-pdf.js';
import { findBrowser } from '../../../src/output/pdf/find-browser.js';
import { Printer } from '../../../src/output/pdf/printer.js';
import { pdfProblems } from '../../helpers/pdf-check.js';
import { pdfOutline } from '../../helpers/pdf-outline.js';
import { flat, pdfInfo, pdfText } from '../../helpers/pdf-text.js';
import { tempDir } from '../../helpers/xlsx.js';

const HTML = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Judul Chromium</title>
<style>@page { size: A4; margin: 2cm } h1 { break-before: page }</style></head><body>
<p>Sampul laporan</p><h1>B A B&nbsp;I</h1><h2>1.1 Latar</h2><p>Isi satu.</p><h1>B A B&nbsp;II</h1><p>Isi dua.</p></body></html>`;

const META: PdfMetadata = {
  title: 'Laporan Kinerja Triwulan III Tahun 2023',
  author: 'Bidang Penempatan',
  subject: 'LKj TW III 2023',
  keywords: ['LKj', 'TW3', '2023'],
  creator: 'lkj test',
  date: new Date('2023-10-02T00:00:00Z'),
  language: 'id',
  outline: ['Sampul', 'BAB I', '1.1 Latar', 'BAB II'],
};

describe('finalizePdf', () => {
  let printer: Printer;
  let raw: Uint8Array;
  const dir = tempDir();
  beforeAll(async () => {
    printer = new Printer(findBrowser());
    raw = await printer.print(HTML, { timeoutMs: 30_000 });
  });
  afterAll(() => printer?.close());

  const write = (name: string, bytes: Uint8Array) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it("appends an update to Chromium's file that reads like a full rewrite", async () => {
    const appended = appendUpdate(renumberNodeIds(raw), META);
    expect(appended).not.toBeNull();
    const whole = await rewriteWhole(renumberNodeIds(raw), META);
    // The original bytes are kept, only timestamps overwritten in place.
    expect(appended!.bytes.length).toBeGreaterThan(raw.length);
    expect(appended!.pages).toBe(3);
    expect(whole.pages).toBe(3);
    const a = write('appended.pdf', appended!.bytes);
    const w = write('whole.pdf', whole.bytes);
    const info = async (f: string) => {
      const { Title, Author, Subject, Keywords, Creator, Producer, CreationDate, ModDate, Pages, Tagged } = await pdfInfo(f);
      return { Title, Author, Subject, Keywords, Creator, Producer, CreationDate, ModDate, Pages, Tagged };
    };
    expect(await info(a)).toEqual(await info(w));
    expect(await info(a)).toMatchObject({ Title: META.title, Keywords: 'LKj TW3 2023', Creator: 'lkj test', Pages: '3', Tagged: 'yes' });
    expect((await pdfInfo(a)).CreationDate).toContain('Oct  2 00:00:00 2023');
    expect(await pdfOutline(a)).toEqual(['Sampul', 'BAB I', '  1.1 Latar', 'BAB II']);
    expect(await pdfOutline(a)).toEqual(await pdfOutline(w));
    expect(await pdfText(a)).toBe(await pdfText(w));
    expect(flat(await pdfText(a))).toContain('Isi satu.');
    // A well-formed file to a strict check (every xref revision, object and stream), and
    // nothing left of the time it was printed.
    expect(await pdfProblems(a)).toEqual([]);
    expect(await pdfProblems(w)).toEqual([]);
    const text = Buffer.from(appended!.bytes).toString('latin1');
    const printedAt = /\/CreationDate \(D:(\d{8})/.exec(Buffer.from(raw).toString('latin1'))![1]!;
    expect(printedAt).not.toBe('20231002');
    expect(text).not.toContain(`D:${printedAt}`);
  });

  it('gives the same bytes for the same document printed twice', async () => {
    const again = await printer.print(HTML, { timeoutMs: 30_000 });
    expect(Buffer.from((await finalizePdf(again, META)).bytes).equals(Buffer.from((await finalizePdf(raw, META)).bytes))).toBe(true);
  });

  it('rewrites a file of another shape whole (cross-reference stream)', async () => {
    const doc = await PDFDocument.load(raw);
    const other = await doc.save({ useObjectStreams: true });
    expect(appendUpdate(other, META)).toBeNull();
    const out = await finalizePdf(other, META);
    const f = write('other.pdf', out.bytes);
    expect((await pdfInfo(f)).Title).toBe(META.title);
    expect(await pdfProblems(f)).toEqual([]);
    expect(await pdfOutline(f)).toEqual(['Sampul', 'BAB I', '  1.1 Latar', 'BAB II']);
  });

  it('keeps Chromium titles when a custom template has other headings', async () => {
    const out = appendUpdate(renumberNodeIds(raw), { ...META, outline: ['Sampul', 'Satu'] })!;
    const titles = await pdfOutline(write('custom.pdf', out.bytes));
    expect(titles[0]).toBe('Sampul');
    expect(titles).toHaveLength(4);
    expect(readFileSync(join(dir, 'custom.pdf')).length).toBe(out.bytes.length);
  });

  it('the structure check finds a damaged update, which a forgiving reader would not', async () => {
    const good = Buffer.from(appendUpdate(renumberNodeIds(raw), META)!.bytes);
    const latin = good.toString('latin1');
    // The update's own xref: its first in-use entry, moved one byte on.
    const table = latin.lastIndexOf('\nxref\n') + 1;
    const entry = /(\d{10}) 00000 n/.exec(latin.slice(table))!;
    const at = table + entry.index;
    const shifted = Buffer.from(good);
    shifted.write(String(Number(entry[1]) + 1).padStart(10, '0'), at, 'latin1');
    expect((await pdfProblems(write('shifted.pdf', shifted))).join('\n')).toMatch(/^xref: object \d+ 0 at offset \d+ finds/m);
    // pdf-lib alone reads the damaged file as if nothing were wrong.
    expect((await PDFDocument.load(shifted, { updateMetadata: false })).getPageCount()).toBe(3);
    // A stream whose /Length stops short of endstream (one whose length keeps its number of
    // digits, so no offset moves).
    const stream = [...latin.matchAll(/\/Length (\d+)/g)].find((m) => String(Number(m[1]) - 1).length === m[1]!.length)!;
    const shorter = Buffer.from(latin.slice(0, stream.index) + `/Length ${Number(stream[1]) - 1}` + latin.slice(stream.index + stream[0].length), 'latin1');
    expect(shorter.length).toBe(good.length);
    expect((await pdfProblems(write('length.pdf', shorter))).join('\n')).toMatch(/\/Length \d+, but \d+ bytes before endstream/);
    // A /Prev that leads nowhere.
    const prev = /\/Prev (\d+)/.exec(latin.slice(table))!;
    const lost = Buffer.from(latin.slice(0, table + prev.index) + `/Prev ${'9'.repeat(prev[1]!.length)}` + latin.slice(table + prev.index + prev[0].length), 'latin1');
    expect((await pdfProblems(write('prev.pdf', lost))).join('\n')).toContain('outside the file');
  });
});
