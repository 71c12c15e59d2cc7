import { readFile, realpath } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };
const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/** Where the Identitas `Logo` points, relative to the workbook. */
export function logoPath(workbookFile: string, logo: string): string {
  return resolve(dirname(workbookFile), logo);
}

/**
 * The logo as a data: URL (the page may load nothing else), or a reason it cannot be used.
 */
export async function loadLogo(workbookFile: string, logo: string, label = 'Logo'): Promise<{ dataUrl: string } | { problem: string }> {
  // The same rules hold for every image a workbook names (Logo, Bagan Organisasi).
  const noun = label.toLowerCase();
  const path = logoPath(workbookFile, logo);
  const mime = MIME[extname(path).toLowerCase()];
  if (!mime) return { problem: `${label} "${logo}" harus berkas PNG, JPEG atau SVG.` };
  // A workbook passed around an office must not pull in files from elsewhere on the machine
  // (an absolute path, `..`, or a link that leads out of the workbook's folder).
  if (!(await liesInside(dirname(resolve(workbookFile)), path))) {
    return { problem: `${label} "${logo}" harus berada di folder buku kerja (atau subfoldernya), bukan di luar folder itu.` };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { problem: `Berkas ${noun} "${logo}" tidak ditemukan di samping buku kerja.` };
  }
  if (bytes.length > MAX_LOGO_BYTES) return { problem: `Berkas ${noun} "${logo}" lebih dari 5 MB.` };
  // The name can lie: only real image bytes are inlined into the report.
  if (!looksLike(mime, bytes)) return { problem: `Berkas ${noun} "${logo}" bukan gambar ${mime.replace('image/', '').toUpperCase()} yang sah.` };
  return { dataUrl: `data:${mime};base64,${bytes.toString('base64')}` };
}

async function liesInside(dir: string, file: string): Promise<boolean> {
  const inside = (d: string, f: string) => {
    const rel = relative(d, f);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (!inside(dir, file)) return false;
  // Links are followed: the real file must lie inside the real folder. A missing file is
  // reported as missing by the caller.
  const [realDir, realFile] = await Promise.all([realpath(dir).catch(() => dir), realpath(file).catch(() => null)]);
  return realFile === null || inside(realDir, realFile);
}

function looksLike(mime: string, b: Buffer): boolean {
  if (mime === 'image/png') return b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (mime === 'image/jpeg') return b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  // SVG: an XML text whose root element is <svg>.
  const head = b.subarray(0, 2048).toString('utf8').replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head);
}
