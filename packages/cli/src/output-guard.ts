import { fstatSync, statSync } from 'node:fs';

/** The part of a Node stream an output guard needs. */
export interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** What an output guard has seen. */
export interface OutputGuard {
  /** The first write failure other than a reader leaving (a full disk, an I/O error). */
  failure(): Error | undefined;
}

/**
 * Watches a stream's `error` event so that no write failure crashes the process with a
 * stack trace. When the reader of a pipe goes away (`tollgate watch | head`, `EPIPE`) nobody
 * is left to read what follows: `closed` aborts and the failure is not recorded, so the
 * command ends quietly with exit code 0. Any other failure (`ENOSPC` on `> /dev/full`, `EIO`)
 * is recorded for the command to report, and aborts `closed` too: a long-running command
 * (watch) must not go on drawing into output that is gone. Later errors of the same broken
 * stream (writes after it was destroyed) are swallowed.
 */
export function guardOutput(stream: ErrorEmitter, closed: AbortController): OutputGuard {
  let failure: Error | undefined;
  stream.on('error', (error) => {
    if (closed.signal.aborted) return;
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') failure = error;
    closed.abort();
  });
  return { failure: () => failure };
}

/**
 * True when file descriptor `fd` is `/dev/null`: Node reopens a closed standard output
 * (`tollgate watch >&-`) on `/dev/null`, so this is how a process learns that nothing will
 * ever read what it writes. False where that cannot be told (no `/dev/null`).
 */
export function writesToNowhere(fd: number): boolean {
  try {
    const target = fstatSync(fd);
    const nowhere = statSync('/dev/null');
    return target.isCharacterDevice() && target.rdev === nowhere.rdev;
  } catch {
    return false;
  }
}
