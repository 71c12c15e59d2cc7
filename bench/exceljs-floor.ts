/**
 * The workbook-reading floor: a bare exceljs load of each file, one after the other, in one
 * node process (what `lkj validate` cannot do with less).
 *
 *   exceljs-floor <file.xlsx>...
 */
import ExcelJS from 'exceljs';

const files = process.argv.slice(2);
let sheets = 0;
for (const f of files) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  sheets += wb.worksheets.length;
}
console.log(`${files.length} files, ${sheets} sheets`);
