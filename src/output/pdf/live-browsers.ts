import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A folder of lkj's own (`$TMPDIR/lkj-chromium-<host>-<pid>-*`) that holds everything one
 * Chromium writes: its profile and, through TMPDIR, its own temporary files (the
 * `org.chromium.Chromium.*` singleton folder, shared-memory files). Removing the folder
 * removes all of it, whichever way the browser ended: closed, killed, crashed or
 * interrupted. Kept apart from launch-browser.ts so the entry point need not load puppeteer.
 */
export class BrowserHome {
  readonly dir: string;
  readonly profile: string;
  /** TMPDIR for Chromium; undefined: its own (this folder's path is too long for it). */
  readonly tmp: string | undefined;
  private pid: number | undefined;
  private released: Promise<void> | null = null;
  private done = false;

  constructor() {
    sweepOrphans();
    // The owner's machine and pid in the name let a later lkj recognise a folder whose owner was killed.
    this.dir = mkdtempSync(join(tmpdir(), `lkj-chromium-${HOST}-${process.pid}-`));
    this.profile = join(this.dir, 'profile');
    mkdirSync(this.profile);
    // Chromium's own temporary files go next to the profile, unless the path would be too
    // long: its singleton socket ($TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket) must
    // fit a socket address (107 bytes), else Chromium does not start at all.
    this.tmp = this.dir.length <= 62 ? this.dir : undefined;
    homes.add(this);
    watchExit();
  }

  /** The browser's process id, once it is known (it leads a process group of its own). */
  attach(pid: number | undefined): void {
    this.pid = pid;
  }

  /**
   * Kills whatever is left of this Chromium (its whole process group: zygotes, renderers,
   * GPU and utility processes), waits for it to end and removes its folder, without
   * blocking: a profile is some 200 files, a noticeable pause under load. Safe to call
   * more than once; every call waits for the same removal.
   */
  release(): Promise<void> {
    this.released ??= (async () => {
      const groups = this.kill();
      const end = Date.now() + 2000;
      while (Date.now() < end && groupsAlive(groups)) await sleep(5);
      await rm(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 }).catch(() => undefined);
      this.done = true;
      homes.delete(this);
    })();
    return this.released;
  }

  /**
   * The same, synchronously, for when the process exits and no promise would ever settle
   * (see watchExit). Safe after or during release().
   */
  dispose(): void {
    if (this.done) return;
    waitSync(this.kill());
    try {
      rmSync(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
    } catch {
      // Nothing more can be done (the exit path has no one to tell); the folder is in TMPDIR.
    }
    this.done = true;
    homes.delete(this);
  }

  /** SIGKILLs the browser's process group; returns the groups it reached. */
  private kill(): number[] {
    // A launch that failed never told its pid: find it by the profile on its command line.
    const groups = this.pid !== undefined ? [this.pid] : pidsUsing(this.profile);
    for (const g of groups) killGroup(g);
    return groups;
  }
}

/**
 * This machine, in short: a pid says nothing about a folder made on another host or in
 * another container sharing the temp folder, whose processes this one cannot see.
 */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);
const swept = new Set<string>();
/**
 * Removes the folders (and ends any Chromium still using them) of lkj processes that were
 * killed outright (SIGKILL, out of memory, power loss): no code of theirs could run. Only
 * folders whose owner is no longer alive are touched, once per temp folder and process.
 */
function sweepOrphans(): void {
  const base = tmpdir();
  if (swept.has(base)) return;
  swept.add(base);
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^lkj-chromium-([0-9a-f]{6})-(\d+)-/.exec(name);
    if (!m || m[1] !== HOST || Number(m[2]) === process.pid || isAlive(Number(m[2]))) continue;
    const dir = join(base, name);
    const groups = pidsUsing(join(dir, 'profile'));
    for (const g of groups) killGroup(g);
    waitSync(groups);
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
    } catch {
      // Another user's, or not removable: left alone.
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: alive, but someone else's.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders of browsers still alive (or not yet cleaned up) in this process. */
const homes = new Set<BrowserHome>();

/** Kills every browser this process started and removes its files; safe in a signal handler. */
export function killLiveBrowsers(): void {
  for (const h of [...homes]) h.dispose();
}

let watching = false;
/**
 * However the process ends (process.exit in a signal handler, the last task done, an
 * uncaught error), no browser and no browser folder survives it: 'exit' listeners run
 * synchronously before Node is gone, unlike puppeteer's own asynchronous profile removal.
 */
function watchExit(): void {
  if (watching) return;
  watching = true;
  process.on('exit', killLiveBrowsers);
}

function killGroup(pid: number): void {
  try {
    // Chromium is started detached, in a process group of its own: -pid reaches every helper.
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Processes whose command line names this profile folder (Linux; elsewhere none found). */
function pidsUsing(profile: string): number[] {
  const needle = `--user-data-dir=${profile}`;
  const out: number[] = [];
  for (const pid of procPids()) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(needle)) out.push(pid);
    } catch {
      // Ended meanwhile.
    }
  }
  return out;
}

function procPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .map(Number);
  } catch {
    return [];
  }
}

/** Blocks until these process groups have ended (at most 2 s). */
function waitSync(groups: number[]): void {
  const end = Date.now() + 2000;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  while (Date.now() < end && groupsAlive(groups)) Atomics.wait(sleeper, 0, 0, 5);
}

/**
 * Whether a live process is left in these process groups: none may write into the folder
 * after it is removed. Linux only (/proc; elsewhere the kill has to do); zombies awaiting
 * their parent's wait() write nothing and are not counted.
 */
function groupsAlive(groups: number[]): boolean {
  if (groups.length === 0 || process.platform !== 'linux') return false;
  const wanted = new Set(groups);
  return procPids().some((pid) => isLiveMemberOf(pid, wanted));
}

function isLiveMemberOf(pid: number, groups: Set<number>): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so split after the last ')'.
  const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return state !== 'Z' && state !== 'X' && groups.has(Number(pgrp));
}
