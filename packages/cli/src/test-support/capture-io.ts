import type { CliIO, OutputStream } from '../cli-io.js';

/** A CliIO whose output is kept in strings, for in-process command tests. */
export interface CapturedIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
}

/** Captures stdout and stderr; `env` is empty unless given. */
export function captureIO(env: Record<string, string> = {}): CapturedIO {
  let out = '';
  let err = '';
  const stdout: OutputStream = {
    write: (chunk: string) => {
      out += chunk;
      return true;
    },
  };
  const stderr: OutputStream = {
    write: (chunk: string) => {
      err += chunk;
      return true;
    },
  };
  return { stdout, stderr, env, out: () => out, err: () => err };
}

/** `main`'s argv for `tollgate ARGS…`. */
export function argv(...args: string[]): string[] {
  return ['node', 'tollgate', ...args];
}
