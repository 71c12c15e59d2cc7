/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, input: 1, usage: 2, render: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A problem the user can fix (bad input, bad usage, no browser). Its message is one
 * Indonesian line, printed without a stack trace. Anything else that is thrown is a bug.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.input,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Wrong flags or arguments (exit 2). */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** The browser could not be found, started, or finished printing (exit 3). */
export class RenderError extends UserError {
  constructor(message: string) {
    super(message, EXIT.render);
    this.name = 'RenderError';
  }
}
