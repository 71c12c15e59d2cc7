/**
 * Reads a zip's central directory without inflating anything, so a zip bomb can be
 * refused before exceljs expands it. Returns null when the bytes are not a readable zip.
 */
export interface ZipSummary {
  entries: number;
  uncompressedBytes: number;
  names: string[];
  encrypted: boolean;
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

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
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) return null;
    const flags = buf.readUInt16LE(p + 8);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (flags & 1) encrypted = true;
    // A zip64 size marker means a >4 GiB entry: count it as huge.
    uncompressedBytes += size === ZIP64_MARK ? Number.MAX_SAFE_INTEGER / 2 : size;
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries: count, uncompressedBytes, names, encrypted };
}
