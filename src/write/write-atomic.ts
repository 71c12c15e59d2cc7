import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../model/errors.js';
import { translateReason } from '../model/translate-error.js';
import { makeDirs } from './make-dirs.js';

/** Temporary files in flight, removed if the process is interrupted (see main.ts). */
export const pendingTempFiles = new Set<string>();

/**
 * Writes to a hidden temporary name in the target folder, flushes, then renames: a reader
 * (or a printer) never sees a half-written report under the final name.
 */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.lkj-tmp-${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  try {
    await makeDirs(dir);
    pendingTempFiles.add(tmp);
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new UserError(`Tidak dapat menulis "${path}": ${describeFsError(err)}.`);
  } finally {
    pendingTempFiles.delete(tmp);
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'tidak ada izin menulis di folder itu';
    case 'ENOSPC':
      return 'disk penuh';
    case 'EROFS':
      return 'folder hanya-baca';
    case 'ENOTDIR':
      return 'salah satu bagian jalurnya bukan folder';
    case 'EISDIR':
      return 'jalur itu sebuah folder';
    case 'EEXIST':
      // Only mkdir gives it here: a part of the folder path is an existing file.
      return 'salah satu bagian jalur foldernya sudah ada sebagai berkas, bukan folder';
    default: {
      const text = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      return translateReason(text) ?? text;
    }
  }
}
