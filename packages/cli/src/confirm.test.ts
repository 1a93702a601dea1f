import { describe, expect, it } from 'vitest';
import type { InputStream } from './cli-io.js';
import { confirm } from './confirm.js';
import { captureIO } from './test-support/capture-io.js';

/** A terminal that types `chunks` one after the other once read. */
function typing(...chunks: string[]): InputStream & { paused: boolean } {
  const listeners = new Set<(chunk: string) => void>();
  const input = {
    isTTY: true,
    paused: true,
    on: (_event: 'data', listener: (chunk: Buffer | string) => void) => listeners.add(listener),
    off: (_event: 'data', listener: (chunk: Buffer | string) => void) => listeners.delete(listener),
    resume: () => {
      input.paused = false;
      queueMicrotask(() => {
        for (const chunk of chunks) for (const listener of [...listeners]) listener(chunk);
      });
    },
    pause: () => {
      input.paused = true;
    },
  };
  return input;
}

describe('confirm', () => {
  it('asks on stderr and reads one line, in as many chunks as it comes', async () => {
    const io = { ...captureIO(), stdin: typing('y', 'es\n', 'ignored\n') };
    expect(await confirm(io, 'Go? [y/N] ')).toBe(true);
    expect(io.err()).toBe('Go? [y/N] ');
    expect(io.stdin.paused).toBe(true);
  });

  it('takes anything but an answer starting with y as no', async () => {
    for (const answer of ['\n', 'n\n', 'nope\n', ' x\n']) {
      expect(await confirm({ ...captureIO(), stdin: typing(answer) }, '?')).toBe(false);
    }
    expect(await confirm({ ...captureIO(), stdin: typing(Buffer.from('Y\n') as never) }, '?')).toBe(
      true,
    );
  });

  it('answers no without a keyboard', async () => {
    expect(await confirm(captureIO(), '?')).toBe(false);
  });
});
