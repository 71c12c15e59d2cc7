import { stat } from 'node:fs/promises';
import { UsageError, UserError } from '../model/errors.js';
import { buildTemplateWorkbook } from '../workbook/write-template-workbook.js';
import { writeAtomic } from '../write/write-atomic.js';

/** File `lkj init` writes when the command line names none. */
export const DEFAULT_INIT_FILE = 'lkj-buku-kerja.xlsx';

export interface InitOptions {
  file: string;
  /** Overwrite an existing file. */
  force: boolean;
}

/** `lkj init`: writes a fillable workbook (Petunjuk, every contract sheet, example rows). */
export async function initCommand(options: InitOptions): Promise<{ path: string }> {
  const path = options.file;
  if (!/\.xlsx$/i.test(path.trim())) {
    throw new UsageError(`Nama berkas harus berakhiran .xlsx, ditemukan "${path}".`);
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new UserError(`"${path}" adalah sebuah folder, bukan berkas .xlsx.`);
  if (existing && !options.force) throw new UserError(`Berkas "${path}" sudah ada; pakai --force untuk menimpanya.`);
  await writeAtomic(path, await buildTemplateWorkbook());
  return { path };
}
