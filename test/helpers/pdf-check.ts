/**
 * A structural check of a PDF with Node libraries only, in place of an external checker. Readers
 * (pdf.js, pdf-lib) quietly rebuild a broken cross-reference table by scanning the file, so
 * loading without an error proves little; this reads the file the strict way a reader first
 * tries it and lists everything that would force such a repair:
 *
 * - the cross-reference chain, from `startxref` through every `/Prev` (so both Chromium's
 *   table and each incremental update): every in-use entry's offset starts `N G obj` with the
 *   entry's own number and generation, and the trailer's /Size covers every entry;
 * - every object: parsed by pdf-lib, reachable through the xref, every reference it holds
 *   pointing at an in-use entry, and /Root and /Info resolving;
 * - every stream: /Length equal to the bytes between `stream` and `endstream`, and Flate data
 *   that inflates (zlib checks its Adler-32 sum);
 * - pdf.js reads every page's content, text, metadata and outline without a single warning.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';
import { withPdfjs } from './pdf-text.js';

interface XrefEntry {
  offset: number;
  gen: number;
  /** Set for an object stored inside an object stream (cross-reference streams only). */
  inStream?: number;
}

const latin1 = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/** The problems found, as sentences; an empty list is a well-formed file. */
export async function pdfProblems(file: string): Promise<string[]> {
  const bytes = new Uint8Array(readFileSync(file));
  const problems: string[] = [];
  const xref = readXrefChain(bytes, problems);

  // Every in-use entry points at its own object header.
  for (const [num, entry] of xref) {
    if (entry.inStream !== undefined) continue;
    const head = /^(\d+)\s+(\d+)\s+obj\b/.exec(latin1(bytes, entry.offset, entry.offset + 32));
    if (!head || Number(head[1]) !== num || Number(head[2]) !== entry.gen) {
      problems.push(`xref: object ${num} ${entry.gen} at offset ${entry.offset} finds ${JSON.stringify(latin1(bytes, entry.offset, entry.offset + 16))}`);
    }
  }

  let doc: PDFDocument | undefined;
  try {
    doc = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
  } catch (e) {
    problems.push(`pdf-lib cannot parse the file: ${(e as Error).message}`);
  }
  if (doc) {
    const { context } = doc;
    const inUse = (ref: PDFRef) => xref.get(ref.objectNumber)?.gen === ref.generationNumber;
    for (const [num, entry] of xref) {
      if (context.lookup(PDFRef.of(num, entry.gen))) continue;
      // pdf-lib unpacks object streams and drops them and cross-reference streams.
      const head = latin1(bytes, entry.offset, entry.offset + 512).split('stream')[0]!;
      const packaging = entry.inStream === undefined && /\/Type\s*\/(ObjStm|XRef)\b/.test(head);
      if (!packaging) problems.push(`object ${num} ${entry.gen} is in the xref but pdf-lib found no such object`);
    }
    for (const key of ['Root', 'Info'] as const) {
      const ref = context.trailerInfo[key];
      if (ref instanceof PDFRef && !inUse(ref)) problems.push(`trailer /${key} ${ref.toString()} is not an in-use object`);
    }
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      // pdf-lib keeps the last definition of a number; a reader follows the xref instead.
      if (!inUse(ref)) continue;
      for (const target of references(object)) {
        if (!inUse(target)) problems.push(`object ${ref.toString()} refers to ${target.toString()}, which the xref does not have`);
      }
      if (object instanceof PDFRawStream) problems.push(...streamProblems(doc, ref, object));
    }
  }

  const { warnings } = await withPdfjs(file, async (pdf) => {
    await pdf.getMetadata();
    await pdf.getOutline();
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      await page.getOperatorList();
      await page.getTextContent();
    }
  }).catch((e: Error) => ({ warnings: [`pdf.js cannot read the file: ${e.message}`] }));
  problems.push(...warnings.map((w) => `pdf.js: ${w}`));
  return problems;
}

function references(object: PDFObject, out: PDFRef[] = []): PDFRef[] {
  if (object instanceof PDFRef) out.push(object);
  else if (object instanceof PDFDict) for (const value of object.values()) references(value, out);
  else if (object instanceof PDFArray) for (const value of object.asArray()) references(value, out);
  else if (object instanceof PDFStream) references(object.dict, out);
  return out;
}

function streamProblems(doc: PDFDocument, ref: PDFRef, stream: PDFRawStream): string[] {
  const length = doc.context.lookup(stream.dict.get(PDFName.of('Length')));
  if (!(length instanceof PDFNumber)) return [`stream ${ref.toString()} has no /Length`];
  // pdf-lib finds `endstream` itself when /Length does not lead there.
  if (length.asNumber() !== stream.contents.length) {
    return [`stream ${ref.toString()}: /Length ${length.asNumber()}, but ${stream.contents.length} bytes before endstream`];
  }
  const filters = stream.dict.lookup(PDFName.of('Filter'));
  const names = filters instanceof PDFArray ? filters.asArray().map(String) : filters ? [String(filters)] : [];
  try {
    if (names.length === 1 && names[0] === '/FlateDecode') inflateSync(stream.contents);
    else if (names.every((n) => ['/FlateDecode', '/LZWDecode', '/ASCII85Decode', '/ASCIIHexDecode', '/RunLengthDecode'].includes(n))) decodePDFRawStream(stream).decode();
    // Image codecs (DCT, JPX, …) are decoded by pdf.js while it reads the pages.
  } catch (e) {
    return [`stream ${ref.toString()} (${names.join(' ')}) does not decode: ${(e as Error).message}`];
  }
  return [];
}

/** The merged cross-reference of every revision, newest entry first wins; free entries dropped. */
function readXrefChain(bytes: Uint8Array, problems: string[]): Map<number, XrefEntry> {
  const tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) {
    problems.push('no "startxref N %%EOF" at the end of the file');
    return new Map();
  }
  const merged = new Map<number, XrefEntry | null>();
  const visited = new Set<number>();
  let size = 0;
  let maxNum = -1;
  for (let at: number | undefined = Number(start[1]); at !== undefined; ) {
    if (visited.has(at) || at >= bytes.length) {
      problems.push(`xref: /Prev ${at} loops or lies outside the file`);
      break;
    }
    visited.add(at);
    const section: Section | undefined = latin1(bytes, at, at + 4) === 'xref' ? readTable(bytes, at, problems) : readStream(bytes, at, problems);
    if (!section) break;
    for (const [num, entry] of section.entries) {
      if (!merged.has(num)) merged.set(num, entry);
      maxNum = Math.max(maxNum, num);
    }
    size = Math.max(size, section.size);
    at = section.prev;
  }
  if (maxNum >= size) problems.push(`xref: trailer /Size ${size}, but the table has object ${maxNum}`);
  return new Map([...merged].filter((e): e is [number, XrefEntry] => e[1] !== null));
}

interface Section {
  entries: Map<number, XrefEntry | null>;
  size: number;
  prev?: number;
}

/** A classic `xref` table with its trailer dictionary. */
function readTable(bytes: Uint8Array, at: number, problems: string[]): Section | undefined {
  const text = latin1(bytes, at, bytes.length);
  const entries = new Map<number, XrefEntry | null>();
  const line = /\s*(\d+) (\d+)\s*?\r?\n|\s*(trailer)\b/y;
  line.lastIndex = 4;
  for (;;) {
    const sub = line.exec(text);
    if (!sub) {
      problems.push(`xref at ${at}: neither a subsection header nor "trailer" at ${at + line.lastIndex}`);
      return undefined;
    }
    if (sub[3]) break;
    const [first, count] = [Number(sub[1]), Number(sub[2])];
    for (let i = 0; i < count; i++) {
      // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n/f, 2-byte EOL.
      const entry = text.slice(line.lastIndex + i * 20, line.lastIndex + (i + 1) * 20);
      const m = /^(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)$/.exec(entry);
      if (!m) {
        problems.push(`xref at ${at}: entry for object ${first + i} is ${JSON.stringify(entry)}, not 20 bytes "oooooooooo ggggg n"`);
        return undefined;
      }
      if (!entries.has(first + i)) entries.set(first + i, m[3] === 'n' ? { offset: Number(m[1]), gen: Number(m[2]) } : null);
    }
    line.lastIndex += count * 20;
  }
  const trailer = /^\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(line.lastIndex));
  if (!trailer) {
    problems.push(`xref at ${at}: no trailer dictionary`);
    return undefined;
  }
  const size = /\/Size\s+(\d+)/.exec(trailer[1]!);
  const prev = /\/Prev\s+(\d+)/.exec(trailer[1]!);
  if (!size) problems.push(`xref at ${at}: trailer without /Size`);
  return { entries, size: Number(size?.[1] ?? 0), prev: prev ? Number(prev[1]) : undefined };
}

/** A cross-reference stream (PDF 1.5), as pdf-lib writes with useObjectStreams. */
function readStream(bytes: Uint8Array, at: number, problems: string[]): Section | undefined {
  const text = latin1(bytes, at, Math.min(bytes.length, at + 4096));
  const m = /^\d+\s+\d+\s+obj\s*<<([\s\S]*?)>>\s*stream\r?\n/.exec(text);
  if (!m || !/\/Type\s*\/XRef/.test(m[1]!)) {
    problems.push(`startxref/Prev ${at} points at neither "xref" nor a cross-reference stream`);
    return undefined;
  }
  const dict = m[1]!;
  const num = (key: string) => new RegExp(`/${key}\\s+(\\d+)`).exec(dict)?.[1];
  const length = Number(num('Length'));
  const w = /\/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(dict)?.slice(1).map(Number);
  const size = Number(num('Size'));
  const index = /\/Index\s*\[([\d\s]*)\]/.exec(dict)?.[1]!.trim().split(/\s+/).map(Number) ?? [0, size];
  if (!w || !length || !size || /\/DecodeParms|\/Predictor/.test(dict)) {
    problems.push(`cross-reference stream at ${at}: /W, /Length or /Size missing, or a predictor this check does not read`);
    return undefined;
  }
  let data: Uint8Array = bytes.subarray(at + m[0].length, at + m[0].length + length);
  if (/\/Filter\s*\/FlateDecode/.test(dict)) data = inflateSync(data);
  const field = (row: number, from: number, width: number) => {
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 256 + data[row + from + i]!;
    return v;
  };
  const rowLength = w[0]! + w[1]! + w[2]!;
  const entries = new Map<number, XrefEntry | null>();
  let row = 0;
  for (let i = 0; i < index.length; i += 2) {
    for (let n = index[i]!; n < index[i]! + index[i + 1]!; n++, row += rowLength) {
      const type = w[0] ? field(row, 0, w[0]) : 1;
      const [f2, f3] = [field(row, w[0]!, w[1]!), field(row, w[0]! + w[1]!, w[2]!)];
      entries.set(n, type === 1 ? { offset: f2, gen: f3 } : type === 2 ? { offset: 0, gen: 0, inStream: f2 } : null);
    }
  }
  const prev = num('Prev');
  return { entries, size, prev: prev ? Number(prev) : undefined };
}
