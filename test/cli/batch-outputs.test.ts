import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { batchCommand, type BatchOptions } from '../../src/commands/batch.js';
import type { Printer } from '../../src/output/pdf/printer.js';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/xlsx.js';
import { makePdf } from './signed-pdf-helper.js';

// bidang-penempatan has one warning (Analisis!C3, terbilang); sekretariat none.
const WARNED = 'samples/bidang-penempatan.xlsx';
const CLEAN = 'samples/sekretariat.xlsx';
const PENEMPATAN = 'LKj_TW3_2023_bidang-penempatan-dan-perluasan-kesempatan-kerja';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Inputs: the same unit three times (two folders), another unit, an invalid workbook. */
function tree(): { dir: string; inp: string; out: string } {
  const dir = tempDir();
  dirs.push(dir);
  const inp = join(dir, 'masuk');
  mkdirSync(join(inp, 'arsip'), { recursive: true });
  copyFileSync(WARNED, join(inp, 'penempatan-lama.xlsx'));
  copyFileSync(WARNED, join(inp, 'penempatan.xlsx'));
  copyFileSync(WARNED, join(inp, 'arsip', 'penempatan.xlsx'));
  copyFileSync(CLEAN, join(inp, 'sekretariat.xlsx'));
  copyFileSync('samples/invalid/zero-target.xlsx', join(inp, 'rusak.xlsx'));
  return { dir, inp, out: join(dir, 'hasil') };
}

const html = (inp: string, out: string, ...extra: string[]) => cli(['batch', '--tw', '3', '--format', 'html', '--out', out, ...extra, inp]);

describe('lkj batch: warnings are reported, not dropped', () => {
  it('log line, summary line and --summary json carry every warning', async () => {
    const { inp, out } = tree();
    const r = await html(inp, out, '--summary', 'json', '--concurrency', '2');
    expect(r.code).toBe(1); // rusak.xlsx
    const j = JSON.parse(r.stdout);
    expect(j.warnings).toBe(3);
    const sek = j.reports.find((x: { file: string }) => x.file.endsWith('sekretariat.xlsx'));
    expect(sek.warnings).toEqual([]);
    for (const rep of j.reports.filter((x: { file: string }) => x.file.includes('penempatan'))) {
      expect(rep.status).toBe('ok');
      expect(rep.warnings).toEqual([{ code: 'terbilang', sheet: 'Analisis', cell: 'C3', value: '8 (lima)', message: expect.stringContaining('Terbilang') }]);
    }
    const rusak = j.reports.find((x: { file: string }) => x.file.endsWith('rusak.xlsx'));
    expect(rusak.errors[0]).toMatchObject({ code: 'zero-target', sheet: 'Indikator', cell: 'E3' });
    // The log: the count on the report's line, each warning below it with Sheet!Cell and code.
    expect(r.stderr).toMatch(new RegExp(`selesai, 1 peringatan ${join(inp, 'penempatan.xlsx').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} -> `));
    expect(r.stderr).toContain('    peringatan Analisis!C3: Terbilang "8 (lima)" tidak sesuai angkanya');
    expect(r.stderr).toContain('[terbilang]');
    const text = await html(inp, join(out, '..', 'hasil2'));
    expect(text.stdout).toContain('5 buku kerja: 4 laporan dibuat, 1 gagal, 3 peringatan.');
  });

  it('--strict: the doubtful workbooks fail, their warnings named, nothing written for them', async () => {
    const { inp, out } = tree();
    const r = await html(inp, out, '--strict', '--summary', 'json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    const pen = j.reports.filter((x: { file: string }) => x.file.includes('penempatan'));
    expect(pen.map((x: { status: string }) => x.status)).toEqual(['invalid', 'invalid', 'invalid']);
    expect(pen[0].error).toContain('--strict: 1 peringatan dihitung galat (Analisis!C3:');
    expect(pen[0].path).toBeNull();
    expect(readdirSync(out).filter((f) => f.startsWith('LKj_'))).toEqual(['LKj_TW3_2023_sekretariat.html']);
  });
});

describe('lkj batch: deterministic names, a manifest, stale files named and left alone', () => {
  it('every input of a colliding group gets a suffix from its path, the same whatever the concurrency', async () => {
    const { inp, out } = tree();
    const runs = [];
    for (const concurrency of ['1', '4']) {
      rmSync(out, { recursive: true, force: true });
      const r = await html(inp, out, '--concurrency', concurrency);
      expect(r.code).toBe(1);
      runs.push({ top: readdirSync(out).sort(), arsip: readdirSync(join(out, 'arsip')), manifest: readFileSync(join(out, 'lkj-batch.json'), 'utf8') });
    }
    expect(runs[0]).toEqual(runs[1]);
    // Both top-level copies are suffixed (not just the second to finish); the one in arsip/
    // mirrors its folder and collides with nothing.
    expect(runs[0]!.top).toEqual([
      `${PENEMPATAN}_penempatan-lama.html`,
      `${PENEMPATAN}_penempatan.html`,
      'LKj_TW3_2023_sekretariat.html',
      'arsip',
      'lkj-batch.json',
    ]);
    expect(runs[0]!.arsip).toEqual([`${PENEMPATAN}.html`]);

    const m = JSON.parse(runs[0]!.manifest);
    expect(m).toMatchObject({ tw: 3, format: 'html', strict: false, rekap: [], stale: [] });
    expect(m.reports.map((x: { input: string; output: string | null; status: string }) => [x.input.slice(inp.length + 1), x.output, x.status])).toEqual([
      ['arsip/penempatan.xlsx', `arsip/${PENEMPATAN}.html`, 'ok'],
      ['penempatan-lama.xlsx', `${PENEMPATAN}_penempatan-lama.html`, 'ok'],
      ['penempatan.xlsx', `${PENEMPATAN}_penempatan.html`, 'ok'],
      ['rusak.xlsx', null, 'invalid'],
      ['sekretariat.xlsx', 'LKj_TW3_2023_sekretariat.html', 'ok'],
    ]);
    expect(m.reports[1].warnings[0]).toMatchObject({ code: 'terbilang', sheet: 'Analisis', cell: 'C3' });
    expect(m.reports[3].errors[0]).toMatchObject({ code: 'zero-target' });
  });

  it('names report-looking files in --out that this run did not write, and leaves them as they are', async () => {
    const { inp, out } = tree();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${PENEMPATAN}.html`), 'from an earlier run, before the copies');
    writeFileSync(join(out, 'Rekap_TW2_2023.pdf'), 'older rekap');
    writeFileSync(join(out, 'catatan.txt'), 'not ours');
    const r = await html(inp, out, '--summary', 'json');
    const j = JSON.parse(r.stdout);
    expect(j.stale).toEqual([join(out, `${PENEMPATAN}.html`), join(out, 'Rekap_TW2_2023.pdf')]);
    expect(j.manifest).toBe(join(out, 'lkj-batch.json'));
    expect(r.stderr).toContain(`lkj batch: peringatan: "${join(out, 'Rekap_TW2_2023.pdf')}" di --out tidak ditulis oleh jalankan ini`);
    expect(readFileSync(join(out, `${PENEMPATAN}.html`), 'utf8')).toBe('from an earlier run, before the copies');
    expect(readFileSync(join(out, 'Rekap_TW2_2023.pdf'), 'utf8')).toBe('older rekap');
    expect(JSON.parse(readFileSync(join(out, 'lkj-batch.json'), 'utf8')).stale).toEqual([`${PENEMPATAN}.html`, 'Rekap_TW2_2023.pdf']);
  });
});

/** A browser stand-in: every "print" is a small PDF, so PDF batches run without Chromium. */
function fakeSession(): Printer {
  return {
    launches: 1,
    print: async () => makePdf(false),
    restart: async () => undefined,
    close: async () => undefined,
    get: async () => {
      throw new Error('not used');
    },
  } as unknown as Printer;
}

describe('a signed PDF is never overwritten (unless --force)', () => {
  const options = (inputs: string[], outDir: string, force: boolean): BatchOptions => ({
    inputs,
    outDir,
    tw: 3,
    format: 'pdf',
    paper: 'A4',
    charts: false,
    timeoutMs: 10_000,
    rekap: false,
    force,
    session: fakeSession(),
  });

  it('batch: that report fails naming the file; the others are written; --force overwrites', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const out = join(dir, 'hasil');
    mkdirSync(out);
    const signed = await makePdf(true);
    writeFileSync(join(out, `${PENEMPATAN}.pdf`), signed);
    const unsigned = await makePdf(false);
    writeFileSync(join(out, 'LKj_TW3_2023_sekretariat.pdf'), unsigned);
    const r = await batchCommand(options([WARNED, CLEAN], out, false));
    expect(r.exitCode).toBe(1);
    const [pen, sek] = r.items;
    expect(pen!.status).toBe('failed');
    expect(pen!.error).toBe(`"${join(out, `${PENEMPATAN}.pdf`)}" sudah ada dan bertanda tangan digital (TTE); lkj tidak menimpanya. Pindahkan berkas itu, pakai --out lain, atau --force untuk tetap menimpa.`);
    expect(Buffer.compare(readFileSync(join(out, `${PENEMPATAN}.pdf`)), Buffer.from(signed))).toBe(0);
    // An unsigned earlier PDF is simply replaced.
    expect(sek!.status).toBe('ok');
    expect(Buffer.compare(readFileSync(join(out, 'LKj_TW3_2023_sekretariat.pdf')), Buffer.from(unsigned))).not.toBe(0);

    const forced = await batchCommand(options([WARNED, CLEAN], out, true));
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(join(out, `${PENEMPATAN}.pdf`)).includes('/ByteRange')).toBe(false);
  });

  it('generate: exit 1 before printing, the file untouched; --force goes on (here to a missing browser, exit 3)', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const signed = await makePdf(true);
    writeFileSync(join(dir, `${PENEMPATAN}.pdf`), signed);
    const r = await cli(['generate', '--tw', '3', '--out', dir, '--browser', join(dir, 'tidak-ada-chromium'), WARNED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bertanda tangan digital (TTE); lkj tidak menimpanya');
    expect(r.stderr).toContain('--force');
    expect(Buffer.compare(readFileSync(join(dir, `${PENEMPATAN}.pdf`)), Buffer.from(signed))).toBe(0);
    const f = await cli(['generate', '--force', '--tw', '3', '--out', dir, '--browser', join(dir, 'tidak-ada-chromium'), WARNED]);
    expect(f.code).toBe(3);
    expect(existsSync(join(dir, `${PENEMPATAN}.pdf`))).toBe(true);
  });
});
