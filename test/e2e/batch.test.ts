import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { batchCommand, type BatchOptions } from '../../src/commands/batch.js';
import { discoverWorkbooks, shardOf } from '../../src/pipeline/discover-workbooks.js';
import { Printer } from '../../src/output/pdf/printer.js';
import { findBrowser } from '../../src/output/pdf/find-browser.js';
import { cli } from '../helpers/run-cli.js';
import { flat, pdfText } from '../helpers/pdf-text.js';
import { tempDir as makeTempDir } from '../helpers/xlsx.js';

// Every temporary folder a test makes is removed when the file is done.
const made: string[] = [];
function tempDir(): string {
  const d = makeTempDir();
  made.push(d);
  return d;
}
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

const VALID = readdirSync('samples').filter((f) => f.endsWith('.xlsx'));

function sampleTree(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'dinkes'));
  for (const f of VALID) copyFileSync(join('samples', f), join(dir, f.startsWith('dinkes') ? join('dinkes', f) : f));
  copyFileSync('samples/invalid/type-error-target.xlsx', join(dir, 'rusak.xlsx'));
  writeFileSync(join(dir, '~$bidang-penempatan.xlsx'), 'lock file of an open workbook');
  writeFileSync(join(dir, 'catatan.txt'), 'not a workbook');
  return dir;
}

const base = (inputs: string[], outDir: string): BatchOptions => ({
  inputs,
  outDir,
  tw: 3,
  format: 'pdf',
  paper: 'A4',
  charts: true,
  timeoutMs: 60_000,
  rekap: false,
  concurrency: 2,
});

describe('discoverWorkbooks and shards', () => {
  it('finds .xlsx recursively in sorted order, skipping lock files and the output folder', async () => {
    const dir = sampleTree();
    mkdirSync(join(dir, 'out'));
    copyFileSync(join(dir, 'sekretariat.xlsx'), join(dir, 'out', 'lama.xlsx'));
    const found = await discoverWorkbooks([dir], [join(dir, 'out')]);
    expect(found.map((f) => f.file.slice(dir.length + 1))).toEqual([
      'bidang-hubungan-industrial.xlsx',
      'bidang-pelatihan-produktivitas.xlsx',
      'bidang-penempatan.xlsx',
      'dinkes/dinkes-bidang-p2p.xlsx',
      'rusak.xlsx',
      'sekretariat.xlsx',
    ]);
    expect(found[3]!.relDir).toBe('dinkes');
  });
  it('M shards cover every workbook exactly once', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const all = [1, 2, 3, 4].flatMap((index) => shardOf(items, { index, count: 4 }));
    expect(all.sort((a, b) => a - b)).toEqual(items);
    expect(shardOf(items, { index: 2, count: 4 })).toEqual([1, 5, 9, 13, 17, 21]);
  });
});

describe('lkj batch (real browser)', () => {
  it('prints every valid workbook, reports the invalid one, writes the Rekap, exit 1', async () => {
    const dir = sampleTree();
    const out = join(dir, 'hasil');
    const r = await cli(['batch', '--tw', '3', '--out', out, '--concurrency', '2', '--rekap', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/6 buku kerja: 5 laporan dibuat, 1 gagal, [1-9]\d* peringatan\./);
    expect(existsSync(join(out, 'lkj-batch.json'))).toBe(true);
    expect(r.stdout).toContain('rusak.xlsx: Indikator!E4: Target harus berupa angka, ditemukan "seratus".');
    expect(r.stderr).toContain('[6/6]');
    const pdfs = readdirSync(out).filter((f) => f.startsWith('LKj_'));
    expect(pdfs).toHaveLength(4);
    expect(readdirSync(join(out, 'dinkes'))).toEqual(['LKj_TW3_2023_bidang-pencegahan-dan-pengendalian-penyakit.pdf']);
    expect(readdirSync(out).filter((f) => f.startsWith('.lkj-tmp'))).toEqual([]);
    // The Rekap lists every unit, grouped by perangkat daerah.
    const rekap = flat(await pdfText(join(out, 'Rekap_TW3_2023.pdf')));
    for (const unit of ['Bidang Penempatan dan Perluasan Kesempatan Kerja', 'Bidang Hubungan Industrial dan Jaminan Sosial', 'Sekretariat', 'Bidang Pencegahan dan Pengendalian Penyakit', 'Bidang Pelatihan dan Produktivitas Tenaga Kerja']) {
      expect(rekap).toContain(unit);
    }
    expect(rekap).toContain('139,09');
    expect(rekap).toContain('Dinas Kesehatan');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'Rekap_TW3_2023.xlsx'));
    const kinerja = wb.getWorksheet('Capaian Kinerja')!;
    const units = new Set<string>();
    kinerja.eachRow((row, n) => n > 1 && units.add(String(row.getCell(3).value)));
    expect(units.size).toBe(5);
    const ik1 = kinerja.getRows(2, kinerja.rowCount - 1)!.find((row) => String(row.getCell(4).value).startsWith('Jumlah pencari kerja ditempatkan'));
    expect(ik1?.getCell(7).value).toBe(139.09);
  });

  it('--summary json and --shard', async () => {
    const dir = sampleTree();
    const r = await cli(['batch', '--tw', '3', '--format', 'html', '--shard', '3/3', '--summary', 'json', '--out', join(dir, 'o'), dir]);
    const j = JSON.parse(r.stdout);
    expect(j.reports.map((x: { file: string }) => x.file.slice(dir.length + 1))).toEqual(['bidang-penempatan.xlsx', 'sekretariat.xlsx']);
    expect(j.reports.every((x: { status: string }) => x.status === 'ok')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('a browser killed in the middle of a batch still yields every report', async () => {
    const dir = sampleTree();
    const out = join(dir, 'hasil');
    const session = new Printer(findBrowser());
    let killed = false;
    const result = await batchCommand({
      ...base([dir], out),
      session,
      onEvent: (e) => {
        if (e.type === 'done' && e.item.status === 'ok' && !killed) {
          killed = true;
          // kill -9 of the shared browser while the next report is printing
          void session.get().then((b) => b.process()?.kill('SIGKILL'));
        }
      },
    });
    expect(killed).toBe(true);
    expect(result.items.filter((i) => i.status === 'ok')).toHaveLength(5);
    expect(result.browserLaunches).toBeGreaterThanOrEqual(2);
    for (const i of result.items.filter((x) => x.status === 'ok')) expect(existsSync(i.path!)).toBe(true);
    expect(readdirSync(out).filter((f) => f.startsWith('.lkj-tmp'))).toEqual([]);
  });
});

describe('discoverWorkbooks with the default --out .', () => {
  it('an output folder that contains the inputs does not hide them; Rekap workbooks are skipped', async () => {
    const dir = sampleTree();
    writeFileSync(join(dir, 'Rekap_TW3_2023.xlsx'), 'earlier output');
    const found = await discoverWorkbooks([join(dir, 'dinkes'), join(dir, 'sekretariat.xlsx'), dir], [dir]);
    expect(found).toHaveLength(6);
    expect(found.some((f) => f.file.endsWith('Rekap_TW3_2023.xlsx'))).toBe(false);
  });
});
