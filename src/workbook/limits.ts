/** Bounds that keep a hostile or broken workbook from hanging lkj or eating the machine. */
export interface Limits {
  /** Size of the .xlsx file on disk. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of the zip entries (zip-bomb guard). */
  maxUncompressedBytes: number;
  maxZipEntries: number;
  /** Data rows per sheet. */
  maxRows: number;
  /** Characters in one cell. */
  maxCellChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 2000,
  maxRows: 20_000,
  maxCellChars: 20_000,
};
