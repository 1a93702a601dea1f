/** Where a command writes. `process.stdout` fits; tests pass a capturing stream. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True for a terminal: live views redraw in place, otherwise they print plain lines. */
  isTTY?: boolean;
  columns?: number;
  rows?: number;
  on?(event: 'resize', listener: () => void): unknown;
  off?(event: 'resize', listener: () => void): unknown;
}

/** The keyboard of a live view (`process.stdin`); only raw-mode terminals are used. */
export interface InputStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  off(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/** The process surroundings a command runs in. */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin?: InputStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Stops a long-running command (watch) from outside, e.g. a test. */
  signal?: AbortSignal;
}

/** The real process streams. */
export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Writes lines, each followed by a newline. */
export function writeLines(stream: OutputStream, lines: readonly string[]): void {
  if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
}
