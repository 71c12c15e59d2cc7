/**
 * Cost of the PDF post-processing step on a raw Chromium PDF (as bench/render-floor.ts writes
 * them): lkj's finalizePdf, and pdf-lib load+save alone with its default pacing vs without
 * yielding (parseSpeed / objectsPerTick = Infinity). Wall and CPU per call, after warm-up.
 *
 *   tsx bench/profile-finalize.ts <raw.pdf> [runs=20]
 */
import { readFileSync } from 'node:fs';
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { finalizePdf } from '../src/pdf/finalize-pdf.js';

const [file, n] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file!));
const runs = Number(n ?? 20);
const meta = {
  title: 'Laporan Kinerja Triwulan III 2023',
  author: 'Bidang Penempatan',
  subject: 'LKj',
  keywords: ['LKj', 'TW3'],
  creator: 'lkj bench',
  date: new Date('2023-09-30T00:00:00Z'),
  language: 'id',
};

const variants: [string, () => Promise<unknown>][] = [
  ['finalizePdf (src)', () => finalizePdf(bytes, meta)],
  ['pdf-lib load+save, defaults', async () => (await PDFDocument.load(bytes, { updateMetadata: false })).save({ useObjectStreams: false })],
  [
    'pdf-lib load+save, no yielding',
    async () =>
      (await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })).save({ useObjectStreams: false, objectsPerTick: Infinity }),
  ],
  ['pdf-lib load only, defaults', () => PDFDocument.load(bytes, { updateMetadata: false })],
];
const doc = await PDFDocument.load(bytes, { updateMetadata: false });
console.log(`${(bytes.length / 1024).toFixed(0)} KiB, ${doc.context.enumerateIndirectObjects().length} objects, ${doc.getPageCount()} pages`);
for (const [, f] of variants) for (let i = 0; i < 3; i++) await f();
for (const [name, f] of variants) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await f();
  const wall = (performance.now() - t0) / runs;
  const c = process.cpuUsage(c0);
  console.log(`${name.padEnd(32)} wall ${wall.toFixed(1).padStart(6)} ms  cpu ${((c.user + c.system) / 1000 / runs).toFixed(1).padStart(6)} ms`);
}
