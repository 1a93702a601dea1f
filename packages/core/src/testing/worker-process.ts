/**
 * Worker processes for multi-process store tests: each runs a TypeScript file with the
 * workspace packages resolved to source (`@tollgate/source`) through tsx, which must be
 * installed where the tests run.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The command line that runs a TypeScript worker with workspace packages resolved to source. */
export function workerArgs(file: string, args: readonly string[]): string[] {
  return ['--conditions=@tollgate/source', '--import', 'tsx', file, ...args];
}

/** A worker file given as a path or a `file:` URL (e.g. `new URL('./worker.ts', import.meta.url)`). */
export type WorkerFile = string | URL;

/** Runs a worker to completion and resolves with its stdout; rejects with its stderr if it fails. */
export function runWorker(worker: WorkerFile, args: readonly string[]): Promise<string> {
  const file = typeof worker === 'string' ? worker : fileURLToPath(worker);
  const name = file;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, workerArgs(file, args), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`worker ${name} exited with ${String(code)}:\n${stderr}`));
    });
  });
}

/** Starts a worker and resolves with its process and its first line of output. */
export function startWorker(
  worker: WorkerFile,
  args: readonly string[],
): Promise<{ child: ReturnType<typeof spawn>; line: string }> {
  const file = typeof worker === 'string' ? worker : fileURLToPath(worker);
  const name = file;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, workerArgs(file, args), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const end = stdout.indexOf('\n');
      if (end >= 0) resolve({ child, line: stdout.slice(0, end) });
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`worker ${name} exited with ${String(code)}:\n${stderr}`)),
    );
  });
}

/** Kills a worker with SIGKILL (no cleanup runs in it) and waits until it is gone. */
export async function killWorker(child: ReturnType<typeof spawn>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await gone;
}
