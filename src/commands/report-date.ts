import { defaultReportDate } from '../format/format-date.js';
import type { CalendarDate, Tw, Workbook } from '../workbook/workbook-types.js';

/** Identitas `Tanggal Laporan TWn`, else `--date`, else the first weekday after the quarter. */
export function reportDate(wb: Workbook, tw: Tw, override: CalendarDate | undefined): CalendarDate {
  return wb.identitas.tanggalLaporan[tw] ?? override ?? defaultReportDate(wb.identitas.tahun, tw);
}
