import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/xlsx.js';

// A workbook whose only problem is a warning (Pagu written as text), and the main sample,
// whose only problem is a warning too (a terbilang that does not match its number).
const WARN_ONLY = 'samples/invalid/text-number-pagu.xlsx';
const SAMPLE = 'samples/bidang-penempatan.xlsx';
const CLEAN = 'samples/sekretariat.xlsx';

const dirs: string[] = [];
const temp = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('--strict', () => {
  it('validate: warnings alone pass without --strict and fail with it (json valid: false, exit 1)', async () => {
    const plain = await cli(['validate', '--tw', '3', '--format', 'json', WARN_ONLY]);
    expect(plain.code).toBe(0);
    const pj = JSON.parse(plain.stdout);
    expect(pj.valid).toBe(true);
    expect(pj.files[0].warnings.map((w: { code: string }) => w.code)).toEqual(['text-number']);

    const strict = await cli(['validate', '--strict', '--tw', '3', '--format', 'json', WARN_ONLY, CLEAN]);
    expect(strict.code).toBe(1);
    const sj = JSON.parse(strict.stdout);
    expect(sj.valid).toBe(false);
    expect(sj.files.map((f: { valid: boolean }) => f.valid)).toEqual([false, true]);
    expect(sj.files[0].errors).toEqual([]);
    expect(sj.files[0].warnings[0]).toMatchObject({ code: 'text-number', sheet: 'Anggaran', cell: 'D4' });
  });

  it('validate text and github name the doubtful file', async () => {
    const t = await cli(['validate', '--strict', '--tw', '3', WARN_ONLY]);
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('TIDAK SAH (--strict: ada peringatan)');
    const g = await cli(['validate', '--strict', '--tw', '3', '--format', 'github', WARN_ONLY]);
    expect(g.code).toBe(1);
    expect(g.stdout).toContain(`::error file=${WARN_ONLY},title=Anggaran!D4::`);
  });

  it('generate: a warning refuses the workbook and nothing is written', async () => {
    const out = temp();
    const r = await cli(['generate', '--strict', '--tw', '3', '--format', 'html', '--out', out, SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${SAMPLE}: peringatan Analisis!C3:`);
    expect(r.stderr).toContain('[terbilang]');
    expect(r.stderr).toContain('--strict menolak buku kerja ini');
    expect(readdirSync(out)).toEqual([]);
    // Without --strict the same workbook is printed, its warning shown.
    const ok = await cli(['generate', '--tw', '3', '--format', 'html', '--out', out, SAMPLE]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('peringatan: samples/bidang-penempatan.xlsx: Analisis!C3');
  });
});

describe('lkj validate with folders', () => {
  it('searches folders recursively like batch (sorted, no lock files), files given stay in place', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'sub', 'dalam'), { recursive: true });
    copyFileSync(CLEAN, join(dir, 'b.xlsx'));
    copyFileSync(WARN_ONLY, join(dir, 'sub', 'a.xlsx'));
    copyFileSync('samples/invalid/zero-target.xlsx', join(dir, 'sub', 'dalam', 'rusak.xlsx'));
    writeFileSync(join(dir, '~$b.xlsx'), 'lock file');
    writeFileSync(join(dir, 'catatan.txt'), 'not a workbook');
    const r = await cli(['validate', '--format', 'json', SAMPLE, dir]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { file: string }) => f.file)).toEqual([SAMPLE, join(dir, 'b.xlsx'), join(dir, 'sub', 'a.xlsx'), join(dir, 'sub', 'dalam', 'rusak.xlsx')]);
    expect(j.files.map((f: { valid: boolean }) => f.valid)).toEqual([true, true, true, false]);
    expect(j.files[3].errors[0].code).toBe('zero-target');
  });

  it('a folder without workbooks is an input error naming it', async () => {
    const dir = temp();
    const r = await cli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`lkj: Folder "${dir}" tidak berisi buku kerja .xlsx.`);
  });

  it('a folder named like a workbook is still reported as not a file', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'data.xlsx'));
    const r = await cli(['validate', '--format', 'json', join(dir, 'data.xlsx')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].errors[0].code).toBe('not-a-file');
    expect(existsSync(join(dir, 'data.xlsx'))).toBe(true);
  });
});
