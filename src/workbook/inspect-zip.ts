import { inflateRawSync } from 'node:zlib';

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

export interface ZipSummary {
  entries: number;
  uncompressedBytes: number;
  names: string[];
  encrypted: boolean;
  /** Where each entry's data is and how it is stored, from the central directory. */
  records: { method: number; compressedSize: number; localOffset: number }[];
}

/**
 * Reads a zip's central directory without inflating anything, so a zip bomb can be
 * refused before exceljs expands it. Returns null when the bytes are not a readable zip.
 */
export function inspectZip(buf: Buffer): ZipSummary | null {
  if (buf.length < 22) return null;
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (cdOffset === ZIP64_MARK || cdOffset >= buf.length) return null;
  let p = cdOffset;
  let uncompressedBytes = 0;
  let encrypted = false;
  const names: string[] = [];
  const records: ZipSummary['records'] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) return null;
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const localOffset = buf.readUInt32LE(p + 42);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (flags & 1) encrypted = true;
    // A zip64 size marker means a >4 GiB entry: count it as huge.
    uncompressedBytes += size === ZIP64_MARK ? Number.MAX_SAFE_INTEGER / 2 : size;
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    records.push({ method, compressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries: count, uncompressedBytes, names, encrypted, records };
}

/**
 * Inflates every entry (without keeping the output) and says whether all of them together
 * stay within `limit` bytes. zlib stops at the limit, so a lying zip bomb costs at most that.
 * Entries that cannot be inflated are left for the workbook reader to report.
 */
export function inflatesWithin(buf: Buffer, zip: ZipSummary, limit: number): boolean {
  let remaining = limit;
  for (const r of zip.records) {
    if (r.localOffset + 30 > buf.length || buf.readUInt32LE(r.localOffset) !== LFH_SIG) continue;
    const start = r.localOffset + 30 + buf.readUInt16LE(r.localOffset + 26) + buf.readUInt16LE(r.localOffset + 28);
    const data = buf.subarray(start, Math.min(buf.length, start + r.compressedSize));
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
