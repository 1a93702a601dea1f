import type { CliError } from './cli-error.js';
import { runtimeError, usageError } from './cli-error.js';
import type { CliIO } from './cli-io.js';

/** How a confirmation ended: "y"/"yes", anything else, or the input ending first (Ctrl-D). */
export type Confirmation = 'yes' | 'no' | 'no answer';

/**
 * Asks a yes/no question on the terminal and resolves `'yes'` for "y" or "yes". The input
 * ending before a line (Ctrl-D) counts as "no" (`'no answer'`), never as a wait or a crash.
 * Without a terminal on both stdin and stdout nobody can answer, so it refuses (exit 2) and
 * names `--yes`, rather than changing a budget unconfirmed or waiting forever.
 */
export async function confirm(io: CliIO, question: string, action: string): Promise<Confirmation> {
  const stdin = io.stdin;
  if (stdin?.isTTY !== true || io.stdout.isTTY !== true) {
    throw usageError(
      `${action} needs confirmation and there is no terminal to ask; pass --yes to confirm`,
    );
  }
  io.stdout.write(`${question} [y/N] `);
  const answer = await new Promise<string | undefined>((resolve) => {
    let line = '';
    const finish = (text: string | undefined) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.pause();
      resolve(text);
    };
    const onData = (chunk: Buffer | string) => {
      line += chunk.toString();
      const end = line.indexOf('\n');
      if (end >= 0) finish(line.slice(0, end));
    };
    const onEnd = () => finish(undefined);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
  if (answer === undefined) {
    // The prompt line was never ended by the user's Enter.
    io.stdout.write('\n');
    return 'no answer';
  }
  return /^\s*y(es)?\s*$/i.test(answer) ? 'yes' : 'no';
}

/**
 * The one way every command ends when its confirmation is declined: nothing changed, exit
 * code 1 (documented), one line naming what was not done.
 */
export function notConfirmed(action: string, answer: Exclude<Confirmation, 'yes'>): CliError {
  const why = answer === 'no answer' ? ' (the input ended before an answer)' : '';
  return runtimeError(`Nothing changed: ${action} was not confirmed${why}.`);
}
