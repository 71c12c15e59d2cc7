import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/calc/compute-report.js';
import { buildRekapViewModels } from '../../src/documents/rekap/build-rekap-view-model.js';
import { buildRekapWorkbook } from '../../src/workbook/write-rekap-workbook.js';
import { centralDirectory } from '../../src/write/zip.js';
import { referenceWorkbook } from '../documents/lkj/fixtures/reference-workbook.js';

describe('Rekap workbook', () => {
  it('is the same bytes on every run (zip entry dates pinned to the quarter end)', async () => {
    const wb = referenceWorkbook();
    const [view] = buildRekapViewModels([{ identitas: wb.identitas, calc: computeReport(wb, 3) }], 3);
    const a = await buildRekapWorkbook(view!);
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2-second resolution
    const b = await buildRekapWorkbook(view!);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(centralDirectory(Buffer.from(a))!.length).toBeGreaterThan(3);
  });
});
