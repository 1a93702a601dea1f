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
  /** Environment variables (`TOLLGATE_STORE`, `NO_COLOR`, ...). */
  env: Readonly<Record<string, string | undefined>>;
  /** Stops a long-running command (watch) from outside, e.g. a test. */
  signal?: AbortSignal;
}

/** The real process streams. A closed pipe on either output stops the command quietly. */
export function processIO(): CliIO {
  const closed = new AbortController();
  endQuietlyOnClosedPipe(process.stdout, closed);
  endQuietlyOnClosedPipe(process.stderr, closed);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    signal: closed.signal,
  };
}

/** The part of a Node stream a closed-pipe guard needs. */
export interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * When the reader of a pipe goes away (`tollgate watch | head`), writing fails with `EPIPE`
 * on the stream's `error` event, which would otherwise crash with a stack trace. Nobody is
 * left to read what follows, so the guard swallows that error (and the write-after-close
 * errors behind it) and aborts `closed`: a long-running command (watch) ends, a short one
 * finishes, and the exit code stays 0. Any other write error is rethrown as before.
 */
export function endQuietlyOnClosedPipe(stream: ErrorEmitter, closed: AbortController): void {
  stream.on('error', (error) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE' || (closed.signal.aborted && code === 'ERR_STREAM_DESTROYED')) {
      closed.abort();
      return;
    }
    throw error;
  });
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
