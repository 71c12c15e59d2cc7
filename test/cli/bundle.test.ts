/**
 * What users run: bin/lkj → dist/boot.js → the bundle dist/lkj.cjs (built by `npm install`),
 * with V8's code cache. Checks the bundle behaves like the source, that the precompiled
 * built-in templates print exactly what compiling them does, and how the cache is kept.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { codeCacheFile } from '../../src/boot/run-bundle.js';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/xlsx.js';

const run = promisify(execFile);
const BIN = 'bin/lkj';
const SAMPLE = 'samples/bidang-penempatan.xlsx';

async function lkj(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the bundled program (bin/lkj)', () => {
  it('is built', () => {
    expect(existsSync('dist/lkj.cjs'), 'dist/lkj.cjs is missing: run `npm run build`').toBe(true);
  });

  it('prints the same HTML as the source, through the precompiled templates, and keeps one code cache per command', async () => {
    const cache = tempDir();
    const outBundle = tempDir();
    const outSource = tempDir();
    const env = { LKJ_CACHE_DIR: cache };
    const first = await lkj(['generate', '--tw', '3', '--format', 'html', SAMPLE, '--out', outBundle], env);
    expect(first.code, first.stderr).toBe(0);
    // The sample's deliberate slip is still reported by the bundle.
    expect(first.stderr).toContain('Terbilang "8 (lima)"');
    const src = await cli(['generate', '--tw', '3', '--format', 'html', SAMPLE, '--out', outSource]);
    expect(src.code).toBe(0);
    const name = readdirSync(outSource)[0]!;
    expect(readdirSync(outBundle)).toEqual([name]);
    expect(readFileSync(join(outBundle, name), 'utf8')).toBe(readFileSync(join(outSource, name), 'utf8'));

    const caches = readdirSync(cache);
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(/^generate-[0-9a-f]{16}\.v8cache$/);
    // A second run reads it (and leaves it as it is) and gives the same result.
    const before = readFileSync(join(cache, caches[0]!));
    const second = await lkj(['generate', '--tw', '3', '--format', 'html', SAMPLE, '--out', outBundle], env);
    expect(second.code).toBe(0);
    expect(readdirSync(cache)).toEqual(caches);
    expect(readFileSync(join(cache, caches[0]!)).equals(before)).toBe(true);

    const version = await lkj(['--version'], env);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    const all = readdirSync(cache);
    expect(all).toHaveLength(2);
    expect(all.filter((f) => f.startsWith('lain-'))).toHaveLength(1);
  });

  it('survives an unreadable cache and a user error with the contract exit code', async () => {
    const cache = tempDir();
    const env = { LKJ_CACHE_DIR: cache };
    const key = codeCacheFile(join(process.cwd(), 'dist/lkj.cjs'), ['calc'], env)!;
    writeFileSync(key, 'not a V8 code cache');
    const r = await lkj(['calc', '--tw', '3', '--format', 'json', SAMPLE], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ tw: 3 });
    // The rejected data was replaced by a real cache.
    expect(readFileSync(key).length).toBeGreaterThan(1000);
    const bad = await lkj(['calc', '--tw', '3', 'tidak-ada.xlsx'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('codeCacheFile', () => {
  const dir = tempDir();
  const bundle = join(dir, 'lkj.cjs');
  writeFileSync(bundle, '// bundle');

  it('is per user and per command, and off with LKJ_CODE_CACHE=0', () => {
    expect(codeCacheFile(bundle, ['generate', 'x.xlsx'], { XDG_CACHE_HOME: '/c' })).toMatch(/^\/c\/lkj\/generate-[0-9a-f]{16}\.v8cache$/);
    expect(codeCacheFile(bundle, ['--version'], { LKJ_CACHE_DIR: '/d' })).toMatch(/^\/d\/lain-/);
    expect(codeCacheFile(bundle, ['generate'], { LKJ_CODE_CACHE: '0' })).toBeNull();
    expect(codeCacheFile(join(dir, 'missing.cjs'), ['generate'], {})).toBeNull();
  });

  it('changes when the bundle is rebuilt, even to the same length', () => {
    const before = codeCacheFile(bundle, ['batch'], { LKJ_CACHE_DIR: '/d' });
    writeFileSync(bundle, '// BUNDLE');
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    expect(codeCacheFile(bundle, ['batch'], { LKJ_CACHE_DIR: '/d' })).not.toBe(before);
  });
});
