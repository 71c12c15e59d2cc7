/**
 * Per-file cost of reading/validating a workbook, in one process after a warm-up, so module
 * loading is excluded: bare exceljs readFile, exceljs load(buffer), lkj readWorkbook,
 * parseWorkbook, validateFile. Also times importing the modules `lkj validate` needs.
 *
 *   tsx bench/profile-validate.ts <file.xlsx>...
 */
import { readFile } from 'node:fs/promises';

const files = process.argv.slice(2);
const tImport = performance.now();
const ExcelJS = (await import('exceljs')).default;
const tExcel = performance.now();
const { readWorkbook } = await import('../src/workbook/read-workbook.js');
const { parseWorkbook } = await import('../src/validate/parse-workbook.js');
const { validateFile } = await import('../src/validate/validate-file.js');
const tAll = performance.now();
console.log(`import exceljs ${(tExcel - tImport).toFixed(0)} ms; lkj validate modules on top ${(tAll - tExcel).toFixed(0)} ms (tsx-compiled)`);

type Step = [string, (f: string) => Promise<unknown>];
const steps: Step[] = [
  ['exceljs readFile', (f) => new ExcelJS.Workbook().xlsx.readFile(f)],
  ['exceljs load(buffer)', async (f) => new ExcelJS.Workbook().xlsx.load((await readFile(f)) as unknown as ArrayBuffer)],
  ['readWorkbook', (f) => readWorkbook(f)],
  ['readWorkbook+parseWorkbook', async (f) => parseWorkbook(await readWorkbook(f), f, {})],
  ['validateFile', (f) => validateFile(f)],
];
for (const f of files.slice(0, 3)) for (const [, fn] of steps) await fn(f); // warm-up
for (let round = 0; round < 2; round++) {
  for (const [name, fn] of steps) {
    const t = performance.now();
    for (const f of files) await fn(f);
    console.log(`${name.padEnd(28)} ${((performance.now() - t) / files.length).toFixed(1).padStart(7)} ms/file`);
  }
}
