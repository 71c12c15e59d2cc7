/**
 * Where the signature boxes of `--tte` ended up in the printed PDF. Each box is printed as a
 * rectangle filled with its signer's marker colour (a near-white no other drawing uses, see
 * src/model/signers.ts); the page content streams are read with pdf-lib and the
 * filled rectangles of those colours are mapped through the current transformation matrix to
 * page coordinates (points, origin bottom-left, as signing services take them).
 *
 * Why the vector rectangle and not the anchor glyph: a rectangle's four numbers are in the
 * content stream as drawn, while a glyph's position needs the font's encoding (ToUnicode),
 * its metrics and text-state bookkeeping — the job of pdfjs-dist, which is not a runtime
 * dependency. The rectangle also gives the box's size directly.
 */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import type { TteView } from '../../model/signers.js';
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
 * Every rectangle that is filled (`f`, `f*`, `F`, `B`, `b`, …) — drawn with `re` (Chromium)
 * or as a closed four-corner path of `m`/`l` (pdf-lib) — with the fill colour (DeviceRGB
 * `rg` or gray `g`, as 0–255) and its bounds in default user space. A small interpreter for
 * the operators that matter here: q/Q/cm for the matrix, rg/g for colour, path building.
 */
export function filledRects(content: string): { rgb: Rgb; rect: Omit<PdfBox, 'page'> }[] {
  const out: { rgb: Rgb; rect: Omit<PdfBox, 'page'> }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let fill: Rgb = [0, 0, 0];
  const stack: { ctm: Matrix; fill: Rgb }[] = [];
  // Subpaths as corner points in page space; null for one with curves (never a box).
  let path: ([number, number][] | null)[] = [];
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
        path.push([apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x + w, y + h), apply(ctm, x, y + h)]);
        break;
      }
      case 'm':
        path.push([apply(ctm, num(2), num(1))]);
        break;
      case 'l':
        path.at(-1)?.push(apply(ctm, num(2), num(1)));
        break;
      case 'c':
      case 'v':
      case 'y':
        if (path.length > 0) path[path.length - 1] = null;
        break;
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
      case 'b':
      case 'b*':
        for (const sub of path) {
          const rect = sub && boxOf(sub);
          if (rect) out.push({ rgb: fill, rect });
        }
        path = [];
        break;
      case 'n':
      case 'S':
      case 's':
        path = [];
        break;
      default:
      // h (close), W/W* (clip, path kept for the n that follows), text and the rest: no effect here.
    }
    operands = [];
  }
  return out;
}

/** The bounds of four corners that make an axis-aligned rectangle, else null. */
function boxOf(points: [number, number][]): Omit<PdfBox, 'page'> | null {
  const pts = points.map(([x, y]) => [round2(x), round2(y)] as const);
  const last = pts.at(-1);
  if (pts.length === 5 && last && last[0] === pts[0]![0] && last[1] === pts[0]![1]) pts.pop();
  if (pts.length !== 4) return null;
  const xs = [...new Set(pts.map((p) => p[0]))];
  const ys = [...new Set(pts.map((p) => p[1]))];
  if (xs.length !== 2 || ys.length !== 2) return null;
  // Each side along an axis: consecutive corners share x or y.
  for (let i = 0; i < 4; i++) {
    const [a, b] = [pts[i]!, pts[(i + 1) % 4]!];
    if (a[0] !== b[0] && a[1] !== b[1]) return null;
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: round2(Math.max(...xs) - x), height: round2(Math.max(...ys) - y) };
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
