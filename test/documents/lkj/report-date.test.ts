import { describe, expect, it } from 'vitest';
import { reportDate } from '../../../src/pipeline/report-date.js';
import { workbook } from '../../helpers/workbook-fixture.js';

describe('reportDate: --date, then Identitas, then the default', () => {
  const identitasDate = { year: 2023, month: 10, day: 5 };
  const cliDate = { year: 2023, month: 10, day: 9 };
  const withKey = () => {
    const wb = workbook();
    wb.identitas.tanggalLaporan = { 3: identitasDate };
    return wb;
  };

  it('--date wins over Identitas Tanggal Laporan TWn (contract amendment, turn 2)', () => {
    expect(reportDate(withKey(), 3, cliDate)).toEqual(cliDate);
  });
  it('without --date, Identitas of that quarter', () => {
    expect(reportDate(withKey(), 3, undefined)).toEqual(identitasDate);
  });
  it('without either, the first weekday after the quarter that is not 1 January', () => {
    // 30 Sep 2023 is a Saturday -> Monday 2 October; TW4: 1 Jan 2024 (Monday) is skipped.
    expect(reportDate(withKey(), 2, undefined)).toEqual({ year: 2023, month: 7, day: 3 });
    expect(reportDate(workbook(), 3, undefined)).toEqual({ year: 2023, month: 10, day: 2 });
    expect(reportDate(workbook(), 4, undefined)).toEqual({ year: 2024, month: 1, day: 2 });
  });
});
