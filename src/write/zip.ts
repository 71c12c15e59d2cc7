/**
 * The zip container of an .xlsx, read through its central directory. One walker for the
 * workbook reader (zip-bomb guard, ./inspect-zip.ts), `lkj init` (fixed entry dates) and
 * the test corpus builder (scripts/build-corpus.ts).
 */

export const LFH_SIG = 0x04034b50;
const CDH_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
/** A size or offset of 0xFFFFFFFF means the real value is in a zip64 record. */
export const ZIP64_MARK = 0xffffffff;

/** One entry as the central directory describes it. */
export interface ZipRecord {
  name: string;
  /** General-purpose flags (bit 0: encrypted). */
  flags: number;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  /** Uncompressed size as declared (may lie, may be ZIP64_MARK). */
  size: number;
  /** Where the entry's central directory header starts. */
  centralOffset: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

/**
 * The entries listed in the central directory, in its order, without inflating anything.
 * Null when the bytes are not a readable zip (no end record, a zip64 directory, a
 * directory running off the end).
 */
export function centralDirectory(buf: Buffer): ZipRecord[] | null {
  if (buf.length < 22) return null;
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
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
  const records: ZipRecord[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    records.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      centralOffset: p,
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return records;
}

/**
 * The entry's stored (compressed) bytes, a view into `buf` cut at its end; null when no
 * local header is where the central directory says.
 */
export function entryData(buf: Buffer, r: ZipRecord): Buffer | null {
  if (r.localOffset + 30 > buf.length || buf.readUInt32LE(r.localOffset) !== LFH_SIG) return null;
  const start = r.localOffset + 30 + buf.readUInt16LE(r.localOffset + 26) + buf.readUInt16LE(r.localOffset + 28);
  return buf.subarray(start, start + r.compressedSize);
}

/**
 * Sets every entry's modification date (local header and central directory) to `date`:
 * JSZip stamps entries with the current time, which would make every run differ.
 */
export function pinZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const buf = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const records = centralDirectory(buf);
  if (!records) throw new Error('pinZipDates: no readable central directory');
  for (const r of records) {
    buf.writeUInt16LE(dosTime, r.centralOffset + 12);
    buf.writeUInt16LE(dosDate, r.centralOffset + 14);
    if (r.localOffset + 30 > buf.length || buf.readUInt32LE(r.localOffset) !== LFH_SIG) throw new Error('pinZipDates: bad local header');
    buf.writeUInt16LE(dosTime, r.localOffset + 10);
    buf.writeUInt16LE(dosDate, r.localOffset + 12);
  }
  return out;
}
