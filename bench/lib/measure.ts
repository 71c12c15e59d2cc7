/**
 * Runs a command as a child process and measures it from the outside: wall time (spawn ->
 * exit) and the peak resident memory of its whole process tree (the command plus every
 * descendant, e.g. Chromium's browser, zygote, GPU/utility and renderer processes).
 *
 * The tree is found by scanning /proc/<pid>/stat (ppid links) every `intervalMs`; each
 * member's resident set is read from /proc/<pid>/statm (same figure as VmRSS). Summing RSS
 * counts pages shared between Chromium processes more than once, which is the usual
 * (conservative) way to state a process tree's memory.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
const TICKS = 100; // USER_HZ

export interface Measured {
  label: string;
  wallMs: number;
  exitCode: number | null;
  /** Peak of the summed RSS of the process tree, bytes. */
  peakRss: number;
  /** Peak RSS of the root process alone (the node process), bytes. */
  peakRootRss: number;
  /** Peak of the summed RSS of the descendants (the browser), bytes. */
  peakChildRss: number;
  /** Most processes alive at once in the tree. */
  peakProcs: number;
  /** Approximate CPU seconds (user+sys) used by the tree, from the last sample of each process. */
  cpuS: number;
  /** CPU seconds of the root process alone. */
  rootCpuS: number;
  /**
   * CPU seconds the whole machine was busy during the run minus what the tree used: other
   * processes competing for the cores (other people's tests, builds). Near 0 = a clean run.
   */
  otherCpuS: number;
  samples: number;
  stdout: string;
  stderr: string;
}

interface Stat {
  ppid: number;
  cpuTicks: number;
}

function readStat(pid: number): Stat | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may contain spaces/parens: fields start after the last ')'.
    const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
    // rest[0]=state, rest[1]=ppid, ..., utime=rest[11], stime=rest[12] (own time only: reaped
    // children's time is not added, each process is counted from its own last sample).
    return { ppid: Number(rest[1]), cpuTicks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return null;
  }
}

function readRss(pid: number): number {
  try {
    const s = readFileSync(`/proc/${pid}/statm`, 'utf8');
    return Number(s.split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** Busy CPU ticks of the whole machine so far (all cores). */
function machineBusyTicks(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal
  return f[0]! + f[1]! + f[2]! + f[5]! + f[6]! + f[7]!;
}

/** The pids of `root` and all its descendants right now, with their stat. */
function tree(root: number): Map<number, Stat> {
  const all = new Map<number, Stat>();
  for (const name of readdirSync('/proc')) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const pid = Number(name);
    const st = readStat(pid);
    if (st) all.set(pid, st);
  }
  const children = new Map<number, number[]>();
  for (const [pid, st] of all) {
    const list = children.get(st.ppid);
    if (list) list.push(pid);
    else children.set(st.ppid, [pid]);
  }
  const out = new Map<number, Stat>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const st = all.get(pid);
    if (!st) continue;
    out.set(pid, st);
    for (const c of children.get(pid) ?? []) stack.push(c);
  }
  return out;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  intervalMs?: number;
  /** Fail (throw) on a non-zero exit. Default true. */
  check?: boolean;
}

export function measure(label: string, cmd: string, args: string[], options: RunOptions = {}): Promise<Measured> {
  const intervalMs = options.intervalMs ?? 50;
  return new Promise((resolve, reject) => {
    const busy0 = machineBusyTicks();
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const root = child.pid!;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peakRss = 0;
    let peakRootRss = 0;
    let peakChildRss = 0;
    let peakProcs = 0;
    let samples = 0;
    const cpu = new Map<number, number>();
    const sample = () => {
      const t = tree(root);
      let total = 0;
      let kids = 0;
      for (const [pid, st] of t) {
        const rss = readRss(pid);
        total += rss;
        if (pid === root) peakRootRss = Math.max(peakRootRss, rss);
        else kids += rss;
        cpu.set(pid, st.cpuTicks);
      }
      peakRss = Math.max(peakRss, total);
      peakChildRss = Math.max(peakChildRss, kids);
      peakProcs = Math.max(peakProcs, t.size);
      samples++;
    };
    sample();
    const timer = setInterval(sample, intervalMs);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      const wallMs = performance.now() - t0;
      const busy = (machineBusyTicks() - busy0) / TICKS;
      clearInterval(timer);
      const rootCpu = cpu.get(root) ?? 0;
      let ticks = 0;
      for (const v of cpu.values()) ticks += v;
      // stdout/stderr may still be draining.
      setImmediate(() => {
        const m: Measured = {
          label,
          wallMs,
          exitCode: code,
          peakRss,
          peakRootRss,
          peakChildRss,
          peakProcs,
          cpuS: ticks / TICKS,
          rootCpuS: rootCpu / TICKS,
          otherCpuS: Math.max(0, busy - ticks / TICKS),
          samples,
          stdout,
          stderr,
        };
        if ((options.check ?? true) && code !== 0) {
          reject(new Error(`${label}: ${cmd} ${args.slice(0, 6).join(' ')}... exited ${code}\n${stderr.slice(-2000)}`));
        } else resolve(m);
      });
    });
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Waits (up to `maxS`) until the machine is nearly idle: less than `cores` CPUs busy over a
 * 500 ms window. Other people's tests and builds share this machine; starting a measurement
 * in a quiet moment keeps their load out of it. Returns the seconds waited.
 */
export async function waitQuiet(maxS: number, cores = 0.3): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const b0 = machineBusyTicks();
    await new Promise((r) => setTimeout(r, 500));
    const busyCores = (machineBusyTicks() - b0) / TICKS / 0.5;
    const waited = (performance.now() - t0) / 1000;
    if (busyCores < cores || waited >= maxS) return waited;
  }
}
