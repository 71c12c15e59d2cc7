/**
 * "Leave nothing behind": after any lkj command, an interrupt or a browser crash, no
 * Chromium process and no temporary file or folder of Chromium's or lkj's own remains.
 * Each run gets a TMPDIR of its own that must be empty afterwards: that covers Chromium's
 * profile, its `org.chromium.Chromium.*` folders and lkj's `lkj-chromium-*` folders alike,
 * whatever other programs on the machine do in /tmp.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/output/pdf/find-browser.js';
import { launchBrowser } from '../../src/output/pdf/launch-browser.js';
import { cli } from '../helpers/run-cli.js';
import { validSheets, writeXlsx } from '../helpers/xlsx.js';

const made: string[] = [];
const fresh = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
};
afterAll(() => {
  // Each folder on its own: one still being written by a failed run must not keep the rest.
  for (const d of made) {
    try {
      rmSync(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    } catch {
      // Reported by the test that failed.
    }
  }
});

interface Proc {
  pid: number;
  pgrp: number;
  env: string[];
  cmdline: string;
}

/** Live (not zombie) processes, as far as this user may read them. */
function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z' || state === 'X') continue;
      const env = readFileSync(`/proc/${name}/environ`, 'utf8').split('\0');
      out.push({ pid: Number(name), pgrp: Number(pgrp), env, cmdline: readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // Ended meanwhile, or not ours to read.
    }
  }
  return out;
}

const under = (p: Proc, dir: string) => p.env.some((e) => e === `TMPDIR=${dir}` || e.startsWith(`TMPDIR=${dir}/`)) || p.cmdline.includes(`${dir}/`);

/** The Chromium browser processes (not their helpers) whose profile lies in `dir`. */
const browsersUnder = (dir: string) => processes().filter((p) => p.cmdline.includes(`--user-data-dir=${dir}/`) && !p.cmdline.includes('--type='));

/**
 * Notes the process group of every Chromium started under `dir` while it runs. Chromium's
 * zygotes, renderers and GPU process get a cleared environment and no profile on their
 * command line; their process group (Chromium's, started detached) is what names them.
 */
function watchBrowsers(dir: string): { groups: Set<number>; stop: () => void } {
  const groups = new Set<number>();
  const timer = setInterval(() => {
    for (const b of browsersUnder(dir)) groups.add(b.pgrp);
  }, 20);
  return { groups, stop: () => clearInterval(timer) };
}

/** What is still alive of a run under `dir`: lkj itself, a Chromium, or any helper of one. */
const leftovers = (dir: string, groups: Set<number>) => processes().filter((p) => under(p, dir) || groups.has(p.pgrp));

async function until<T>(probe: () => T | undefined | false, limitMs: number, what: string): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function expectNothingLeft(tmp: string, groups: Set<number>, out?: string): void {
  expect(readdirSync(tmp)).toEqual([]);
  expect(leftovers(tmp, groups)).toEqual([]);
  if (out && existsSync(out)) expect(readdirSync(out, { recursive: true }).filter((f) => String(f).includes('.lkj-tmp-'))).toEqual([]);
}

let workbook: string;
beforeAll(async () => {
  workbook = await writeXlsx(join(fresh('lkj-test-'), 'unit.xlsx'), validSheets());
});

describe('in-process commands', () => {
  const savedTmp = process.env.TMPDIR;
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });

  // A second each on an idle machine; the limit allows for a machine busy with other work.
  it('20 generates in a row (Chromium killed after each print) leave no process and no temp file', { timeout: 600_000 }, async ({ signal }) => {
    const tmp = fresh('lkj-test-tmp-');
    const out = fresh('lkj-test-out-');
    // os.tmpdir() reads TMPDIR at each call: lkj's folders land here, and Chromium's inside them.
    process.env.TMPDIR = tmp;
    const watch = watchBrowsers(tmp);
    try {
      // The loop stops when the test times out: it would launch browsers into later tests' TMPDIR.
      for (let i = 0; i < 20 && !signal.aborted; i++) {
        const r = await cli(['generate', '--tw', '3', '--out', out, workbook]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expectNothingLeft(tmp, watch.groups, out);
      }
    } finally {
      watch.stop();
    }
    // Every run's Chromium was seen (each in a process group of its own), and none is left.
    expect(watch.groups.size).toBeGreaterThanOrEqual(20);
    expectNothingLeft(tmp, watch.groups, out);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
  });

  it('a browser that cannot start leaves no folder behind', async () => {
    const tmp = fresh('lkj-test-tmp-');
    process.env.TMPDIR = tmp;
    await expect(launchBrowser('/bin/false')).rejects.toThrow(/gagal dijalankan/);
    expectNothingLeft(tmp, new Set());
  });

  it('a crashed browser (main process killed) takes its helpers and its folder with it', async () => {
    const tmp = fresh('lkj-test-tmp-');
    process.env.TMPDIR = tmp;
    const browser = await launchBrowser(findBrowser());
    await (await browser.newPage()).setContent('<p>x</p>');
    const group = new Set([browser.process()!.pid!]);
    const helpers = leftovers(tmp, group).filter((p) => p.cmdline.includes('--type='));
    expect(helpers.map((p) => p.cmdline)).toEqual(expect.arrayContaining([expect.stringContaining('--type=zygote'), expect.stringContaining('--type=renderer')]));
    // Only the browser process dies; its zygotes and renderers are not told.
    browser.process()!.kill('SIGKILL');
    await browser.close().catch(() => undefined);
    expectNothingLeft(tmp, group);
  });
});

describe('lkj as a process', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });

  /** `lkj batch` from source on `n` copies of the workbook, with TMPDIR pointing at a fresh folder. */
  function startBatch(n: number) {
    const tmp = fresh('lkj-test-tmp-');
    const input = fresh('lkj-test-in-');
    const out = join(fresh('lkj-test-out-'), 'lkj');
    for (let i = 0; i < n; i++) copyFileSync(workbook, join(input, `unit-${String(i).padStart(2, '0')}.xlsx`));
    const watch = watchBrowsers(tmp);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'batch', input, '--tw', '3', '--out', out, '--concurrency', '1'], {
      // tsx keeps a cache in TMPDIR unless told not to; the folder must see only lkj's files.
      env: { ...process.env, TMPDIR: tmp, TSX_DISABLE_CACHE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.resume();
    const exit = new Promise<{ code: number | null; stderr: string }>((resolve) =>
      child.on('exit', (code) => {
        watch.stop();
        resolve({ code, stderr });
      }),
    );
    return { child, tmp, out, groups: watch.groups, exit };
  }
  const pdfsIn = (out: string) => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.pdf')).length : 0);

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`a batch interrupted with ${signal} while printing leaves no process and no temp file`, { timeout: 240_000 }, async () => {
      const run = startBatch(40);
      // Interrupted once reports are coming out, i.e. with Chromium up and printing.
      await until(() => pdfsIn(run.out) >= 1, 180_000, 'the first PDF');
      expect(browsersUnder(run.tmp)).toHaveLength(1);
      run.child.kill(signal);
      const r = await run.exit;
      expect(r.stderr).toContain(`dihentikan (${signal})`);
      expect(r.code).toBe(code);
      expect(pdfsIn(run.out)).toBeLessThan(40);
      expect(run.groups.size).toBeGreaterThanOrEqual(1);
      expectNothingLeft(run.tmp, run.groups, run.out);
    });
  }

  it('a batch whose Chromium crashes mid-run relaunches it, finishes, and leaves nothing of either browser', { timeout: 240_000 }, async () => {
    const run = startBatch(10);
    await until(() => pdfsIn(run.out) >= 1, 180_000, 'the first PDF');
    const [first] = browsersUnder(run.tmp);
    expect(first).toBeDefined();
    process.kill(first!.pid, 'SIGKILL');
    const r = await run.exit;
    expect(r.code).toBe(0);
    expect(pdfsIn(run.out)).toBe(10);
    expect(run.groups.size).toBeGreaterThanOrEqual(2);
    expectNothingLeft(run.tmp, run.groups, run.out);
  });

  it('when lkj itself is SIGKILLed (no code of it runs), the next lkj removes what it left', { timeout: 240_000 }, async () => {
    const run = startBatch(40);
    await until(() => pdfsIn(run.out) >= 1, 180_000, 'the first PDF');
    run.child.kill('SIGKILL');
    await run.exit;
    expect(readdirSync(run.tmp).filter((f) => f.startsWith('lkj-chromium-'))).toHaveLength(1);
    // The next browser started with the same TMPDIR (here in this process) sweeps it away.
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = run.tmp;
    try {
      const browser = await launchBrowser(findBrowser());
      expect(readdirSync(run.tmp)).toHaveLength(1);
      await browser.close();
    } finally {
      process.env.TMPDIR = saved;
    }
    expectNothingLeft(run.tmp, run.groups, run.out);
  });
});
