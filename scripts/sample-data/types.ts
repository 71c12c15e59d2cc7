/**
 * Plain data shapes for the sample workbooks (see docs/buku-kerja.md).
 * Every sample is first described as `UnitData`, turned into `SheetData` (header row +
 * data rows, in contract column order) and only then written with exceljs, so that the
 * invalid variants can be made by editing cells at known A1 addresses.
 * `UnitData` and the cell types live in src/workbook/unit-data.ts, shared with `lkj init`.
 */
import type { CellInput } from '../../src/workbook/unit-data.js';

export type * from '../../src/workbook/unit-data.js';
export { DISNAKER_LUMAJANG, disnakerIdentitas } from '../../src/workbook/reference-example.js';

/** One worksheet: header row (row 1) and data rows (row 2 on). */
export interface SheetData {
  name: string;
  header: string[];
  rows: CellInput[][];
}
