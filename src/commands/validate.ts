import { stat } from 'node:fs/promises';
import { discoverWorkbooks } from '../pipeline/discover-workbooks.js';
import { EXIT, UserError, type ExitCode } from '../model/errors.js';
import { formatProblem, type Problem } from '../model/problem.js';
import { validateFile, type FileValidation } from '../validate/validate-file.js';
import type { DokumenKind, Tw } from '../model/workbook-types.js';

export type ValidateFormat = 'text' | 'json' | 'github';

export interface ValidateOptions {
  /** Workbooks and folders (searched recursively for *.xlsx, as `lkj batch` does). */
  files: string[];
  /** Warnings count as failures (`--strict`). */
  strict?: boolean;
  tw?: Tw;
  /** Also check what this document needs (`--dokumen`): Atasan keys for pk, quarter targets for rencana-aksi, … */
  dokumen?: DokumenKind;
  format: ValidateFormat;
  /** ANSI colours in text output (a TTY without NO_COLOR). */
  color: boolean;
}

export interface ValidateResult {
  valid: boolean;
  files: FileValidation[];
  output: string;
  exitCode: ExitCode;
}

/** `lkj validate`: every problem of every file, never just the first. */
export async function validateCommand(options: ValidateOptions): Promise<ValidateResult> {
  const files: FileValidation[] = [];
  for (const file of await expandInputs(options.files)) {
    // The annual report prints the figures up to TW 4: blanks there are worth a warning.
    files.push(await validateFile(file, { tw: options.tw ?? (options.dokumen === 'lkj-tahunan' ? 4 : undefined), dokumen: options.dokumen }));
  }
  const strict = options.strict === true;
  const valid = files.every((f) => fileValid(f, strict));
  const output =
    options.format === 'json'
      ? JSON.stringify(validateJson(files, strict), null, 2)
      : options.format === 'github'
        ? github(files, strict)
        : text(files, options.color, strict);
  return { valid, files, output, exitCode: valid ? EXIT.ok : EXIT.input };
}

/**
 * Folders become the workbooks in them (recursively, in the order `lkj batch` uses), in
 * place; files are taken as given. A folder named like a workbook (`x.xlsx/`) stays a
 * (broken) file: it is reported as `not-a-file` rather than searched.
 */
async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory() || /\.xlsx$/i.test(input.replace(/[\\/]+$/, ''))) {
      out.push(input);
      continue;
    }
    const found = await discoverWorkbooks([input]);
    if (found.length === 0) throw new UserError(`Folder "${input}" tidak berisi buku kerja .xlsx.`);
    out.push(...found.map((w) => w.file));
  }
  return [...new Set(out)];
}

function fileValid(f: FileValidation, strict: boolean): boolean {
  return !f.problems.some((p) => p.severity === 'error' || strict);
}

/** A problem as the JSON outputs show it (also `lkj batch`'s summary and manifest). */
export function problemJson(p: Problem) {
  return {
    code: p.code,
    ...(p.sheet !== undefined && { sheet: p.sheet }),
    ...(p.cell !== undefined && { cell: p.cell }),
    ...(p.value !== undefined && { value: p.value }),
    message: p.message,
  };
}

/** The contract's JSON shape; with --strict a file with warnings is `valid: false`. */
export function validateJson(files: FileValidation[], strict = false) {
  const out = files.map((f) => ({
    file: f.file,
    valid: fileValid(f, strict),
    errors: f.problems.filter((p) => p.severity === 'error').map(problemJson),
    warnings: f.problems.filter((p) => p.severity === 'warning').map(problemJson),
  }));
  return { valid: out.every((f) => f.valid), files: out };
}

/** GitHub Actions workflow commands: annotations in the CI log. */
function github(files: FileValidation[], strict: boolean): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines: string[] = [];
  for (const f of files) {
    for (const p of f.problems) {
      const title = p.sheet ? (p.cell ? `${p.sheet}!${p.cell}` : p.sheet) : p.code;
      // With --strict a warning fails the job, so it is annotated as the error it now is.
      const level = strict ? 'error' : p.severity;
      lines.push(`::${level} file=${prop(f.file)},title=${prop(title)}::${esc(`${p.message} [${p.code}]`)}`);
    }
  }
  const bad = files.filter((f) => !fileValid(f, strict)).length;
  lines.push(`lkj validate: ${files.length} berkas, ${bad} tidak sah${strict ? ' (--strict: peringatan dihitung galat)' : ''}.`);
  return lines.join('\n');
}

/** Grouped by file and sheet, errors before warnings; colours only when asked. */
function text(files: FileValidation[], color: boolean, strict: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const f of files) {
    const errors = f.problems.filter((p) => p.severity === 'error').length;
    const warnings = f.problems.length - errors;
    const status = fileValid(f, strict) ? paint('32;1', 'SAH') : paint('31;1', errors ? 'TIDAK SAH' : 'TIDAK SAH (--strict: ada peringatan)');
    lines.push(`${paint('1', f.file)}: ${status} (${errors} galat, ${warnings} peringatan)`);
    const bySheet = new Map<string, Problem[]>();
    for (const p of f.problems) bySheet.set(p.sheet ?? '', [...(bySheet.get(p.sheet ?? '') ?? []), p]);
    for (const [sheet, problems] of bySheet) {
      if (sheet) lines.push(`  ${paint('36', `Sheet ${sheet}`)}`);
      const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
      for (const p of sorted) {
        const tag = p.severity === 'error' ? paint('31', 'galat') : paint('33', 'peringatan');
        lines.push(`  ${sheet ? '  ' : ''}${tag} ${formatProblem(p)} [${p.code}]`);
      }
    }
  }
  if (files.length > 1) {
    const bad = files.filter((f) => !fileValid(f, strict)).length;
    lines.push('', `${files.length} berkas diperiksa: ${files.length - bad} sah, ${bad} tidak sah.`);
  }
  return lines.join('\n');
}
