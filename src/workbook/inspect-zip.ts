import { inflateRawSync } from 'node:zlib';
import { centralDirectory, entryData, ZIP64_MARK, type ZipRecord } from '../write/zip.js';

export interface ZipSummary {
  entries: number;
  uncompressedBytes: number;
  names: string[];
  encrypted: boolean;
  /** Where each entry's data is and how it is stored, from the central directory. */
  records: ZipRecord[];
}

/**
 * Reads a zip's central directory without inflating anything, so a zip bomb can be
 * refused before exceljs expands it. Returns null when the bytes are not a readable zip.
 */
export function inspectZip(buf: Buffer): ZipSummary | null {
  const records = centralDirectory(buf);
  if (!records) return null;
  // A zip64 size marker means a >4 GiB entry: count it as huge.
  const uncompressedBytes = records.reduce((sum, r) => sum + (r.size === ZIP64_MARK ? Number.MAX_SAFE_INTEGER / 2 : r.size), 0);
  return {
    entries: records.length,
    uncompressedBytes,
    names: records.map((r) => r.name),
    encrypted: records.some((r) => (r.flags & 1) !== 0),
    records,
  };
}

/**
 * Inflates every entry (without keeping the output) and says whether all of them together
 * stay within `limit` bytes. zlib stops at the limit, so a lying zip bomb costs at most that.
 * Entries that cannot be inflated are left for the workbook reader to report.
 */
export function inflatesWithin(buf: Buffer, zip: ZipSummary, limit: number): boolean {
  let remaining = limit;
  for (const r of zip.records) {
    const data = entryData(buf, r);
    if (!data) continue;
    if (r.method === 0) {
      remaining -= data.length;
    } else if (r.method === 8) {
      try {
        remaining -= inflateRawSync(data, { maxOutputLength: remaining + 1 }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return false;
        continue;
      }
    }
    if (remaining < 0) return false;
  }
  return true;
}
