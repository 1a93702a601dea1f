/** Starts the worker processes of the shared-budget examples and lets them go together. */
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface WorkerProcess {
  /** Resolves once the worker printed `ready` (or exited). */
  ready: Promise<void>;
  /** Lets the worker start (writes `go` to its stdin). */
  go(): void;
  /** Resolves when it exits with code 0, rejects otherwise. */
  done: Promise<void>;
  /** Ends it if it is still running (after a failure elsewhere). */
  stop(): void;
}

/**
 * Starts a worker process. Its output is passed through, except the line `ready` that it
 * prints once attached; `go()` lets it start.
 */
function startWorker(command: string, args: readonly string[]): WorkerProcess {
  const child = spawn(command, args, {
    // From the examples folder, so `--import tsx` resolves whatever the caller's directory.
    cwd: dirname(dirname(fileURLToPath(import.meta.url))),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') resolve();
      else console.log(line);
    });
  });
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`worker exited with code ${code}`)),
    );
  });
  return {
    ready: Promise.race([ready, done]),
    done,
    go: () => child.stdin.end('go\n'),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

/**
 * Runs `file` again as a worker once per argument list (`node ... file worker ...args`),
 * waits until every one is attached, lets them all go at once and waits for them to end.
 */
export async function runWorkersTogether(
  file: string,
  argsPerWorker: readonly (readonly string[])[],
): Promise<void> {
  const workers = argsPerWorker.map((args) =>
    startWorker(process.execPath, [
      '--conditions=@tollgate/source',
      '--import',
      'tsx',
      file,
      'worker',
      ...args,
    ]),
  );
  try {
    await Promise.all(workers.map((worker) => worker.ready));
    for (const worker of workers) worker.go();
    await Promise.all(workers.map((worker) => worker.done));
  } finally {
    for (const worker of workers) worker.stop();
  }
}
