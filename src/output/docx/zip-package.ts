/**
 * Writes the zip container of a .docx from its parts, in the order given: XML deflated by
 * Node's zlib (native; the `docx` package's own zipping is plain JavaScript and was a tenth
 * of a report's time), images stored as they are (a PNG is compressed already: deflating it
 * again only cost time), every entry dated `date`, so the same parts give the same bytes.
 */
import zlib from 'node:zlib';

export function zipPackage(parts: Iterable<[string, string | Uint8Array]>, date: Date): Uint8Array {
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, content] of parts) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const store = isCompressedAlready(name);
    const body = store ? data : zlib.deflateRawSync(data, { level: 6 });
    const nameBytes = Buffer.from(name, 'utf8');
    // Bit 11: the name is UTF-8 (only set when it is not plain ASCII, as other zip writers do).
    const flags = nameBytes.length !== name.length ? 0x0800 : 0;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(store ? 0 : 8, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, body);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + body.length;
    count++;
  }
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...chunks, ...central, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function isCompressedAlready(name: string): boolean {
  return /\.(png|jpe?g|gif)$/i.test(name);
}

/** zlib.crc32 exists from Node 20.15 / 22.2; before that, the table-driven CRC-32 of the zip format. */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
export const crc32: (data: Uint8Array) => number = typeof zlibCrc32 === 'function' ? (d) => zlibCrc32(d) : jsCrc32;

let table: Uint32Array | null = null;
function jsCrc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
