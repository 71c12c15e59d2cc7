/**
 * Starts lkj from its single-file bundle (dist/lkj.cjs) through V8's code cache.
 *
 * Why: most of a single `lkj generate` used to be Node loading and compiling its libraries
 * (exceljs, puppeteer-core, pdf-lib, zod: about a second on a 2-core machine) while Chromium
 * booted on the other core. One bundled file loads several times faster, and with the code
 * V8 compiled on an earlier run it loads in a fraction of that again. Node 22 offers this as
 * `module.enableCompileCache()`; Node 20, which lkj supports, does not, so it is done here
 * with `vm.Script`'s `cachedData`, the mechanism that API is built on.
 *
 * The cache is only an optimisation: any problem reading or writing it is ignored, and V8
 * itself refuses data made by another V8 version or with other flags.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { makeDirsSync } from '../write/make-dirs.js';

type Env = Record<string, string | undefined>;

/** Runs the CommonJS bundle at `bundlePath` as the program, using and refreshing the code cache. */
export function runBundle(bundlePath: string, argv: readonly string[] = process.argv.slice(2), env: Env = process.env): void {
  const source = readFileSync(bundlePath, 'utf8');
  const cacheFile = codeCacheFile(bundlePath, argv, env);
  const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    cachedData,
    // A dependency's own `import()` of a Node module goes through the normal loader.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Saved at the end, so the code compiled while the command ran is in it too. Only after a
    // command that ran to its end (exit 0 or 1), not after an interrupt or a crash.
    process.once('exit', (code) => {
      if (code <= 1) saveCodeCache(cacheFile, script.createCachedData());
    });
  }
  const wrapper = script.runInThisContext() as (e: object, r: NodeJS.Require, m: { exports: object }, f: string, d: string) => void;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
}

/**
 * Where the code cache for this bundle build, Node version and command lives, or null when
 * it is switched off (`LKJ_CODE_CACHE=0`). Per user (`$XDG_CACHE_HOME/lkj`, `~/.cache/lkj`,
 * or `LKJ_CACHE_DIR`), never a shared temp directory: V8 trusts what it loads from there.
 * The key carries the bundle's size and modification time, because V8 checks a cache against
 * its source by length only and a rebuilt bundle must never run an older build's code.
 */
export function codeCacheFile(bundlePath: string, argv: readonly string[], env: Env): string | null {
  if (env.LKJ_CODE_CACHE === '0') return null;
  const dir = env.LKJ_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'lkj');
  let stat;
  try {
    stat = statSync(bundlePath);
  } catch {
    return null;
  }
  // Each command compiles different code; one cache per command keeps each one complete.
  const command = /^[a-z]{1,20}$/.test(argv[0] ?? '') ? argv[0] : 'lain';
  const key = [bundlePath, stat.size, Math.trunc(stat.mtimeMs), process.version, process.arch].join('\n');
  return join(dir, `${command}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.v8cache`);
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Atomic (parallel CI shards share the directory); caches of older builds are removed. */
function saveCodeCache(file: string, data: Buffer): void {
  try {
    const dir = dirname(file);
    makeDirsSync(dir, 0o700);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, file);
    const name = basename(file);
    const command = name.slice(0, name.indexOf('-') + 1);
    for (const f of readdirSync(dir)) {
      if (f !== name && f.startsWith(command) && f.endsWith('.v8cache')) rmSync(join(dir, f), { force: true });
    }
  } catch {
    // No cache this time; the next run compiles again.
  }
}
