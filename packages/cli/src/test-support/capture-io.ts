import type { CliIO, OutputStream } from '../cli-io.js';
import { main } from '../main.js';

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

/** Runs `tollgate ARGS…` in this process with captured output; `extra` adds to the IO (a signal). */
export async function runMain(
  args: readonly string[],
  extra: Pick<CliIO, 'signal'> = {},
): Promise<{ code: number; out: string; err: string }> {
  const io = { ...captureIO(), ...extra };
  const code = await main(argv(...args), io);
  return { code, out: io.out(), err: io.err() };
}
