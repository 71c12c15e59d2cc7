import { describe, it, expect } from 'vitest';
import {
  calendarDateFromJsDate,
  defaultReportDate,
  formatTanggal,
  isValidCalendarDate,
  parseTanggal,
  toIsoDate,
} from '../../src/format/format-date.js';

describe('formatTanggal', () => {
  it('writes day, Indonesian month name and year', () => {
    expect(formatTanggal({ year: 2023, month: 10, day: 2 })).toBe('2 Oktober 2023');
    expect(formatTanggal({ year: 2024, month: 1, day: 1 })).toBe('1 Januari 2024');
    expect(formatTanggal({ year: 2024, month: 2, day: 29 })).toBe('29 Februari 2024');
  });
  it('uses the Indonesian month names', () => {
    const names = Array.from({ length: 12 }, (_, i) => formatTanggal({ year: 2023, month: i + 1, day: 15 }).split(' ')[1]);
    expect(names).toEqual([
      'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
      'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    ]);
  });
  it('rejects impossible dates', () => {
    expect(() => formatTanggal({ year: 2023, month: 2, day: 31 })).toThrow(RangeError);
  });
});

describe('defaultReportDate', () => {
  it('is the first weekday after the quarter ends', () => {
    expect(defaultReportDate(2023, 3)).toEqual({ year: 2023, month: 10, day: 2 }); // 30 Sep is a Saturday
    expect(defaultReportDate(2023, 1)).toEqual({ year: 2023, month: 4, day: 3 }); // 1 Apr is a Saturday
    expect(defaultReportDate(2023, 2)).toEqual({ year: 2023, month: 7, day: 3 }); // 1 Jul is a Saturday
    expect(defaultReportDate(2024, 1)).toEqual({ year: 2024, month: 4, day: 1 }); // a Monday
    expect(formatTanggal(defaultReportDate(2023, 3))).toBe('2 Oktober 2023');
  });
  it('skips 1 January, a national holiday (contract amendment, turn 2)', () => {
    // 1 Jan 2024 is a Monday: the next weekday is Tuesday 2 January.
    expect(defaultReportDate(2023, 4)).toEqual({ year: 2024, month: 1, day: 2 });
    expect(formatTanggal(defaultReportDate(2023, 4))).toBe('2 Januari 2024');
    // 1 Jan 2025 is a Wednesday -> Thursday 2 January.
    expect(defaultReportDate(2024, 4)).toEqual({ year: 2025, month: 1, day: 2 });
    // 1 Jan 2021 is a Friday -> past the weekend to Monday 4 January.
    expect(defaultReportDate(2020, 4)).toEqual({ year: 2021, month: 1, day: 4 });
    // 1 Jan 2022 is a Saturday: the weekend already skips it -> Monday 3 January.
    expect(defaultReportDate(2021, 4)).toEqual({ year: 2022, month: 1, day: 3 });
  });
  it('over two centuries: after the quarter, a weekday, never 1 January, and nothing earlier qualifies', () => {
    const utc = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day);
    const DAY = 86_400_000;
    const workday = (t: number) => {
      const x = new Date(t);
      return x.getUTCDay() !== 0 && x.getUTCDay() !== 6 && !(x.getUTCMonth() === 0 && x.getUTCDate() === 1);
    };
    for (let year = 1950; year <= 2150; year++) {
      for (const tw of [1, 2, 3, 4] as const) {
        const got = utc(defaultReportDate(year, tw));
        const quarterEnd = Date.UTC(year, tw * 3, 0); // day 0 of the next month
        expect(workday(got), `${year} TW${tw}`).toBe(true);
        for (let t = quarterEnd + DAY; t < got; t += DAY) expect(workday(t), `${year} TW${tw}`).toBe(false);
        expect(got).toBeGreaterThan(quarterEnd);
      }
    }
  });
  it('rejects a bad triwulan', () => {
    expect(() => defaultReportDate(2023, 5 as 1)).toThrow(RangeError);
  });
});

describe('parseTanggal', () => {
  it.each([
    ['2023-10-02', { year: 2023, month: 10, day: 2 }],
    ['02/10/2023', { year: 2023, month: 10, day: 2 }],
    ['2/10/2023', { year: 2023, month: 10, day: 2 }],
    ['02-10-2023', { year: 2023, month: 10, day: 2 }],
    ['2 Oktober 2023', { year: 2023, month: 10, day: 2 }],
    ['2 oktober 2023', { year: 2023, month: 10, day: 2 }],
    ['2 OKTOBER 2023', { year: 2023, month: 10, day: 2 }],
    ['2 Okt 2023', { year: 2023, month: 10, day: 2 }],
    ['2 Okt. 2023', { year: 2023, month: 10, day: 2 }],
    [' 17 Agustus 1945 ', { year: 1945, month: 8, day: 17 }],
    ['29 Februari 2024', { year: 2024, month: 2, day: 29 }],
    ['1 Mei 2023', { year: 2023, month: 5, day: 1 }],
  ])('reads %j', (text, expected) => {
    expect(parseTanggal(text)).toEqual(expected);
  });
  it.each([
    '31/02/2023', '29 Februari 2023', '2023-13-01', '2023-00-10', '00/10/2023', '32 Oktober 2023',
    '2 Oktobr 2023', '10/2023', '2023/10/02', '02/10-2023', '', 'kemarin', '2 Oktober 23',
  ])('rejects %j', (text) => {
    expect(parseTanggal(text)).toBeNull();
  });
});

describe('calendarDateFromJsDate', () => {
  it('uses the UTC fields whatever the machine time zone', () => {
    expect(calendarDateFromJsDate(new Date(Date.UTC(2023, 9, 2)))).toEqual({ year: 2023, month: 10, day: 2 });
    expect(calendarDateFromJsDate(new Date('2023-12-31T00:00:00.000Z'))).toEqual({ year: 2023, month: 12, day: 31 });
  });
  it('rejects an Invalid Date', () => {
    expect(() => calendarDateFromJsDate(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('isValidCalendarDate and toIsoDate', () => {
  it('validates', () => {
    expect(isValidCalendarDate({ year: 2023, month: 10, day: 2 })).toBe(true);
    expect(isValidCalendarDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidCalendarDate({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isValidCalendarDate({ year: 2023, month: 4, day: 31 })).toBe(false);
    expect(isValidCalendarDate({ year: 2023, month: 0, day: 1 })).toBe(false);
    expect(isValidCalendarDate({ year: 2023, month: 1.5, day: 1 })).toBe(false);
  });
  it('writes ISO dates', () => {
    expect(toIsoDate({ year: 2023, month: 10, day: 2 })).toBe('2023-10-02');
    expect(toIsoDate({ year: 2024, month: 1, day: 31 })).toBe('2024-01-31');
  });
  it('round-trips every day of a leap year through ISO and Indonesian text', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const date = calendarDateFromJsDate(new Date(t));
      expect(parseTanggal(toIsoDate(date))).toEqual(date);
      expect(parseTanggal(formatTanggal(date))).toEqual(date);
    }
  });
});
