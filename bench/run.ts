/**
 * lkj benchmarks (`npm run bench`). One run:
 *
 *   builds dist/ (npm run build), N workbook variants of samples/bidang-penempatan.xlsx in a
 *   temp dir, their final HTML (`lkj batch --format html`), then measures, each thing as a
 *   child process whose whole process tree (node + Chromium) is sampled every 50 ms:
 *
 *   (a) lkj batch --tw 3 DIR --out OUT --concurrency <cores>           N reports
 *   (b) render floor: bench/render-floor.ts, same HTML, one browser, <cores> pages at once
 *   (c) naive: one `lkj generate` per file for 10 files, scaled x N/10
 *   (d) one `lkj generate` of the sample vs `chromium --headless --print-to-pdf` of its HTML
 *   (e) `lkj validate` of the N files vs bench/exceljs-floor.ts (bare exceljs load of each)
 *   (f) peak RSS of a batch of 200 vs a batch of 20
 *
 * and prints the ratios against their targets and writes BENCHMARKS.md (a hand-written part
 * below the `<!-- notes -->` marker is kept).
 *
 * Options (env or argv `--name=value`):
 *   BENCH_N       / --n        workbooks for (a), (b), (e)            default 100
 *   BENCH_REPS    / --reps     repetitions, median reported            default 3
 *   BENCH_D_REPS  / --d-reps   repetitions of (d) (at least BENCH_REPS)  default 7
 *   BENCH_NAIVE   / --naive    files for (c)                           default 10
 *   BENCH_F_SMALL / --f-small  (f) small batch                         default 20
 *   BENCH_F_BIG   / --f-big    (f) large batch                         default 200
 *   BENCH_ONLY    / --only     stages to run, e.g. "a,b" or "d,e"      default all
 *   BENCH_BUDGET  / --budget   seconds: (a)/(b) repetitions beyond the first are only run
 *                              while the projected total stays under it  default 720
 *   BENCH_QUIET   / --quiet    seconds to wait, before each measurement, for the machine to
 *                              go idle (other people's processes)      default 20
 *   BENCH_QUIET_TOTAL / --quiet-total  cap on all that waiting            default 90
 *   BENCH_BUILD=1 / BENCH_NO_BUILD=1  always / never run `npm run build` first (default: only
 *                              when a file in src/ is newer than dist/)
 *   BENCH_LKJ=path/bin/lkj     measure another lkj build (e.g. a patched copy) instead of ./bin/lkj;
 *                              the floors still come from this checkout
 *   BENCH_KEEP=1               keep the temp dir
 *   BENCH_NO_WRITE=1           do not write BENCHMARKS.md
 *
 *   quick run:  BENCH_N=20 BENCH_F_BIG=60 npm run bench
 */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeWorkbooks } from './lib/make-workbooks.js';
import { measure as measureNow, median, waitQuiet, type Measured, type RunOptions } from './lib/measure.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const SAMPLE = path.join(ROOT, 'samples', 'bidang-penempatan.xlsx');
/** The lkj to measure: this checkout's bin/lkj, or another build (BENCH_LKJ=/path/to/bin/lkj) to compare a change. */
const LKJ = process.env.BENCH_LKJ ? path.resolve(process.env.BENCH_LKJ) : path.join(ROOT, 'bin', 'lkj');
const CHROMIUM = process.env.LKJ_BROWSER ?? '/usr/bin/chromium';

// ------------------------------------------------------------------ options

function opt(name: string, env: string, def: string): string {
  const flag = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  if (flag) return flag.slice(name.length + 3);
  return process.env[env] ?? def;
}
const N = Number(opt('n', 'BENCH_N', '100'));
const REPS = Number(opt('reps', 'BENCH_REPS', '3'));
const NAIVE = Math.min(Number(opt('naive', 'BENCH_NAIVE', '10')), N);
const F_SMALL = Number(opt('f-small', 'BENCH_F_SMALL', '20'));
const F_BIG = Number(opt('f-big', 'BENCH_F_BIG', '200'));
const BUDGET_S = Number(opt('budget', 'BENCH_BUDGET', '720'));
// (d) is one short report per run and the noisiest ratio: at least 7 repetitions (cheap).
const D_REPS = Math.max(REPS, Number(opt('d-reps', 'BENCH_D_REPS', '7')));
const ONLY = new Set(opt('only', 'BENCH_ONLY', 'a,b,c,d,e,f,t,w,x').split(',').map((s) => s.trim()));
/** Full-year sample for (t) (Renstra, four quarters). */
const ANNUAL_SAMPLE = path.join(ROOT, 'samples', 'bidang-pelatihan-produktivitas.xlsx');
const W_SAVES = Number(opt('w-saves', 'BENCH_W_SAVES', '7'));
const QUIET_S = Number(opt('quiet', 'BENCH_QUIET', '20'));
const QUIET_TOTAL_S = Number(opt('quiet-total', 'BENCH_QUIET_TOTAL', '90'));
const CORES = os.cpus().length;
const run = (stage: string) => ONLY.has(stage);

const t0 = performance.now();
const elapsedS = () => (performance.now() - t0) / 1000;
const log = (s: string) => console.error(`[${elapsedS().toFixed(0).padStart(4)}s] ${s}`);

// ------------------------------------------------------------------ results

interface Row {
  key: string;
  what: string;
  runs: Measured[];
  /** Work units the wall time stands for (reports, files). */
  units: number;
  /** Wall time multiplier (naive: x N/10). */
  scale?: number;
  note?: string;
}
const rows = new Map<string, Row>();
function add(key: string, what: string, m: Measured, units: number, extra: Partial<Row> = {}) {
  const r = rows.get(key) ?? { key, what, runs: [], units, ...extra };
  r.runs.push(m);
  rows.set(key, r);
}
const wallS = (r: Row) => (median(r.runs.map((m) => m.wallMs)) / 1000) * (r.scale ?? 1);
const rssMiB = (r: Row) => median(r.runs.map((m) => m.peakRss)) / 2 ** 20;
const maxRssMiB = (r: Row) => Math.max(...r.runs.map((m) => m.peakRss)) / 2 ** 20;

// ------------------------------------------------------------------ helpers

let quietWaitS = 0;
/** measure(), started in a quiet moment when there is one. */
async function measure(label: string, cmd: string, args: string[], options?: RunOptions): Promise<Measured> {
  const left = Math.min(QUIET_S, QUIET_TOTAL_S - quietWaitS);
  if (left > 0) quietWaitS += await waitQuiet(left);
  return measureNow(label, cmd, args, options);
}

/** Newest modification time of the files under dir (ms). */
function newest(dir: string, ext: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(ext)) t = Math.max(t, statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return t;
}
function distStale(): boolean {
  const bundle = path.join(ROOT, 'dist', 'lkj.cjs');
  // The bundle holds src/ and the precompiled built-in templates.
  return !existsSync(bundle) || Math.max(newest(path.join(ROOT, 'src'), '.ts'), newest(path.join(ROOT, 'templates'), '.hbs')) > statSync(bundle).mtimeMs;
}

const node = process.execPath;
const lkj = (label: string, args: string[]) => measure(label, node, [LKJ, ...args], { cwd: ROOT });

function linkDir(dir: string, files: string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const f of files) linkSync(f, path.join(dir, path.basename(f)));
  return dir;
}

function countFiles(dir: string, ext: string): number {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).length : 0;
}

/** Checks a batch run made every report. */
function checkBatch(m: Measured, n: number, out: string, ext: string) {
  const made = countFiles(out, ext);
  if (!m.stdout.includes(`${n} buku kerja: ${n} laporan dibuat, 0 gagal`) || made !== n) {
    throw new Error(`${m.label}: expected ${n} ${ext} files, got ${made}\n${m.stdout.slice(-1500)}`);
  }
}

function versionOf(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The floor scripts as [command, ...args]: bundled with esbuild (tsx's own dependency) to plain
 * .mjs so they start as fast as `node bin/lkj`; without esbuild, run through tsx (slower start).
 */
async function floorCommands(): Promise<{ render: string[]; exceljs: string[]; how: string }> {
  const src = { render: path.join(BENCH, 'render-floor.ts'), exceljs: path.join(BENCH, 'exceljs-floor.ts') };
  try {
    const { build } = await import('esbuild');
    const outdir = path.join(BENCH, '.cache');
    await build({
      entryPoints: [src.render, src.exceljs],
      outdir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outExtension: { '.js': '.mjs' },
      logLevel: 'warning',
    });
    return { render: [path.join(outdir, 'render-floor.mjs')], exceljs: [path.join(outdir, 'exceljs-floor.mjs')], how: 'bundled with esbuild, run with plain node' };
  } catch (err) {
    log(`esbuild unavailable (${String(err).split('\n')[0]}); floors run through tsx`);
    return { render: ['--import', 'tsx', src.render], exceljs: ['--import', 'tsx', src.exceljs], how: 'run through tsx (node --import tsx)' };
  }
}

// ------------------------------------------------------------------ (w) watch

/**
 * Starts `lkj generate --watch` on `book`, waits for its first document, then for each
 * variant writes it over the workbook and times until lkj prints the new PDF's line.
 */
async function watchSaves(book: string, out: string, variants: string[]): Promise<Measured[]> {
  const { spawn } = await import('node:child_process');
  const child = spawn(node, [LKJ, 'generate', '--tw', '3', '--watch', '--out', out, book], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (d: Buffer) => (text += d.toString()));
  const waitFor = async (count: number) => {
    const end = Date.now() + 120_000;
    while ((text.match(/^✓ /gm) ?? []).length < count) {
      if (Date.now() > end || child.exitCode !== null) throw new Error(`watch: no document line ${count}:\n${text}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const results: Measured[] = [];
  try {
    await waitFor(1);
    for (let i = 0; i < variants.length; i++) {
      await new Promise((r) => setTimeout(r, 300));
      const t = performance.now();
      writeFileSync(book, readFileSync(variants[i]!));
      await waitFor(i + 2);
      const wallMs = performance.now() - t;
      results.push({ label: 'watch', wallMs, exitCode: 0, cpuS: 0, rootCpuS: 0, otherCpuS: 0, peakRss: 0, peakRootRss: 0, peakChildRss: 0, peakProcs: 0, stdout: '', stderr: '' } as unknown as Measured);
    }
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
  return results;
}

// ------------------------------------------------------------------ main

let floors: { render: string[]; exceljs: string[]; how: string } = { render: [], exceljs: [], how: '' };

async function main() {
  log(`N=${N} reps=${REPS} naive=${NAIVE} f=${F_SMALL}/${F_BIG} concurrency=${CORES} stages=${[...ONLY].join(',')}`);
  if (LKJ !== path.join(ROOT, 'bin', 'lkj')) log(`measuring ${LKJ}`);
  else if (process.env.BENCH_BUILD || (!process.env.BENCH_NO_BUILD && distStale())) {
    log('npm run build');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
  floors = await floorCommands();

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lkj-bench-'));
  log(`temp dir ${tmp}`);
  try {
    const poolSize = Math.max(N, run('f') ? Math.max(F_BIG, F_SMALL) : 0, NAIVE);
    log(`writing ${poolSize} workbook variants`);
    const pool = await makeWorkbooks(SAMPLE, linkDir(path.join(tmp, 'pool'), []), poolSize);
    const inN = linkDir(path.join(tmp, `in-${N}`), pool.slice(0, N));

    // Sanity: every variant is valid (also warms the page cache and node's compile cache).
    const sanity = await lkj('validate pool', ['validate', ...pool]);
    if (!sanity.stdout.includes(`${pool.length} sah, 0 tidak sah`)) throw new Error(`variants not valid:\n${sanity.stdout.slice(-1500)}`);

    // The final HTML of the N reports (input of the render floor), timed for information.
    const htmlN = path.join(tmp, `html-${N}`);
    if (run('a') || run('b')) {
      log(`lkj batch --format html (${N})`);
      const m = await lkj('batch html', ['batch', '--tw', '3', inN, '--out', htmlN, '--format', 'html', '--concurrency', String(CORES)]);
      checkBatch(m, N, htmlN, '.html');
      add('html', `lkj batch --format html, ${N} workbooks (no browser)`, m, N);
    }

    // Warm-up: one PDF through the whole stack (Chromium binary and fonts into the page cache).
    log('warm-up generate');
    await lkj('warm-up', ['generate', '--tw', '3', SAMPLE, '--out', path.join(tmp, 'warm')]);

    // (d) one generate vs bare chromium --print-to-pdf of the same HTML.
    if (run('d')) {
      const dHtmlDir = path.join(tmp, 'd-html');
      await lkj('d html', ['generate', '--tw', '3', SAMPLE, '--out', dHtmlDir, '--format', 'html']);
      const html = path.join(dHtmlDir, readdirSync(dHtmlDir).find((f) => f.endsWith('.html'))!);
      for (let i = 0; i < D_REPS; i++) {
        log(`(d) rep ${i + 1}/${D_REPS}`);
        const out = path.join(tmp, `d-lkj-${i}`);
        add('d.lkj', 'lkj generate (sample), 1 report', await lkj('d lkj', ['generate', '--tw', '3', SAMPLE, '--out', out]), 1);
        const pdf = path.join(tmp, `d-chromium-${i}.pdf`);
        const m = await measure('d chromium', CHROMIUM, [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-pdf-header-footer',
          `--print-to-pdf=${pdf}`,
          `file://${html}`,
        ]);
        if (!existsSync(pdf)) throw new Error('chromium --print-to-pdf wrote nothing');
        add('d.chromium', 'chromium --headless --print-to-pdf (same HTML)', m, 1);
        // For the breakdown: the same HTML through bare puppeteer (launch, 1 page, close) = render floor of 1.
        const pOut = path.join(tmp, `d-puppeteer-${i}`);
        add('d.puppeteer', 'bare puppeteer-core, same HTML: launch + 1 page + close (render floor of 1; for reference)', await measure('d puppeteer', node, [...floors.render, dHtmlDir, pOut, '1']), 1);
      }
    }

    // (t) one annual report vs bare chromium --print-to-pdf of its final HTML.
    if (run('t')) {
      const tHtmlDir = path.join(tmp, 't-html');
      await lkj('t html', ['generate', '--dokumen', 'lkj-tahunan', ANNUAL_SAMPLE, '--out', tHtmlDir, '--format', 'html']);
      const html = path.join(tHtmlDir, readdirSync(tHtmlDir).find((f) => f.endsWith('.html'))!);
      for (let i = 0; i < REPS; i++) {
        log(`(t) rep ${i + 1}/${REPS}`);
        add('t.lkj', 'lkj generate --dokumen lkj-tahunan (full-year sample), 1 report', await lkj('t lkj', ['generate', '--dokumen', 'lkj-tahunan', ANNUAL_SAMPLE, '--out', path.join(tmp, `t-lkj-${i}`)]), 1);
        const pdf = path.join(tmp, `t-chromium-${i}.pdf`);
        add('t.chromium', 'chromium --headless --print-to-pdf (same annual HTML)', await measure('t chromium', CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`]), 1);
      }
    }

    // (w) generate --watch: from a save of the workbook to the new PDF written.
    if (run('w')) {
      log(`(w) generate --watch, ${W_SAVES} saves`);
      const wDir = path.join(tmp, 'w');
      mkdirSync(wDir, { recursive: true });
      const book = path.join(wDir, 'data.xlsx');
      writeFileSync(book, readFileSync(pool[0]!));
      for (const m of await watchSaves(book, path.join(wDir, 'out'), pool.slice(1, 1 + W_SAVES))) add('w', 'lkj generate --watch: save → PDF written (warm browser)', m, 1);
    }

    // (e) validate N vs bare exceljs load of N.
    if (run('e')) {
      const files = pool.slice(0, N);
      for (let i = 0; i < REPS; i++) {
        log(`(e) rep ${i + 1}/${REPS}`);
        add('e.validate', `lkj validate, ${N} files`, await lkj('e validate', ['validate', ...files]), N);
        add('e.exceljs', `bare exceljs readFile, ${N} files (bench/exceljs-floor.ts)`, await measure('e exceljs', node, [...floors.exceljs, ...files]), N);
      }
    }

    // (c) naive: one generate per file, NAIVE files, scaled to N.
    if (run('c')) {
      log(`(c) ${NAIVE} x lkj generate`);
      const out = path.join(tmp, 'c-out');
      const runs: Measured[] = [];
      for (const f of pool.slice(0, NAIVE)) runs.push(await lkj('c generate', ['generate', '--tw', '3', f, '--out', out]));
      if (countFiles(out, '.pdf') !== NAIVE) throw new Error('naive: missing PDFs');
      const total: Measured = {
        ...runs[0]!,
        label: 'naive',
        wallMs: runs.reduce((a, m) => a + m.wallMs, 0),
        cpuS: runs.reduce((a, m) => a + m.cpuS, 0),
        rootCpuS: runs.reduce((a, m) => a + m.rootCpuS, 0),
        otherCpuS: runs.reduce((a, m) => a + m.otherCpuS, 0),
        peakRss: Math.max(...runs.map((m) => m.peakRss)),
        peakRootRss: Math.max(...runs.map((m) => m.peakRootRss)),
        peakChildRss: Math.max(...runs.map((m) => m.peakChildRss)),
      };
      add('c', `naive: lkj generate per file, ${NAIVE} files x ${N}/${NAIVE}`, total, N, {
        scale: N / NAIVE,
        note: `${NAIVE} sequential runs, 1 repetition, scaled; per file median ${(median(runs.map((m) => m.wallMs)) / 1000).toFixed(2)} s`,
      });
    }

    // (a) / (b), interleaved.
    const batchArgs = (dir: string, out: string) => ['batch', '--tw', '3', dir, '--out', out, '--concurrency', String(CORES)];
    const abRep = async (i: number) => {
      if (run('a')) {
        log(`(a) lkj batch ${N}, rep ${i + 1}`);
        const out = path.join(tmp, `a-out-${i}`);
        const m = await lkj('a batch', batchArgs(inN, out));
        checkBatch(m, N, out, '.pdf');
        add('a', `lkj batch, ${N} workbooks, --concurrency ${CORES}`, m, N);
        rmSync(out, { recursive: true, force: true });
      }
      if (run('b')) {
        log(`(b) render floor ${N}, rep ${i + 1}`);
        const out = path.join(tmp, `b-out-${i}`);
        const m = await measure('b floor', node, [...floors.render, htmlN, out, String(CORES)]);
        if (countFiles(out, '.pdf') !== N) throw new Error('render floor: missing PDFs');
        add('b', `render floor, same ${N} HTML, 1 browser, ${CORES} pages at once`, m, N);
        rmSync(out, { recursive: true, force: true });
        // The same floor keeping each page for the next file, as lkj batch does.
        log(`(b') render floor ${N} reusing pages, rep ${i + 1}`);
        const outR = path.join(tmp, `b-reuse-out-${i}`);
        const mR = await measure('b floor reuse', node, [...floors.render, htmlN, outR, String(CORES), '--reuse-pages']);
        if (countFiles(outR, '.pdf') !== N) throw new Error('render floor (reuse): missing PDFs');
        add('b.reuse', `render floor reusing pages: same ${N} HTML, 1 browser, ${CORES} pages kept for all files (info)`, mR, N);
        rmSync(outR, { recursive: true, force: true });
      }
    };
    const tRep = performance.now();
    await abRep(0);
    const repS = (performance.now() - tRep) / 1000;

    // (f) batch of F_BIG vs F_SMALL: peak RSS.
    if (run('f')) {
      for (const n of [F_SMALL, F_BIG]) {
        if (n === N && rows.get('a')) {
          rows.set(`f.${n}`, { ...rows.get('a')!, key: `f.${n}`, what: `lkj batch, ${n} workbooks (= run (a))` });
          continue;
        }
        log(`(f) lkj batch ${n}`);
        const dir = linkDir(path.join(tmp, `in-${n}`), pool.slice(0, n));
        const out = path.join(tmp, `f-out-${n}`);
        const m = await lkj(`f batch ${n}`, batchArgs(dir, out));
        checkBatch(m, n, out, '.pdf');
        add(`f.${n}`, `lkj batch, ${n} workbooks, --concurrency ${CORES}`, m, n, { note: '1 repetition' });
        rmSync(out, { recursive: true, force: true });
      }
    }

    // (x) the same N reports as Word documents (no browser).
    if (run('x')) {
      for (let i = 0; i < REPS; i++) {
        log(`(x) lkj batch --format docx ${N}, rep ${i + 1}`);
        const out = path.join(tmp, `x-out-${i}`);
        const m = await lkj('x batch docx', [...batchArgs(inN, out), '--format', 'docx']);
        checkBatch(m, N, out, '.docx');
        add('x.batch', `lkj batch --format docx, ${N} workbooks`, m, N);
        rmSync(out, { recursive: true, force: true });
        add('x.generate', 'lkj generate --format docx (sample), 1 report (info)', await lkj('x generate docx', ['generate', '--tw', '3', SAMPLE, '--format', 'docx', '--out', path.join(tmp, `x-gen-${i}`)]), 1);
      }
    }

    // More (a)/(b) repetitions while affordable.
    let reps = 1;
    while (reps < REPS && (run('a') || run('b'))) {
      if (elapsedS() + repS > BUDGET_S) {
        log(`(a)/(b): stopping at ${reps} repetition(s): another takes ~${repS.toFixed(0)} s, budget ${BUDGET_S} s`);
        break;
      }
      await abRep(reps++);
    }
    for (const k of ['a', 'b', 'b.reuse']) {
      const r = rows.get(k);
      if (r && r.runs.length < REPS) r.note = `${r.runs.length} of ${REPS} repetitions (time budget ${BUDGET_S} s)`;
    }

    report(tmp);
  } finally {
    if (process.env.BENCH_KEEP) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ report

interface Ratio {
  name: string;
  value: number | null;
  /** The same ratio from the fastest runs and from CPU time: less sensitive to other load. */
  alt: string;
  target: string;
  met: boolean | null;
  detail: string;
}

function ratios(): Ratio[] {
  const r = (k: string) => rows.get(k);
  const out: Ratio[] = [];
  const minWall = (x: Row) => Math.min(...x.runs.map((m) => m.wallMs)) * (x.scale ?? 1);
  const cpu = (x: Row) => median(x.runs.map((m) => m.cpuS)) * (x.scale ?? 1);
  const push = (name: string, a: Row | undefined, b: Row | undefined, f: (a: Row, b: Row) => number, op: '<=' | '>=', target: number, detail: string) => {
    const value = a && b ? f(a, b) : null;
    const alt = a && b && !name.includes('RSS') ? `min wall ${fmt(minWall(a) / minWall(b))}, CPU ${fmt(cpu(a) / cpu(b))}` : '';
    out.push({ name, value, alt, target: `${op} ${target}`, met: value === null ? null : op === '<=' ? value <= target : value >= target, detail });
  };
  push('(a)/(b) batch / render floor, wall', r('a'), r('b'), (a, b) => wallS(a) / wallS(b), '<=', 1.15, 'median wall');
  const a = r('a');
  const bReuse = r('b.reuse');
  push("(a)/(b') batch / render floor reusing pages, wall", a, bReuse, (x, y) => wallS(x) / wallS(y), '<=', 1.1, 'median wall');
  push('(c)/(a) naive / batch, wall', r('c'), r('a'), (c, a) => wallS(c) / wallS(a), '>=', 5, 'naive scaled to N');
  push('(d) lkj generate / chromium CLI, wall', r('d.lkj'), r('d.chromium'), (a, b) => wallS(a) / wallS(b), '<=', 0.85, 'one report');
  push('(t) annual generate / chromium CLI, wall', r('t.lkj'), r('t.chromium'), (a, b) => wallS(a) / wallS(b), '<=', 1.3, 'one annual report');
  push('(x) batch pdf / batch docx, wall', r('a'), r('x.batch'), (a, b) => wallS(a) / wallS(b), '>=', 3, `${N} reports`);
  const w = r('w');
  out.push({
    name: '(w) generate --watch: save → new PDF, s',
    value: w ? wallS(w) : null,
    alt: w ? `fastest ${fmt(minWall(w) / 1000)} s` : '',
    target: '<= 0.5',
    met: w ? wallS(w) <= 0.5 : null,
    detail: 'median of the saves',
  });
  push('(e) validate / bare exceljs, wall', r('e.validate'), r('e.exceljs'), (a, b) => wallS(a) / wallS(b), '<=', 1.5, `${N} files`);
  const dl = r('d.lkj');
  const dp = r('d.puppeteer');
  if (dl && dp) {
    const value = wallS(dl) / wallS(dp);
    out.push({ name: "(d') lkj generate / bare puppeteer, 1 report (info)", value, alt: `min wall ${fmt(minWall(dl) / minWall(dp))}, CPU ${fmt(cpu(dl) / cpu(dp))}`, target: '-', met: null, detail: 'info' });
  }
  push(`(f) peak RSS batch ${F_BIG} / batch ${F_SMALL}`, r(`f.${F_BIG}`), r(`f.${F_SMALL}`), (a, b) => rssMiB(a) / rssMiB(b), '<=', 1.3, 'tree RSS');
  return out;
}

const fmt = (x: number, d = 2) => x.toFixed(d);

function rawTable(): string[] {
  const lines = [
    '| | what | runs | median wall s | min–max wall s | per unit s | peak RSS MiB (tree) | node MiB | browser MiB | max procs | CPU s (tree / node) | other CPU s |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows.values()) {
    const walls = r.runs.map((m) => (m.wallMs / 1000) * (r.scale ?? 1));
    const med = (f: (m: Measured) => number) => median(r.runs.map(f));
    const contended = med((m) => m.otherCpuS / ((m.wallMs / 1000) * CORES)) > 0.15;
    const notes = [r.note, contended ? 'CONTENDED: other processes used >15% of the cores' : ''].filter(Boolean).join('; ');
    lines.push(
      `| ${r.key} | ${r.what}${notes ? ` (${notes})` : ''} | ${r.runs.length} | ${fmt(wallS(r))} | ${fmt(Math.min(...walls))}–${fmt(Math.max(...walls))} | ${fmt(wallS(r) / r.units, 3)} | ${fmt(rssMiB(r), 0)} | ${fmt(med((m) => m.peakRootRss) / 2 ** 20, 0)} | ${fmt(med((m) => m.peakChildRss) / 2 ** 20, 0)} | ${Math.max(...r.runs.map((m) => m.peakProcs))} | ${fmt(med((m) => m.cpuS) * (r.scale ?? 1), 1)} / ${fmt(med((m) => m.rootCpuS) * (r.scale ?? 1), 1)} | ${fmt(med((m) => m.otherCpuS) * (r.scale ?? 1), 1)} |`,
    );
  }
  return lines;
}

function ratioTable(rs: Ratio[]): string[] {
  const lines = ['| ratio | value | target | | same ratio from fastest runs / from CPU time |', '|---|---:|---:|---|---|'];
  for (const r of rs) {
    lines.push(`| ${r.name} | ${r.value === null ? 'n/a' : fmt(r.value)} | ${r.target} | ${r.detail === 'info' ? 'info' : r.met === null ? 'not run' : r.met ? 'met' : '**missed**'} | ${r.alt} |`);
  }
  return lines;
}

function machine(): string[] {
  const cpu = os.cpus();
  let commit = versionOf('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']);
  if (versionOf('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src', 'templates']) !== '') commit += ' + uncommitted changes in src/ or templates/';
  return [
    `- date: ${new Date().toISOString()}`,
    `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores`,
    `- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- node ${process.version}; ${versionOf(CHROMIUM, ['--version'])}`,
    `- lkj commit ${commit}${process.env.BENCH_LKJ ? `; measured build: ${LKJ}` : ''}`,
    `- load average at the end of the run: ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')} (other people's processes share the machine; see the "other CPU s" column)`,
  ];
}

function report(tmp: string) {
  const rs = ratios();
  console.log('');
  console.log(rawTable().join('\n'));
  console.log('');
  for (const r of rs) {
    console.log(
      `${r.name.padEnd(44)} ${r.value === null ? '  n/a' : fmt(r.value).padStart(6)}  target ${r.target.padEnd(7)} ${(r.detail === 'info' ? 'info' : r.met === null ? 'not run' : r.met ? 'met' : 'MISSED').padEnd(7)} ${r.alt}`,
    );
  }
  console.log(`\ntotal bench time ${elapsedS().toFixed(0)} s, of which ${quietWaitS.toFixed(0)} s waiting for a quiet machine (temp dir ${tmp})`);
  if (process.env.BENCH_NO_WRITE) return;

  const file = path.join(ROOT, 'BENCHMARKS.md');
  const MARK = '<!-- notes -->';
  const prev = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const notes = prev.includes(MARK) ? prev.slice(prev.indexOf(MARK)) : `${MARK}\n`;
  const md = [
    '# lkj benchmarks',
    '',
    'Generated by `npm run bench` (bench/run.ts); everything above the notes marker is rewritten on each run.',
    '',
    '## Machine',
    '',
    ...machine(),
    '',
    '## Setup',
    '',
    `- N = ${N} workbook variants of samples/bidang-penempatan.xlsx (own Unit Kerja and figures each; bench/lib/make-workbooks.ts), TW 3, A4, charts on.`,
    `- Each measured command runs as a child process; wall time is spawn → exit; peak RSS is the largest sum of VmRSS over the process and all its descendants (node + every Chromium process), sampled every 50 ms from /proc (shared pages of Chromium's processes count once per process). "node" / "browser" are the peaks of the root process and of its descendants separately.`,
    `- Before each measurement the bench waits up to ${QUIET_S} s for the machine to be idle (other people's tests share it); "other CPU s" is the CPU the rest of the machine used during the run (incl. the bench's own 50 ms sampler), and rows where that exceeded 15% of the cores are marked CONTENDED. The ratios table also gives each ratio from the fastest runs and from CPU time, which other load disturbs less. Total bench time ${elapsedS().toFixed(0)} s (${quietWaitS.toFixed(0)} s of it waiting for quiet).`,
    `- Median of ${REPS} repetitions where affordable (the row says when fewer were run); (d) ${D_REPS}. (c) is ${NAIVE} sequential \`lkj generate\` runs scaled ×${N}/${NAIVE}. (f) is one run each.`,
    `- The floors (bench/render-floor.ts, bench/exceljs-floor.ts) are ${floors.how} (lkj runs as \`node bin/lkj\`: the single-file bundle dist/lkj.cjs through V8's code cache, which the warm-up run and each command's first run fill).`,
    `- (b) prints the HTML written by \`lkj batch --format html\` with the same launch flags (BROWSER_ARGS), the same page loading (request interception, JavaScript off) and the same page.pdf options as src/output/pdf/print-pdf.ts; it does no workbook reading, no templating and no PDF post-processing, and writes without fsync. It opens a new page per file (a bare loop, as the issue describes it); (b') is the same floor keeping each of its pages for all its files, as lkj batch does (information, no target).`,
    '',
    '## Raw numbers',
    '',
    ...rawTable(),
    '',
    '## Ratios',
    '',
    ...ratioTable(rs),
    '',
    notes.trimEnd(),
    '',
  ].join('\n');
  writeFileSync(file, md);
  log(`wrote ${path.relative(ROOT, file)}`);
}

await main();
