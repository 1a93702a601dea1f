import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endQuietlyOnClosedPipe } from './cli-io.js';
import { finished, spawnCli } from './test-support/run-cli.js';
import { spend } from './test-support/spend.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-pipe-'));
const store = `sqlite:${join(dir, 'budgets.db')}`;
const budgets = {
  store,
  root: { id: 'session', limitUsd: '1' },
  plan: { id: 'plan-a', limitUsd: '0.5' },
};
const call = { model: 'gpt-4o', provider: 'openai', costUsd: '0.01', input: 1000, output: 100 };

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('a reader that closes the pipe early (tollgate … | head)', () => {
  it.each([
    ['status', ['status', '--store', store]],
    ['status --json', ['status', '--store', store, '--json']],
    ['pricing list', ['pricing', 'list']],
    ['pricing show', ['pricing', 'show', 'gpt-4o']],
    ['--help', ['--help']],
    ['watch', ['watch', '--store', store, '--interval', '50']],
  ])('ends %s quietly with exit code 0 when nobody reads', async (_name, args) => {
    await spend({ ...budgets, calls: [call] });
    const child = spawnCli(args);
    // Closed before the process has even started: its first write meets EPIPE.
    child.stdout.destroy();
    const { code, signal, err } = await finished(child);
    expect(err).toBe('');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });

  it('ends watch quietly when the reader leaves after the first frame and spend comes later', async () => {
    await spend({ ...budgets, calls: [call] });
    const child = spawnCli(['watch', '--store', store, '--interval', '50']);
    const ended = finished(child);
    // Like `head -n 5`: read the first frame, then go away.
    await new Promise<void>((resolve) => {
      child.stdout.once('data', () => {
        child.stdout.destroy();
        resolve();
      });
    });
    // Another process spends; watch prints the changed frame into the closed pipe.
    await spend({ ...budgets, calls: [{ ...call, costUsd: '0.02' }] });
    const { code, signal, err } = await ended;
    expect(err).toBe('');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });
});

describe('endQuietlyOnClosedPipe', () => {
  it('swallows EPIPE and the write-after-close errors behind it, and aborts the signal', () => {
    const stream = new EventEmitter();
    const closed = new AbortController();
    endQuietlyOnClosedPipe(stream, closed);
    stream.emit('error', errnoError('EPIPE'));
    expect(closed.signal.aborted).toBe(true);
    expect(() => stream.emit('error', errnoError('ERR_STREAM_DESTROYED'))).not.toThrow();
  });

  it('rethrows any other write error, and a destroyed stream that no EPIPE explains', () => {
    const stream = new EventEmitter();
    const closed = new AbortController();
    endQuietlyOnClosedPipe(stream, closed);
    expect(() => stream.emit('error', errnoError('EIO'))).toThrow('write EIO');
    expect(() => stream.emit('error', errnoError('ERR_STREAM_DESTROYED'))).toThrow(
      'write ERR_STREAM_DESTROYED',
    );
    expect(closed.signal.aborted).toBe(false);
  });
});
