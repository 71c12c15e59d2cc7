import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchCommand } from '../../src/commands/watch.js';
import { tempDir } from '../helpers/xlsx.js';

const PENEMPATAN = 'samples/bidang-penempatan.xlsx';
const SEKRETARIAT = 'samples/sekretariat.xlsx';

/** Resolves when `lines` has a line matching `re` after index `from`. */
async function lineAfter(lines: string[], from: number, re: RegExp, ms = 90_000): Promise<number> {
  const end = Date.now() + ms;
  for (;;) {
    const i = lines.findIndex((l, k) => k >= from && re.test(l));
    if (i >= 0) return i;
    if (Date.now() > end) throw new Error(`no line ${re} after ${from}:\n${lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('lkj generate --watch', () => {
  it('regenerates on every save (in place, or by rename as Excel does), survives an invalid save, ignores ~$ lock files and half-written saves, and ends cleanly', async () => {
    const dir = tempDir();
    const book = join(dir, 'data.xlsx');
    const out = join(dir, 'out');
    copyFileSync(PENEMPATAN, book);
    const lines: string[] = [];
    const stop = new AbortController();
    const running = watchCommand({
      file: book,
      outDir: out,
      tw: 3,
      format: 'pdf',
      paper: 'A4',
      charts: true,
      timeoutMs: 120_000,
      signal: stop.signal,
      onLine: (l) => lines.push(l),
    });

    let at = await lineAfter(lines, 0, /^✓ .*LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja\.pdf/);
    at = await lineAfter(lines, at, /^Memantau /);

    // Excel's lock file appears beside the workbook: nothing happens.
    writeFileSync(join(dir, '~$data.xlsx'), 'lock');
    await new Promise((r) => setTimeout(r, 600));
    expect(lines.slice(at + 1).filter((l) => l.startsWith('✓') || l.startsWith('✗'))).toEqual([]);

    // Saved in place with other content.
    copyFileSync(SEKRETARIAT, book);
    at = await lineAfter(lines, at, /^✓ .*LKj_TW3_2023_sekretariat\.pdf/);

    // A half-written or broken save: reported, and the watch goes on.
    writeFileSync(book, 'bukan buku kerja');
    at = await lineAfter(lines, at, /^✗ .*1 galat.*menunggu simpanan berikutnya/);

    // Excel's way: a temporary file renamed over the workbook.
    copyFileSync(PENEMPATAN, join(dir, 'tmp123.tmp'));
    renameSync(join(dir, 'tmp123.tmp'), book);
    at = await lineAfter(lines, at, /^✓ .*bidang-penempatan/);

    // A save written in place in two steps with a pause longer than the debounce: the half
    // file is read and fails, but the rest arrives before it is reported — only the
    // finished save is reported.
    const whole = readFileSync(SEKRETARIAT);
    const half = Math.floor(whole.length / 2);
    writeFileSync(book, whole.subarray(0, half));
    await new Promise((r) => setTimeout(r, 120));
    appendFileSync(book, whole.subarray(half));
    const done = await lineAfter(lines, at, /^✓ .*LKj_TW3_2023_sekretariat\.pdf/);
    expect(lines.slice(at + 1, done).filter((l) => l.startsWith('✗') || l.startsWith('galat'))).toEqual([]);
    at = done;

    stop.abort();
    const r = await running;
    expect(r).toEqual({ written: 4, failed: 1 });
    expect(readdirSync(out).sort()).toEqual([
      'LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja.pdf',
      'LKj_TW3_2023_sekretariat.pdf',
    ]);
    expect(existsSync(join(out, 'LKj_TW3_2023_sekretariat.pdf'))).toBe(true);
  }, 300_000);
});
