/**
 * Worker processes for multi-process store tests: each runs a TypeScript file with the
 * workspace packages resolved to source (`@tollgate/source`) through tsx, which must be
 * installed where the tests run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The command line that runs a TypeScript worker with workspace packages resolved to source. */
export function workerArgs(file: string, args: readonly string[]): string[] {
  return ['--conditions=@tollgate/source', '--import', 'tsx', file, ...args];
}

/** A worker file given as a path or a `file:` URL (e.g. `new URL('./worker.ts', import.meta.url)`). */
export type WorkerFile = string | URL;

/** A running worker with its output so far, and a way to hear of each stdout chunk. */
interface SpawnedWorker {
  child: ChildProcess;
  stdout: () => string;
  /** The error for a worker that exited with `code` (or was killed), carrying its stderr. */
  failure: (code: number | null) => Error;
}

function spawnWorker(
  worker: WorkerFile,
  args: readonly string[],
  onStdout: () => void,
): SpawnedWorker {
  const file = typeof worker === 'string' ? worker : fileURLToPath(worker);
  const child = spawn(process.execPath, workerArgs(file, args), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    child,
    stdout: () => stdout,
    failure: (code) => new Error(`worker ${file} exited with ${String(code)}:\n${stderr}`),
  };
}

/** Runs a worker to completion and resolves with its stdout; rejects with its stderr if it fails. */
export function runWorker(worker: WorkerFile, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const spawned = spawnWorker(worker, args, () => undefined);
    spawned.child.once('error', reject);
    spawned.child.once('exit', (code) => {
      if (code === 0) resolve(spawned.stdout());
      else reject(spawned.failure(code));
    });
  });
}

/** Starts a worker and resolves with its process and its first line of output. */
export function startWorker(
  worker: WorkerFile,
  args: readonly string[],
): Promise<{
  /** The running worker. */
  child: ChildProcess;
  /** The first line it printed. */
  line: string;
}> {
  return new Promise((resolve, reject) => {
    const spawned: SpawnedWorker = spawnWorker(worker, args, () => {
      const output = spawned.stdout();
      const end = output.indexOf('\n');
      if (end >= 0) resolve({ child: spawned.child, line: output.slice(0, end) });
    });
    spawned.child.once('error', reject);
    spawned.child.once('exit', (code) => reject(spawned.failure(code)));
  });
}

/** Kills a worker with SIGKILL (no cleanup runs in it) and waits until it is gone. */
export async function killWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await gone;
}
