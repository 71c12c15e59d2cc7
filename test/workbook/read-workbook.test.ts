/**
 * The reader keeps each number's format code exactly as stored, so the validator can tell a
 * real percent format from a literal `%` — on files written by exceljs and by LibreOffice
 * (the committed fixture was saved by LibreOffice Calc; see scripts/build-corpus.ts).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/workbook/read-workbook.js';
import type { RawWorkbook } from '../../src/workbook/raw-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'lkj-test-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LIBREOFFICE = fileURLToPath(new URL('../fixtures/libreoffice/percent-format-figures.xlsx', import.meta.url));

function formats(wb: RawWorkbook, sheet: string): Record<string, string | undefined> {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  return Object.fromEntries(s.rows.flatMap((r) => r.cells.map((c) => [c.address, c.numFmt])));
}

describe('readWorkbook: number formats', () => {
  it('keeps built-in (9, 10), custom, quoted and escaped format codes of an exceljs-written file', async () => {
    const file = join(dir, 'formats.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    const codes = ['0%', '0.00%', '#,##0.00%', '0"%"', '0\\%', '#,##0,', '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_);_(@_)', '#.##0'];
    codes.forEach((f, i) => {
      const c = ws.getCell(i + 1, 1);
      c.value = 0.7025;
      c.numFmt = f;
    });
    ws.getCell(9, 1).value = 0.7025; // General
    ws.getCell(10, 1).value = '53.955.500';
    ws.getCell(10, 1).numFmt = '@';
    await wb.xlsx.writeFile(file);
    const got = formats(await readWorkbook(file), 'S');
    codes.forEach((f, i) => expect(got[`A${i + 1}`], f).toBe(f));
    expect(got.A9).toBeUndefined();
    expect(got.A10).toBe('@');
  });

  it('reads a LibreOffice-saved file: percent formats stay percent, its 0\\% (for 0"%") stays escaped', async () => {
    const raw = await readWorkbook(LIBREOFFICE);
    const got = formats(raw, 'Indikator');
    expect(got.K6).toBe('0.00%');
    expect(got.J6).toBe('#,##0.00%');
    expect(got.E6).toBe('0%');
    expect(got.E5).toBe('0\\%');
    expect(got.I5).toBe('0\\%');
    const k6 = raw.sheets.find((s) => s.name === 'Indikator')!.rows.flatMap((r) => r.cells).find((c) => c.address === 'K6');
    expect(k6?.value).toEqual({ kind: 'number', value: 0.7025 });
  });
});
