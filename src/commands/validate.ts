import { EXIT, type ExitCode } from '../errors.js';
import { formatProblem, type Problem } from '../validate/problem.js';
import { validateFile, type FileValidation } from '../validate/validate-file.js';
import type { Tw } from '../workbook/workbook-types.js';

export type ValidateFormat = 'text' | 'json' | 'github';

export interface ValidateOptions {
  files: string[];
  tw?: Tw;
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
  for (const file of options.files) files.push(await validateFile(file, { tw: options.tw }));
  const valid = files.every((f) => !f.problems.some((p) => p.severity === 'error'));
  const output =
    options.format === 'json' ? JSON.stringify(validateJson(files), null, 2) : options.format === 'github' ? github(files) : text(files, options.color);
  return { valid, files, output, exitCode: valid ? EXIT.ok : EXIT.input };
}

/** The contract's JSON shape. */
export function validateJson(files: FileValidation[]) {
  const shape = (p: Problem) => ({
    code: p.code,
    ...(p.sheet !== undefined && { sheet: p.sheet }),
    ...(p.cell !== undefined && { cell: p.cell }),
    ...(p.value !== undefined && { value: p.value }),
    message: p.message,
  });
  const out = files.map((f) => {
    const errors = f.problems.filter((p) => p.severity === 'error');
    return {
      file: f.file,
      valid: errors.length === 0,
      errors: errors.map(shape),
      warnings: f.problems.filter((p) => p.severity === 'warning').map(shape),
    };
  });
  return { valid: out.every((f) => f.valid), files: out };
}

/** GitHub Actions workflow commands: annotations in the CI log. */
function github(files: FileValidation[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines: string[] = [];
  for (const f of files) {
    for (const p of f.problems) {
      const title = p.sheet ? (p.cell ? `${p.sheet}!${p.cell}` : p.sheet) : p.code;
      lines.push(`::${p.severity} file=${prop(f.file)},title=${prop(title)}::${esc(`${p.message} [${p.code}]`)}`);
    }
  }
  const bad = files.filter((f) => f.problems.some((p) => p.severity === 'error')).length;
  lines.push(`lkj validate: ${files.length} berkas, ${bad} tidak sah.`);
  return lines.join('\n');
}

/** Grouped by file and sheet, errors before warnings; colours only when asked. */
function text(files: FileValidation[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const f of files) {
    const errors = f.problems.filter((p) => p.severity === 'error').length;
    const warnings = f.problems.length - errors;
    const status = errors ? paint('31;1', 'TIDAK SAH') : paint('32;1', 'SAH');
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
    const bad = files.filter((f) => f.problems.some((p) => p.severity === 'error')).length;
    lines.push('', `${files.length} berkas diperiksa: ${files.length - bad} sah, ${bad} tidak sah.`);
  }
  return lines.join('\n');
}
