import { loadLogo } from '../workbook/load-logo.js';
import { limitsFromEnv, type Limits } from '../workbook/limits.js';
import { readWorkbook, WorkbookFileError } from '../workbook/read-workbook.js';
import type { DokumenKind, Tw, Workbook } from '../model/workbook-types.js';
import { checkDokumen } from './check-dokumen.js';
import { parseWorkbook } from './parse-workbook.js';
import { unsupportedCharacters } from './unsupported-characters.js';
import type { Problem } from '../model/problem.js';

export interface FileValidation {
  file: string;
  /** null when the workbook has errors. */
  workbook: Workbook | null;
  problems: Problem[];
  /** The logo, ready to inline, when Identitas names a usable one. */
  logoDataUrl: string | null;
  /** Identitas `Bagan Organisasi` as a data: URL, when it names a usable image (Extension 2). */
  baganDataUrl: string | null;
}

/**
 * Read + validate one workbook; never throws for anything wrong with the file itself.
 * `dokumen`: also what that document needs (Atasan keys for pk, quarter targets for
 * rencana-aksi, …) — validate, generate, batch and watch all check the same.
 */
export async function validateFile(file: string, options: { tw?: Tw; limits?: Limits; dokumen?: DokumenKind } = {}): Promise<FileValidation> {
  const limits = options.limits ?? limitsFromEnv();
  let raw;
  try {
    raw = await readWorkbook(file, limits);
  } catch (err) {
    if (err instanceof WorkbookFileError) {
      return { file, workbook: null, logoDataUrl: null, baganDataUrl: null, problems: [{ severity: 'error', code: err.code, message: err.message }] };
    }
    throw err;
  }
  const { workbook, problems } = parseWorkbook(raw, file, { ...options, limits });
  // A workbook refused without a reason would be a silent failure: a bug, said as one.
  if (!workbook && !problems.some((p) => p.severity === 'error')) {
    throw new Error(`validateFile: ${file} ditolak tanpa galat yang disebutkan (bug lkj).`);
  }
  if (workbook) problems.push(...unsupportedCharacters(raw));
  let logoDataUrl: string | null = null;
  const logo = workbook?.identitas.logo;
  if (workbook && logo) {
    const loaded = await loadLogo(file, logo);
    if ('dataUrl' in loaded) logoDataUrl = loaded.dataUrl;
    else problems.push({ severity: 'warning', code: 'missing-logo', sheet: 'Identitas', value: logo, message: `${loaded.problem} Sampul dicetak tanpa logo.` });
  }
  let baganDataUrl: string | null = null;
  const bagan = workbook?.identitas.baganOrganisasi;
  if (workbook && bagan) {
    const loaded = await loadLogo(file, bagan, 'Bagan Organisasi');
    if ('dataUrl' in loaded) baganDataUrl = loaded.dataUrl;
    else {
      problems.push({
        severity: 'warning',
        code: 'missing-bagan-organisasi',
        sheet: 'Identitas',
        value: bagan,
        message: `${loaded.problem} Laporan tahunan dicetak tanpa bagan organisasi.`,
      });
    }
  }
  // The document's own needs are checked on a valid workbook only (its figures are known).
  if (workbook && options.dokumen) {
    const extra = checkDokumen(options.dokumen, workbook);
    problems.push(...extra);
    if (extra.some((p) => p.severity === 'error')) return { file, workbook: null, problems, logoDataUrl, baganDataUrl };
  }
  return { file, workbook, problems, logoDataUrl, baganDataUrl };
}
