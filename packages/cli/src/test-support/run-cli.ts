import { type ChildProcess, type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** A CLI process whose output is piped to the test. */
export type CliProcess = ChildProcessByStdio<null, Readable, Readable>;

/** The CLI package folder and the workspace root. */
export const cliDir = fileURLToPath(new URL('../..', import.meta.url));
export const repoRoot = join(cliDir, '..', '..');

/** Options of `spawnCli`. */
export interface SpawnCliOptions {
  /** @default the workspace root */
  cwd?: string;
  /** The whole environment. @default PATH only: the CLI must never need API keys */
  env?: Record<string, string>;
}

/** Node's arguments to run a TypeScript file of the workspace from source (through tsx). */
export function sourceArgs(file: string, ...args: readonly string[]): string[] {
  return ['--conditions=@tollgate/source', '--import', 'tsx', file, ...args];
}

/** Starts `tollgate ARGS…` from source as its own process, the way `pnpm tollgate` does. */
export function spawnCli(args: readonly string[], options: SpawnCliOptions = {}): CliProcess {
  return spawn(process.execPath, sourceArgs(join(cliDir, 'src', 'bin.ts'), ...args), {
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** How a process ended and what it printed. */
export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/**
 * Collects a process's output until it exits (stdout only while it is still read, and
 * neither when it goes to a file descriptor of the test's choosing).
 */
export function finished(child: ChildProcess): Promise<Finished> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

/** Runs `tollgate ARGS…` to its end. */
export function runCli(args: readonly string[], options: SpawnCliOptions = {}): Promise<Finished> {
  return finished(spawnCli(args, options));
}
