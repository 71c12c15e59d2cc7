/**
 * `lkj batch --format docx` builds its reports in worker threads (src/commands/report-workers.ts).
 * Whatever the threads, a batch says and writes the same: the same files byte for byte, the
 * same manifest, the same per-report results, an invalid workbook reported the same way, and
 * a report that fails inside a thread said as the main thread would say it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { batchCommand, type BatchItem, type BatchOptions } from '../../src/commands/batch.js';
import { MIN_REPORTS_FOR_WORKERS, ReportWorkers, WorkerReportError } from '../../src/commands/report-workers.js';
import { decodeFromWorker, encodeForWorker } from '../../src/commands/worker-codec.js';
import { oneLine } from '../../src/model/translate-error.js';
import { buildReport } from '../../src/pipeline/build-report.js';
import { validateFile } from '../../src/validate/validate-file.js';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/xlsx.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const VALID = ['bidang-penempatan', 'sekretariat', 'bidang-hubungan-industrial', 'bidang-pelatihan-produktivitas'];

/** Four valid units, one of them twice (a name suffix), and a workbook with errors. */
function inputs(): { dir: string; inp: string } {
  const dir = tempDir();
  dirs.push(dir);
  const inp = join(dir, 'masuk');
  mkdirSync(inp, { recursive: true });
  for (const name of VALID) copyFileSync(`samples/${name}.xlsx`, join(inp, `${name}.xlsx`));
  copyFileSync('samples/bidang-penempatan.xlsx', join(inp, 'z-penempatan-salinan.xlsx'));
  copyFileSync('samples/invalid/zero-target.xlsx', join(inp, 'rusak.xlsx'));
  return { dir, inp };
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Every file written, by name, as its sha256. */
function written(out: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(out)
      .sort()
      .map((f) => [f, sha(readFileSync(join(out, f)))]),
  );
}

/** What a batch says of each report, without its timing. */
const results = (items: BatchItem[]) => items.map(({ seconds: _s, ...rest }) => rest);

async function run(inp: string, out: string, extra: Partial<BatchOptions>) {
  return batchCommand({ inputs: [inp], outDir: out, tw: 3, format: 'docx', paper: 'A4', charts: true, timeoutMs: 60_000, rekap: false, ...extra });
}

describe('lkj batch --format docx in worker threads', () => {
  it('writes the same files, manifest and results as one thread; concurrency 1 and 2 alike', { timeout: 300_000 }, async () => {
    const { dir, inp } = inputs();
    const single = await run(inp, join(dir, 'satu'), { concurrency: 1, workers: false });
    const threads = await run(inp, join(dir, 'dua'), { concurrency: 2, workers: true });
    const oneThread = await run(inp, join(dir, 'satu-thread'), { concurrency: 1, workers: true });

    // Input order: bidang-hubungan…, bidang-pelatihan…, bidang-penempatan, rusak, sekretariat, z-….
    expect(single.items.map((i) => i.status)).toEqual(['ok', 'ok', 'ok', 'invalid', 'ok', 'ok']);
    const expected = written(join(dir, 'satu'));
    // Five reports and the manifest.
    expect(Object.keys(expected).filter((f) => f.endsWith('.docx'))).toHaveLength(5);
    expect(written(join(dir, 'dua'))).toEqual(expected);
    expect(written(join(dir, 'satu-thread'))).toEqual(expected);
    const rel = (items: BatchItem[], out: string) => results(items).map((i) => ({ ...i, path: i.path?.slice(out.length) ?? null }));
    expect(rel(threads.items, join(dir, 'dua'))).toEqual(rel(single.items, join(dir, 'satu')));
    expect(rel(oneThread.items, join(dir, 'satu-thread'))).toEqual(rel(single.items, join(dir, 'satu')));
    expect(threads.exitCode).toBe(single.exitCode);

    // The invalid workbook: its errors, with sheet and cell, as without threads.
    const rusak = threads.items.find((i) => i.file.endsWith('rusak.xlsx'))!;
    expect(rusak.status).toBe('invalid');
    expect(rusak.errors[0]).toMatchObject({ code: 'zero-target', sheet: 'Indikator', cell: 'E3' });
  });

  it('through the CLI: --concurrency 2 (threads, from MIN_REPORTS_FOR_WORKERS reports) and 1 give the same reports, manifest and JSON summary', { timeout: 300_000 }, async () => {
    const { dir, inp } = inputs();
    for (let i = 0; i < MIN_REPORTS_FOR_WORKERS; i++) copyFileSync('samples/sekretariat.xlsx', join(inp, `salinan-${String(i).padStart(2, '0')}.xlsx`));
    const args = (out: string, k: string) => ['batch', '--tw', '3', '--format', 'docx', '--summary', 'json', '--concurrency', k, '--out', join(dir, out), inp];
    const a = await cli(args('a', '2'));
    const b = await cli(args('b', '1'));
    expect(a.code).toBe(1); // rusak.xlsx
    expect(b.code).toBe(1);
    expect(written(join(dir, 'a'))).toEqual(written(join(dir, 'b')));
    const summary = (stdout: string, out: string) => {
      const j = JSON.parse(stdout);
      return JSON.parse(JSON.stringify(j, (k, v) => (k === 'seconds' ? 0 : typeof v === 'string' ? v.split(join(dir, out)).join('<out>') : v)));
    };
    expect(summary(a.stdout, 'a')).toEqual(summary(b.stdout, 'b'));
    // The log: the same lines, whatever order the reports finished in.
    const lines = (stderr: string, out: string) => stderr.split(join(dir, out)).join('<out>').split('\n').map((l) => l.replace(/^\[\d+\/\d+\] /, '')).sort();
    expect(lines(a.stderr, 'a')).toEqual(lines(b.stderr, 'b'));
  });

  it('threads start from the bundle too (bin/lkj → dist/lkj.cjs → dist/report-worker.cjs), with the same files', { timeout: 300_000 }, async () => {
    expect(existsSync('dist/report-worker.cjs'), 'dist/report-worker.cjs is missing: run `npm run build`').toBe(true);
    const { dir, inp } = inputs();
    for (let i = 0; i < MIN_REPORTS_FOR_WORKERS; i++) copyFileSync('samples/sekretariat.xlsx', join(inp, `salinan-${String(i).padStart(2, '0')}.xlsx`));
    const bundled = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['bin/lkj', 'batch', '--tw', '3', '--format', 'docx', '--concurrency', '2', '--out', join(dir, 'bundle'), inp], {
        env: { ...process.env, LKJ_CACHE_DIR: join(dir, 'cache') },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    expect(bundled.stderr).not.toContain('galat internal');
    expect(bundled.code).toBe(1); // rusak.xlsx
    await run(inp, join(dir, 'sumber'), { concurrency: 1, workers: false });
    expect(written(join(dir, 'bundle'))).toEqual(written(join(dir, 'sumber')));
  });

  it('a report that fails inside a thread is said as the main thread says it, with the original for --debug', { timeout: 120_000 }, async () => {
    const v = await validateFile('samples/sekretariat.xlsx', { tw: 3 });
    // A workbook that passed validation but lacks its Identitas: a bug, not a user error.
    const broken = { ...v, workbook: { ...v.workbook!, identitas: undefined } } as unknown as Parameters<typeof buildReport>[0];
    const options = { tw: 3 as const, format: 'docx' as const, paper: 'A4' as const, charts: true, timeoutMs: 60_000 };
    const here = await buildReport(broken, options).then(
      () => null,
      (err: unknown) => err,
    );
    expect(here).not.toBeNull();
    const workers = new ReportWorkers(1);
    try {
      const there = await workers.build(broken, options).then(
        () => null,
        (err: unknown) => err,
      );
      expect(there).toBeInstanceOf(WorkerReportError);
      expect((there as WorkerReportError).line).toBe(oneLine(here));
      expect((there as WorkerReportError).line).toMatch(/^galat internal \(bug\): /);
      expect((there as WorkerReportError).original).toContain((here as Error).message);
      // The thread goes on with the next report.
      const ok = await workers.build({ ...v, workbook: v.workbook! }, options);
      expect(sha(ok.docx)).toBe(sha((await buildReport({ ...v, workbook: v.workbook! }, options)).docx!));
    } finally {
      await workers.close();
    }
  });
});

describe('lkj batch --format docx interrupted while its threads build', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: the process and its threads end, no temporary file is left`, { timeout: 240_000 }, async () => {
      const dir = tempDir();
      dirs.push(dir);
      const tmp = join(dir, 'tmp');
      const inp = join(dir, 'masuk');
      const out = join(dir, 'hasil');
      mkdirSync(tmp);
      mkdirSync(inp);
      for (let i = 0; i < 40; i++) copyFileSync('samples/sekretariat.xlsx', join(inp, `unit-${String(i).padStart(2, '0')}.xlsx`));
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'batch', inp, '--tw', '3', '--format', 'docx', '--out', out, '--concurrency', '2'], {
        // tsx keeps a cache in TMPDIR unless told not to; the folder must see only lkj's files.
        env: { ...process.env, TMPDIR: tmp, TSX_DISABLE_CACHE: '1', LKJ_CACHE_DIR: join(dir, 'cache') },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      const docx = () => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.docx')).length : 0);
      try {
        const end = Date.now() + 180_000;
        while (docx() < 1 && child.exitCode === null && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
        expect(docx()).toBeGreaterThanOrEqual(1);
        child.kill(signal);
        expect(await exit).toBe(code);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      expect(stderr).toContain(`dihentikan (${signal})`);
      expect(docx()).toBeLessThan(40);
      expect(readdirSync(tmp)).toEqual([]);
      expect(readdirSync(out).filter((f) => f.includes('.lkj-tmp-'))).toEqual([]);
    });
  }
});

describe('worker codec', () => {
  it('carries decimal.js numbers digit for digit, and everything else as it is', () => {
    const value = {
      a: new Decimal('139.0909090909090909090909'),
      b: [new Decimal(-0), new Decimal('1e+30'), null, 'x', 3],
      c: { d: new Decimal('0.000000000000000000000001'), e: { tanggal: { year: 2023, month: 10, day: 2 } }, f: undefined },
    };
    const back = decodeFromWorker<typeof value>(structuredClone(encodeForWorker(value)));
    expect(back.a).toBeInstanceOf(Decimal);
    expect(back.a.equals(value.a)).toBe(true);
    expect(back.a.toString()).toBe('139.0909090909090909090909');
    expect(back.b[0]).toBeInstanceOf(Decimal);
    expect((back.b[0] as Decimal).isNegative()).toBe(true);
    expect((back.b[1] as Decimal).toFixed()).toBe(`1${'0'.repeat(30)}`);
    expect(back.b.slice(2)).toEqual([null, 'x', 3]);
    expect(back.c.d.toString()).toBe('1e-24');
    expect(back.c.e).toEqual({ tanggal: { year: 2023, month: 10, day: 2 } });
    expect('f' in back.c).toBe(true);
  });

  it("a workbook's calc survives the crossing whole (the Rekap is built from it)", async () => {
    const v = await validateFile('samples/bidang-penempatan.xlsx', { tw: 3 });
    const report = await buildReport({ ...v, workbook: v.workbook! }, { tw: 3, format: 'docx', paper: 'A4', charts: false, timeoutMs: 60_000 });
    const back = decodeFromWorker<typeof report.calc>(structuredClone(encodeForWorker(report.calc)));
    // Decimals compared by value, everything else by structure.
    const plain = (x: unknown) =>
      JSON.parse(
        JSON.stringify(x, function (this: Record<string, unknown>, k, val) {
          const raw = this[k];
          return raw instanceof Decimal ? `D:${raw.toString()}` : val;
        }),
      );
    expect(plain(back)).toEqual(plain(report.calc));
    const workbook = decodeFromWorker<typeof v.workbook>(structuredClone(encodeForWorker(v.workbook)));
    expect(plain(workbook)).toEqual(plain(v.workbook));
  });
});
