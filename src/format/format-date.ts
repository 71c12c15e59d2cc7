import { format } from 'date-fns/format';
import { id } from 'date-fns/locale/id';
import type { CalendarDate } from '../model/workbook-types.js';

/**
 * Calendar dates for report signing (tanggal laporan).
 *
 * Why plain {year, month, day}: a date on a signed report has no time zone.
 * All arithmetic here is done in UTC, and the only local-time Date (for date-fns)
 * is built at noon from the fields and read back by the same local fields, so
 * the machine's time zone can never shift the printed day.
 */

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2,
  maret: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11, nop: 11, nopember: 11,
  desember: 12, des: 12,
};

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidCalendarDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) && d.year >= 1 && d.year <= 9999 &&
    Number.isInteger(d.month) && d.month >= 1 && d.month <= 12 &&
    Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month)
  );
}

function assertValid(d: CalendarDate): void {
  if (!isValidCalendarDate(d)) throw new RangeError(`Invalid calendar date: ${JSON.stringify(d)}`);
}

/** UTC Date for arithmetic; setUTCFullYear avoids Date.UTC mapping years 0..99 to 19xx. */
function toUtcDate(d: CalendarDate): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return date;
}

/** `2 Oktober 2023`. */
export function formatTanggal(d: CalendarDate): string {
  assertValid(d);
  // Local noon: date-fns reads local fields, and noon is clear of any DST gap at midnight.
  const local = new Date(2000, 0, 1, 12);
  local.setFullYear(d.year, d.month - 1, d.day);
  return format(local, 'd MMMM yyyy', { locale: id });
}

/** `2023-10-02`. */
export function toIsoDate(d: CalendarDate): string {
  assertValid(d);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** The date as written on the calendar; exceljs delivers date cells as UTC midnight. */
export function calendarDateFromJsDate(d: Date): CalendarDate {
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid Date');
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Reports are signed on the first working day (Mon–Fri) after the quarter ends,
 * e.g. TW III 2023 ends Saturday 30 September -> Monday 2 Oktober 2023.
 * 1 January (Tahun Baru, a national holiday every year) is skipped, so TW IV 2023
 * -> Tuesday 2 Januari 2024. Other holidays move by decree and are not known here;
 * Identitas `Tanggal Laporan TWn` or `--date` set them.
 */
export function defaultReportDate(tahun: number, tw: 1 | 2 | 3 | 4): CalendarDate {
  if (!Number.isInteger(tahun) || tahun < 1 || tahun >= 9999) throw new RangeError(`Invalid tahun: ${tahun}`);
  if (![1, 2, 3, 4].includes(tw)) throw new RangeError(`Invalid triwulan: ${tw}`);
  const lastMonth = tw * 3;
  const date = toUtcDate({ year: tahun, month: lastMonth, day: daysInMonth(tahun, lastMonth) });
  do {
    date.setUTCDate(date.getUTCDate() + 1);
  } while (date.getUTCDay() === 0 || date.getUTCDay() === 6 || (date.getUTCMonth() === 0 && date.getUTCDate() === 1));
  return calendarDateFromJsDate(date);
}

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day first, the Indonesian order; the same separator on both sides.
const NUMERIC_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const WORDS_RE = /^(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})$/u;

function checked(year: number, month: number, day: number): CalendarDate | null {
  const d = { year, month, day };
  return isValidCalendarDate(d) ? d : null;
}

/** Accepts `2023-10-02`, `02/10/2023`, `2/10/2023`, `2 Oktober 2023`, `2 Okt 2023`; null otherwise. */
export function parseTanggal(text: string): CalendarDate | null {
  const s = text.replace(/[\u00A0\u202F]/g, ' ').trim().replace(/\s+/g, ' ');

  const iso = ISO_RE.exec(s);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const numeric = NUMERIC_RE.exec(s);
  if (numeric) return checked(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));

  const words = WORDS_RE.exec(s);
  if (words) {
    const month = MONTHS[(words[2] ?? '').toLowerCase()];
    return month === undefined ? null : checked(Number(words[3]), month, Number(words[1]));
  }
  return null;
}
