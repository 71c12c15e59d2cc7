/** Bounds that keep a hostile or broken workbook from hanging lkj or eating the machine. */
export interface Limits {
  /** Size of the .xlsx file on disk. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of the zip entries (zip-bomb guard). */
  maxUncompressedBytes: number;
  maxZipEntries: number;
  /** Data rows per sheet (Penempatan may hold tens of thousands of placements). */
  maxRows: number;
  /** Indicators per workbook: each one is a paragraph and table rows in the report. */
  maxIndikator: number;
  /** Characters in one cell. */
  maxCellChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 2000,
  maxRows: 60_000,
  maxIndikator: 1_000,
  maxCellChars: 20_000,
};
