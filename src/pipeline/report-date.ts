import { defaultReportDate } from '../format/format-date.js';
import type { CalendarDate, Tw, Workbook } from '../model/workbook-types.js';

/**
 * `--date` (the explicit choice of the person running lkj), else Identitas `Tanggal Laporan
 * TWn`, else the first weekday after the quarter that is not 1 January.
 */
export function reportDate(wb: Workbook, tw: Tw, override: CalendarDate | undefined): CalendarDate {
  return override ?? wb.identitas.tanggalLaporan[tw] ?? defaultReportDate(wb.identitas.tahun, tw);
}
