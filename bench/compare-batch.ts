/**
 * A/B of `lkj batch` between lkj builds (e.g. this checkout and a patched copy built
 * elsewhere) against the render floor, interleaved so that other load on the machine hits
 * all of them alike. Prints wall, CPU of the whole tree and of node alone, per build.
 *
 *   BENCH_N=100 BENCH_REPS=3 tsx bench/compare-batch.ts bin/lkj ../lkj-patched/bin/lkj
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeWorkbooks } from './lib/make-workbooks.js';
import { measure, median, waitQuiet, type Measured } from './lib/measure.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_N ?? 60);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const K = String(os.cpus().length);
const lkjs = process.argv.slice(2).map((p) => path.resolve(p));
if (lkjs.length === 0) lkjs.push(path.join(ROOT, 'bin', 'lkj'));

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lkj-compare-'));
try {
  const floor = path.join(ROOT, 'bench', '.cache', 'render-floor.mjs');
  execFileSync(process.execPath, [
    path.join(ROOT, 'node_modules', 'esbuild', 'bin', 'esbuild'),
    path.join(ROOT, 'bench', 'render-floor.ts'),
    '--bundle', '--platform=node', '--format=esm', '--packages=external', `--outfile=${floor}`, '--log-level=warning',
  ]);
  const input = path.join(tmp, 'in');
  mkdirSync(input);
  await makeWorkbooks(path.join(ROOT, 'samples', 'bidang-penempatan.xlsx'), input, N);
  const html = path.join(tmp, 'html');
  await measure('html', process.execPath, [lkjs[0]!, 'batch', '--tw', '3', input, '--out', html, '--format', 'html', '--concurrency', K]);

  const runs = new Map<string, Measured[]>();
  const one = async (key: string, cmd: string[]) => {
    await waitQuiet(20);
    const out = path.join(tmp, 'out');
    rmSync(out, { recursive: true, force: true });
    const m = await measure(key, process.execPath, cmd.map((a) => (a === '$OUT' ? out : a)));
    if (readdirSync(out).filter((f) => f.endsWith('.pdf')).length !== N) throw new Error(`${key}: missing PDFs`);
    runs.set(key, [...(runs.get(key) ?? []), m]);
    console.log(`rep ${runs.get(key)!.length} ${key.padEnd(40)} wall ${(m.wallMs / 1000).toFixed(2)} s, CPU ${m.cpuS.toFixed(1)} s (node ${m.rootCpuS.toFixed(1)}), other ${m.otherCpuS.toFixed(1)}`);
  };
  for (let i = 0; i < REPS; i++) {
    for (const l of lkjs) await one(l, [l, 'batch', '--tw', '3', input, '--out', '$OUT', '--concurrency', K]);
    await one('render floor', [floor, html, '$OUT', K]);
  }
  const f = runs.get('render floor')!;
  const fw = median(f.map((m) => m.wallMs));
  const fc = median(f.map((m) => m.cpuS));
  console.log(`\nN=${N}, ${REPS} repetitions, medians:`);
  for (const [k, ms] of runs) {
    const w = median(ms.map((m) => m.wallMs));
    const c = median(ms.map((m) => m.cpuS));
    const n = median(ms.map((m) => m.rootCpuS));
    console.log(`${k.padEnd(40)} wall ${(w / 1000).toFixed(2)} s (x${(w / fw).toFixed(2)})  CPU ${c.toFixed(1)} s (x${(c / fc).toFixed(2)}; node ${n.toFixed(1)}, browser ${(c - n).toFixed(1)})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
