import { guardOutput, writesToNowhere } from './output-guard.js';
import { jsonText, terminalSafe } from './terminal-text.js';

/** Where a command writes. `process.stdout` fits; tests pass a capturing stream. */
export interface OutputStream {
  /** Writes text as it is. */
  write(chunk: string): unknown;
  /** True for a terminal: live views redraw in place, otherwise they print plain lines. */
  isTTY?: boolean;
  /** Terminal width in characters, when known. */
  columns?: number;
  /** Terminal height in lines, when known. */
  rows?: number;
  /** Listens for terminal resizes. */
  on?(event: 'resize', listener: () => void): unknown;
  /** Stops listening for terminal resizes. */
  off?(event: 'resize', listener: () => void): unknown;
}

/** The keyboard of a live view (`process.stdin`); only raw-mode terminals are used. */
export interface InputStream {
  /** True for a terminal (keys are read only then). */
  isTTY?: boolean;
  /** Switches raw mode, so single keys arrive without Enter. */
  setRawMode?(mode: boolean): unknown;
  /** Listens for key presses (`data`) or the end of the input (`end`, Ctrl-D; no chunk). */
  on(event: 'data' | 'end', listener: (chunk: Buffer | string) => void): unknown;
  /** Stops listening. */
  off(event: 'data' | 'end', listener: (chunk: Buffer | string) => void): unknown;
  /** Starts reading. */
  resume(): unknown;
  /** Stops reading, so the process can exit. */
  pause(): unknown;
}

/** The process surroundings a command runs in. */
export interface CliIO {
  /** Where results go. */
  stdout: OutputStream;
  /** Where errors and warnings go. */
  stderr: OutputStream;
  /** The keyboard, for live views. */
  stdin?: InputStream;
  /**
   * Environment variables: `TOLLGATE_DEBUG`, `TOLLGATE_PRICING_OVERRIDES`, and the API keys of
   * `demo --live`. (The CLI prints no colour, so `NO_COLOR` has nothing to turn off.)
   */
  env: Readonly<Record<string, string | undefined>>;
  /** Stops a long-running command (watch) from outside, e.g. a test. */
  signal?: AbortSignal;
  /** True when stdout goes nowhere (closed, or `/dev/null`): `watch` refuses to run. @default false */
  stdoutDiscarded?: boolean;
  /** The write failure stdout met (a full disk), if any; the command then ends with exit 1. */
  outputFailure?: () => Error | undefined;
  /** Resolves once what was written to stdout has been handed to the system. */
  flush?: () => Promise<void>;
}

/** The real process streams. See `guardOutput` for what a failed write does. */
export function processIO(): CliIO {
  const closed = new AbortController();
  const stdout = guardOutput(process.stdout, closed);
  // Nothing can be reported once stderr fails; its errors only must not crash the process.
  process.stderr.on('error', () => {});
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    signal: closed.signal,
    stdoutDiscarded: writesToNowhere(1),
    outputFailure: stdout.failure,
    flush: () =>
      new Promise<void>((resolve) => {
        // The callback runs once what was written before has reached the system; a failure
        // of it is emitted as an error event just after, hence the extra turn.
        process.stdout.write('', () => setImmediate(resolve));
      }),
  };
}

/**
 * Writes lines, each followed by a newline. Control characters inside a line (from stored,
 * untrusted text) are shown as escapes, never sent to the terminal.
 */
export function writeLines(stream: OutputStream, lines: readonly string[]): void {
  if (lines.length > 0) stream.write(`${lines.map(terminalSafe).join('\n')}\n`);
}

/** Writes `value` as indented JSON and a newline (`jsonText`: exact, and inert on a terminal). */
export function writeJson(stream: OutputStream, value: unknown): void {
  stream.write(`${jsonText(value)}\n`);
}
