import { EXIT, UserError } from '../model/errors.js';
import { formatProblem, type Problem } from '../model/problem.js';

/** A workbook with errors: refused before anything is computed or printed (exit 1). */
export class InvalidWorkbookError extends UserError {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      errors.map((p) => `${file}: ${formatProblem(p)}`).join('\n') +
        `\n${file}: ${errors.length} galat; perbaiki dulu, lalu jalankan lagi (lihat "lkj validate ${file}").`,
      EXIT.input,
    );
    this.name = 'InvalidWorkbookError';
  }
}
