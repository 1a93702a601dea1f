import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardOutput, writesToNowhere } from './output-guard.js';
import { cliDir, finished, repoRoot, sourceArgs, spawnCli } from './test-support/run-cli.js';
import { spend } from './test-support/spend.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-pipe-'));
const store = `sqlite:${join(dir, 'budgets.db')}`;
const budgets = {
  store,
  root: { id: 'session', limitUsd: '1' },
  plan: { id: 'plan-a', limitUsd: '0.5' },
};
const call = { model: 'gpt-4o', provider: 'openai', costUsd: '0.01', input: 1000, output: 100 };

/** Starts `tollgate ARGS…` from source with its stdout on file descriptor `fd`. */
function spawnCliTo(fd: number, args: readonly string[]) {
  return spawn(process.execPath, sourceArgs(join(cliDir, 'src', 'bin.ts'), ...args), {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', fd, 'pipe'],
  });
}

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

describe('output that cannot be written', () => {
  it('status --json > /dev/full ends with one line on stderr and exit code 1', async () => {
    await spend({ ...budgets, calls: [call] });
    const full = openSync('/dev/full', 'w');
    try {
      const { code, err } = await finished(
        spawnCliTo(full, ['status', '--store', store, '--json']),
      );
      expect(code).toBe(1);
      expect(err).toMatch(/^tollgate: cannot write to standard output: ENOSPC[^\n]*\n$/);
    } finally {
      closeSync(full);
    }
  });

  it('watch > /dev/full ends (it would draw into the void forever) with exit code 1', async () => {
    await spend({ ...budgets, calls: [call] });
    const full = openSync('/dev/full', 'w');
    try {
      const args = ['watch', '--store', store, '--interval', '50'];
      const { code, err } = await finished(spawnCliTo(full, args));
      expect(code).toBe(1);
      expect(err).toMatch(/^tollgate: cannot write to standard output: ENOSPC[^\n]*\n$/);
    } finally {
      closeSync(full);
    }
  });

  it('watch with stdout closed (>&-) refuses at once with one line and exit code 2', async () => {
    const child = spawn(
      'sh',
      [
        '-c',
        'exec "$0" "$@" >&-',
        process.execPath,
        ...sourceArgs(join(cliDir, 'src', 'bin.ts'), 'watch', '--store', store),
      ],
      { cwd: repoRoot, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const { code, err } = await finished(child);
    expect(err).toBe(
      'tollgate: watch has nowhere to draw: standard output is closed or /dev/null (run it in a terminal, or redirect it to a file or a pipe)\n',
    );
    expect(code).toBe(2);
  });
});

describe('guardOutput', () => {
  it('takes EPIPE as the reader leaving: aborts, records no failure, swallows what follows', () => {
    const stream = new EventEmitter();
    const closed = new AbortController();
    const guard = guardOutput(stream, closed);
    stream.emit('error', errnoError('EPIPE'));
    expect(closed.signal.aborted).toBe(true);
    expect(() => stream.emit('error', errnoError('ERR_STREAM_DESTROYED'))).not.toThrow();
    expect(guard.failure()).toBeUndefined();
  });

  it('records any other write failure, the first one, and aborts instead of throwing', () => {
    const stream = new EventEmitter();
    const closed = new AbortController();
    const guard = guardOutput(stream, closed);
    expect(() => stream.emit('error', errnoError('ENOSPC'))).not.toThrow();
    expect(() => stream.emit('error', errnoError('ERR_STREAM_DESTROYED'))).not.toThrow();
    expect(closed.signal.aborted).toBe(true);
    expect(guard.failure()?.message).toBe('write ENOSPC');
  });
});

describe('writesToNowhere', () => {
  it('is true for /dev/null only', () => {
    const nowhere = openSync('/dev/null', 'w');
    const file = openSync(join(dir, 'out.txt'), 'w');
    try {
      expect(writesToNowhere(nowhere)).toBe(true);
      expect(writesToNowhere(file)).toBe(false);
      expect(writesToNowhere(-1)).toBe(false);
    } finally {
      closeSync(nowhere);
      closeSync(file);
    }
  });
});
