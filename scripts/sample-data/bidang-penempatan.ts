/**
 * Bidang Penempatan dan Perluasan Kesempatan Kerja, TA 2023: the workbook behind the
 * reference report. The data lives in src/workbook/reference-example.ts, where the
 * examples of `lkj init` are taken from it too.
 */
export { REFERENCE_UNIT as bidangPenempatan } from '../../src/workbook/reference-example.js';
