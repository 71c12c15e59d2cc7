/**
 * Where the signature boxes of `--tte` ended up in the printed PDF. Each box is printed as a
 * rectangle filled with its signer's marker colour (a near-white no other drawing uses, see
 * src/documents/shared/signers.ts); the page content streams are read with pdf-lib and the
 * filled rectangles of those colours are mapped through the current transformation matrix to
 * page coordinates (points, origin bottom-left, as signing services take them).
 *
 * Why the vector rectangle and not the anchor glyph: a rectangle's four numbers are in the
 * content stream as drawn, while a glyph's position needs the font's encoding (ToUnicode),
 * its metrics and text-state bookkeeping — the job of pdfjs-dist, which is not a runtime
 * dependency. The rectangle also gives the box's size directly.
 */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import type { TteView } from '../../documents/shared/signers.js';
import { RenderError } from '../../model/errors.js';

export interface PdfBox {
  /** 1-based. */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TteSidecarSigner {
  role: string;
  name: string;
  nip: string | null;
  anchor: string;
  boxes: PdfBox[];
}

export interface TteSidecar {
  /** The PDF the boxes are in (file name). */
  document: string;
  units: 'pt';
  origin: 'bottom-left';
  footer: string;
  signers: TteSidecarSigner[];
}

type Matrix = [number, number, number, number, number, number];
type Rgb = [number, number, number];

const key = (rgb: Rgb): string => rgb.join(',');

/** The sidecar of a printed report: every box of every signer, read from the PDF. */
export async function tteSidecar(pdf: Uint8Array, tte: TteView, documentName: string): Promise<TteSidecar> {
  const found = await findMarkerBoxes(pdf, tte.list.map((s) => s.markerRgb));
  const signers = tte.list.map((s) => ({ role: s.role, name: s.name, nip: s.nip, anchor: s.anchor, boxes: found.get(key(s.markerRgb)) ?? [] }));
  const missing = signers.filter((s) => s.boxes.length === 0).map((s) => s.name);
  // A template without the boxes (an old --templates folder) would give a sidecar that
  // places nothing: refuse it rather than write one.
  if (missing.length > 0) throw new RenderError(`--tte: kotak tanda tangan tidak ditemukan di PDF untuk ${missing.join(', ')} (templat tanpa {{> tte-box}}?); berkas .tte.json tidak ditulis.`);
  return { document: documentName, units: 'pt', origin: 'bottom-left', footer: tte.footer, signers };
}

/** The rectangles filled with each of `colours`, per colour (`r,g,b`), in page order. */
export async function findMarkerBoxes(pdf: Uint8Array, colours: Rgb[]): Promise<Map<string, PdfBox[]>> {
  const wanted = new Set(colours.map(key));
  const out = new Map<string, PdfBox[]>();
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.getPages().forEach((page, i) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const parts = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const text = parts.map((p) => streamText(doc, p)).join('\n');
    for (const { rgb, rect } of filledRects(text)) {
      const k = key(rgb);
      if (!wanted.has(k)) continue;
      const list = out.get(k) ?? [];
      list.push({ page: i + 1, ...rect });
      out.set(k, list);
    }
  });
  return out;
}

function streamText(doc: PDFDocument, obj: PDFObject): string {
  const s = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (!(s instanceof PDFRawStream)) return '';
  return Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Every rectangle (`re`) that is filled (`f`, `f*`, `F`, `B`, `b`, …), with the fill colour
 * (DeviceRGB `rg` or gray `g`, as 0–255) and its bounds in default user space. A small
 * interpreter for the operators that matter here: q/Q/cm for the matrix, rg/g for colour.
 */
export function filledRects(content: string): { rgb: Rgb; rect: Omit<PdfBox, 'page'> }[] {
  const out: { rgb: Rgb; rect: Omit<PdfBox, 'page'> }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let fill: Rgb = [0, 0, 0];
  const stack: { ctm: Matrix; fill: Rgb }[] = [];
  let path: Omit<PdfBox, 'page'>[] = [];
  let operands: string[] = [];
  const num = (i: number): number => Number(operands[operands.length - i]);
  for (const tok of tokens(content)) {
    if (!/^[A-Za-z'"*]+$/.test(tok) || tok === 'true' || tok === 'false' || tok === 'null') {
      operands.push(tok);
      continue;
    }
    switch (tok) {
      case 'q':
        stack.push({ ctm, fill });
        break;
      case 'Q':
        ({ ctm, fill } = stack.pop() ?? { ctm, fill });
        break;
      case 'cm':
        ctm = multiply([num(6), num(5), num(4), num(3), num(2), num(1)], ctm);
        break;
      case 'rg':
        fill = [to255(num(3)), to255(num(2)), to255(num(1))];
        break;
      case 'g':
        fill = [to255(num(1)), to255(num(1)), to255(num(1))];
        break;
      case 're': {
        const [x, y, w, h] = [num(4), num(3), num(2), num(1)];
        const pts = [apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x, y + h), apply(ctm, x + w, y + h)];
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const x0 = Math.min(...xs);
        const y0 = Math.min(...ys);
        path.push({ x: round2(x0), y: round2(y0), width: round2(Math.max(...xs) - x0), height: round2(Math.max(...ys) - y0) });
        break;
      }
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
      case 'b':
      case 'b*':
        for (const rect of path) out.push({ rgb: fill, rect });
        path = [];
        break;
      case 'n':
      case 'S':
      case 's':
      case 'W':
      case 'W*':
        if (tok !== 'W' && tok !== 'W*') path = [];
        break;
      default:
        // Other path construction (m, l, c, h) makes the path not a plain rectangle list.
        if (tok === 'm' || tok === 'l' || tok === 'c' || tok === 'v' || tok === 'y' || tok === 'h') path = [];
    }
    operands = [];
  }
  return out;
}

function to255(v: number): number {
  return Math.round(v * 255);
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * Content-stream tokens: operators and operands (numbers, names, strings, arrays and
 * dictionaries come out as single tokens or brackets; only numbers are ever read as values).
 * Inline images (BI … ID … EI) are skipped whole.
 */
function* tokens(s: string): Generator<string> {
  let i = 0;
  const n = s.length;
  const isWs = (c: string): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
  const isDelim = (c: string): boolean => '()<>[]{}/%'.includes(c);
  while (i < n) {
    const c = s[i]!;
    if (isWs(c)) {
      i++;
    } else if (c === '%') {
      while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
    } else if (c === '(') {
      let depth = 0;
      const start = i;
      for (; i < n; i++) {
        const ch = s[i];
        if (ch === '\\') i++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      i++;
      yield s.slice(start, i);
    } else if (c === '<' && s[i + 1] === '<') {
      i += 2;
      yield '<<';
    } else if (c === '>' && s[i + 1] === '>') {
      i += 2;
      yield '>>';
    } else if (c === '<') {
      const end = s.indexOf('>', i);
      const stop = end < 0 ? n : end + 1;
      yield s.slice(i, stop);
      i = stop;
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      i++;
      yield c;
    } else {
      const start = i;
      i++;
      while (i < n && !isWs(s[i]!) && !isDelim(s[i]!)) i++;
      const tok = s.slice(start, i);
      if (tok === 'ID') {
        // Inline image data: up to the EI that follows whitespace.
        const m = /\sEI(?=\s|$)/.exec(s.slice(i));
        i = m ? i + m.index + m[0].length : n;
        continue;
      }
      yield tok;
    }
  }
}
