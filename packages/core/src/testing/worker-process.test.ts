import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { killWorker, runWorker, startWorker, workerArgs } from './worker-process.js';

const worker = new URL('./fixtures/echo-worker.ts', import.meta.url);

describe('worker processes', () => {
  it('runs a worker to the end and returns its output', async () => {
    expect(await runWorker(worker, ['print', 'hello'])).toBe('hello\n');
    expect(await runWorker(fileURLToPath(worker), ['print', 'by path'])).toBe('by path\n');
    expect(workerArgs('w.ts', ['a'])).toEqual([
      '--conditions=@tollgate/source',
      '--import',
      'tsx',
      'w.ts',
      'a',
    ]);
  });

  it('rejects with what the worker wrote to stderr when it fails', async () => {
    await expect(runWorker(worker, ['fail', 'on purpose'])).rejects.toThrow(
      /exited with 3:\nasked to fail: on purpose/,
    );
    await expect(startWorker(worker, ['fail', 'early'])).rejects.toThrow(/asked to fail: early/);
  });

  it('starts a worker, reads its first line and kills it', async () => {
    const { child, line } = await startWorker(fileURLToPath(worker), ['hold', 'ready']);
    expect(line).toBe('ready');
    await killWorker(child);
    expect(child.signalCode).toBe('SIGKILL');
    await killWorker(child);
  });
});
