import type { Problem, ProblemCode } from './problem.js';

/** Collects every problem of a run instead of stopping at the first. */
export class ProblemSink {
  readonly problems: Problem[] = [];

  error(code: ProblemCode, message: string, at: { sheet?: string; cell?: string; value?: string } = {}): void {
    this.problems.push({ severity: 'error', code, ...defined(at), message });
  }

  warning(code: ProblemCode, message: string, at: { sheet?: string; cell?: string; value?: string } = {}): void {
    this.problems.push({ severity: 'warning', code, ...defined(at), message });
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
