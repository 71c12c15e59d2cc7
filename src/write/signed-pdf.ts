import { readFile } from 'node:fs/promises';
import { UserError } from '../model/errors.js';

/**
 * Whether the file at `path` is a PDF carrying a digital signature: a signature dictionary
 * has a `/ByteRange` beside its `/Contents` (and usually `/Type /Sig`). Both must stay
 * literal in the file (the byte range is what was signed, around the Contents string), so a
 * plain byte scan finds them even in PDFs that compress their other objects.
 */
export async function isSignedPdf(path: string): Promise<boolean> {
  const bytes = await readFile(path).catch(() => null);
  if (!bytes || !bytes.subarray(0, 1024).includes('%PDF-')) return false;
  const text = bytes.toString('latin1');
  return /\/ByteRange\s*\[/.test(text) && (/\/Type\s*\/Sig\b/.test(text) || /\/Contents\s*</.test(text));
}

/**
 * lkj never overwrites a signed PDF (a report signed with TTE is a legal document): exit 1
 * naming it, unless `--force`.
 */
export async function refuseSignedPdf(path: string, force: boolean): Promise<void> {
  if (force) return;
  if (await isSignedPdf(path)) {
    throw new UserError(
      `"${path}" sudah ada dan bertanda tangan digital (TTE); lkj tidak menimpanya. Pindahkan berkas itu, pakai --out lain, atau --force untuk tetap menimpa.`,
    );
  }
}
