/**
 * WOFF 1.0 → plain TrueType/OpenType (SFNT) bytes. resvg's font database reads only SFNT, and
 * the bundled faces (@fontsource) ship as WOFF/WOFF2; WOFF 1.0 is the SFNT's own tables, each
 * zlib-compressed or stored, so unwrapping it is a table copy (W3C WOFF 1.0, section 5).
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('woffToSfnt: not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const p = 44 + i * 20;
    const tag = woff.readUInt32BE(p);
    const offset = woff.readUInt32BE(p + 4);
    const compLength = woff.readUInt32BE(p + 8);
    const origLength = woff.readUInt32BE(p + 12);
    const checksum = woff.readUInt32BE(p + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error('woffToSfnt: table length mismatch');
    tables.push({ tag, checksum, data });
  }
  // SFNT header: the binary-search fields derived from the table count.
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const headerSize = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerSize + tables.reduce((s, t) => s + padded(t.data.length), 0));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const p = 12 + i * 16;
    out.writeUInt32BE(t.tag, p);
    out.writeUInt32BE(t.checksum, p + 4);
    out.writeUInt32BE(offset, p + 8);
    out.writeUInt32BE(t.data.length, p + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}
