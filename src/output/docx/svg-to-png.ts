/**
 * SVG → PNG for the Word output (charts, an SVG logo), with resvg and the fonts the PDF uses:
 * Tinos (and Noto Emoji for what Tinos lacks) from the @fontsource packages, never the
 * machine's fonts, so a chart looks the same on every computer and every run.
 *
 * resvg 2.6 takes fonts as file paths only, and reads SFNT, not the packages' WOFF: the faces
 * are unwrapped once per process and kept as .ttf files in lkj's per-user cache folder
 * (`$LKJ_CACHE_DIR`, `$XDG_CACHE_HOME/lkj` or `~/.cache/lkj`, as the code cache), written once
 * and checked byte for byte once per process. Writing them for each drawing cost more than
 * drawing a small chart, and a folder per drawing could be left in the temp folder when a
 * worker thread of a batch is stopped mid-drawing. Where the cache cannot be written, each
 * drawing gets a temporary folder that is removed as soon as resvg has read it.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { PACKAGE_ROOT } from '../../model/package-root.js';
import { makeDirsSync } from '../../write/make-dirs.js';
import { woffToSfnt } from './woff-to-sfnt.js';
import { crc32 } from './zip-package.js';

const TINOS_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'hebrew'];
const EMOJI_SUBSETS = 11;

const requireFromRoot = createRequire(path.join(PACKAGE_ROOT, 'package.json'));

/** Faces unwrapped so far (SFNT bytes per package file). */
const unwrapped = new Map<string, Buffer>();

function face(spec: string): Buffer {
  let sfnt = unwrapped.get(spec);
  if (!sfnt) {
    sfnt = woffToSfnt(readFileSync(requireFromRoot.resolve(spec)));
    unwrapped.set(spec, sfnt);
  }
  return sfnt;
}

/**
 * The faces an SVG needs: Tinos latin always, the other subsets (and Noto Emoji) only when
 * its text goes beyond Latin-1 / Latin Extended, bold and italic only when it names a weight
 * or a slant anywhere — loading a face costs resvg more time than drawing a chart, and a
 * face never asked for is never picked.
 */
function facesFor(svg: string): string[] {
  const subsets = ['latin'];
  if (/[\u0100-\u024f\u1e00-\u1eff]/u.test(svg)) subsets.push('latin-ext');
  const wide = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/u.test(svg);
  if (wide) subsets.push(...TINOS_SUBSETS.filter((s) => !subsets.includes(s)));
  const weights = /font-weight|bold/i.test(svg) ? ['400', '700'] : ['400'];
  const styles = /italic|oblique/i.test(svg) ? ['normal', 'italic'] : ['normal'];
  const variants = weights.flatMap((w) => styles.map((st) => `${w}-${st}`));
  return [
    ...subsets.flatMap((s) => variants.map((v) => `@fontsource/tinos/files/tinos-${s}-${v}.woff`)),
    ...(wide ? Array.from({ length: EMOJI_SUBSETS }, (_, i) => `@fontsource/noto-emoji/files/noto-emoji-${i}-400-normal.woff`) : []),
  ];
}

export interface Png {
  data: Uint8Array;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
}

/**
 * Renders `svg` at `scale` × its own size, on white. 1.5 for a chart: about 150 dpi across
 * the text width, sharp on screen and on paper; 2 drew 1.8 times the pixels, and drawing and
 * compressing them was the largest part of building a Word report.
 */
export function svgToPng(svg: string, scale = 1.5): Png {
  const faces = facesFor(svg);
  const cached = cachedFontFiles(faces);
  if (cached) return render(svg, scale, cached);
  // The folder lives only while resvg reads it.
  const dir = mkdtempSync(path.join(tmpdir(), 'lkj-fonts-'));
  try {
    return render(svg, scale, faces.map((spec) => writeFace(dir, spec)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function render(svg: string, scale: number, fontFiles: string[]): Png {
  const r = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Tinos', serifFamily: 'Tinos' },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    logLevel: 'off',
  });
  const img = r.render();
  return { data: encodePng(img.pixels, img.width, img.height), width: img.width, height: img.height };
}

/**
 * The drawing as an RGB PNG (no alpha: it lies on white), compressed by Node's zlib. resvg's
 * own PNG keeps the alpha channel and compresses less: its file was half as large again and
 * took longer to write, and every byte of it is hashed and stored again by the .docx.
 */
function encodePng(rgba: Buffer, width: number, height: number): Uint8Array {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0, s = 0; y < height; y++) {
    let d = y * stride + 1; // the row's filter byte stays 0 (None)
    for (let x = 0; x < width; x++, s += 4) {
      raw[d++] = rgba[s]!;
      raw[d++] = rgba[s + 1]!;
      raw[d++] = rgba[s + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, deflate, no filter method, no interlace
  const out = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function writeFace(dir: string, spec: string): string {
  const file = path.join(dir, `${path.basename(spec, '.woff')}.ttf`);
  writeFileSync(file, face(spec));
  return file;
}

/** The cache file of each face (checked or written this process), or null when the cache cannot be used. */
const cachedFaces = new Map<string, string>();
let cacheBroken = false;

function cachedFontFiles(specs: string[]): string[] | null {
  if (cacheBroken) return null;
  try {
    return specs.map((spec) => {
      let file = cachedFaces.get(spec);
      if (!file) {
        file = cacheFace(spec);
        cachedFaces.set(spec, file);
      }
      return file;
    });
  } catch {
    cacheBroken = true;
    return null;
  }
}

function fontCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.LKJ_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'lkj'), 'fonts');
}

/** The face's file in the cache, named by its content, written (atomically) if missing or different. */
function cacheFace(spec: string): string {
  const sfnt = face(spec);
  const dir = fontCacheDir();
  const file = path.join(dir, `${path.basename(spec, '.woff')}-${createHash('sha256').update(sfnt).digest('hex').slice(0, 16)}.ttf`);
  let onDisk: Buffer | null = null;
  try {
    onDisk = readFileSync(file);
  } catch {
    // Not there yet.
  }
  if (!onDisk || !onDisk.equals(sfnt)) {
    makeDirsSync(dir, 0o700);
    // Atomic: batch threads and parallel runs share the folder.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(tmp, sfnt, { mode: 0o600 });
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  return file;
}
