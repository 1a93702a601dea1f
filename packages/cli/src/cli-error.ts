/** Exit codes of the `tollgate` command (documented in `--help` and the README). */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** A runtime failure: an unreachable store, a failed check, an unexpected error. */
  failure: 1,
  /** A usage error: a bad flag or argument, a bad store URL, an unknown model, malformed JSON. */
  usage: 2,
} as const;

/** An exit code of the `tollgate` command. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports as one message (no stack) and turns into an exit code. */
export class CliError extends Error {
  /** The process exit code the command ends with. */
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A mistake in how the command was called: exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

/** Something failed while running: exit code 1. */
export function runtimeError(message: string, cause?: unknown): CliError {
  return new CliError(message, EXIT.failure, cause === undefined ? undefined : { cause });
}

/** Tollgate error codes that mean the command was called wrongly (exit 2), not a failure. */
export const USAGE_CODES: ReadonlySet<string> = new Set([
  'UNKNOWN_MODEL',
  'INVALID_USAGE',
  'INVALID_OPTIONS',
  'INVALID_AMOUNT',
  'INVALID_BUDGET_ID',
  'BUDGET_NOT_FOUND',
]);
