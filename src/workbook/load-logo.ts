import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };
const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/** Where the Identitas `Logo` points, relative to the workbook. */
export function logoPath(workbookFile: string, logo: string): string {
  return resolve(dirname(workbookFile), logo);
}

/**
 * The logo as a data: URL (the page may load nothing else), or a reason it cannot be used.
 */
export async function loadLogo(workbookFile: string, logo: string): Promise<{ dataUrl: string } | { problem: string }> {
  const path = logoPath(workbookFile, logo);
  const mime = MIME[extname(path).toLowerCase()];
  if (!mime) return { problem: `Logo "${logo}" harus berkas PNG, JPEG atau SVG.` };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { problem: `Berkas logo "${logo}" tidak ditemukan di samping buku kerja.` };
  }
  if (bytes.length > MAX_LOGO_BYTES) return { problem: `Berkas logo "${logo}" lebih dari 5 MB.` };
  return { dataUrl: `data:${mime};base64,${bytes.toString('base64')}` };
}
