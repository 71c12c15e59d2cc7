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

const ENV_LIMITS: { key: keyof Limits; env: string; unit: number }[] = [
  { key: 'maxFileBytes', env: 'LKJ_MAX_FILE_MB', unit: 1024 * 1024 },
  { key: 'maxUncompressedBytes', env: 'LKJ_MAX_UNZIPPED_MB', unit: 1024 * 1024 },
  { key: 'maxZipEntries', env: 'LKJ_MAX_ZIP_ENTRIES', unit: 1 },
  { key: 'maxRows', env: 'LKJ_MAX_ROWS', unit: 1 },
  { key: 'maxIndikator', env: 'LKJ_MAX_INDIKATOR', unit: 1 },
  { key: 'maxCellChars', env: 'LKJ_MAX_CELL_CHARS', unit: 1 },
];

/**
 * The defaults, overridden by `LKJ_MAX_*` environment variables (an office with unusually
 * large workbooks raises them without a new lkj). A value that is not a positive number is
 * ignored, so a typo never removes a guard.
 */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const { key, env: name, unit } of ENV_LIMITS) {
    const n = Number(env[name]);
    if (env[name] !== undefined && Number.isFinite(n) && n > 0) limits[key] = Math.floor(n * unit);
  }
  return limits;
}
