import { usageError } from './cli-error.js';
import type { CliIO } from './cli-io.js';

/**
 * Asks a yes/no question on the terminal and resolves `true` for "y" or "yes". Without a
 * terminal on both stdin and stdout nobody can answer, so it refuses (exit 2) and names
 * `--yes`, rather than changing a budget unconfirmed or waiting forever.
 */
export async function confirm(io: CliIO, question: string, action: string): Promise<boolean> {
  const stdin = io.stdin;
  if (stdin?.isTTY !== true || io.stdout.isTTY !== true) {
    throw usageError(
      `${action} needs confirmation and there is no terminal to ask; pass --yes to confirm`,
    );
  }
  io.stdout.write(`${question} [y/N] `);
  const answer = await new Promise<string>((resolve) => {
    let line = '';
    const onData = (chunk: Buffer | string) => {
      line += chunk.toString();
      const end = line.indexOf('\n');
      if (end < 0) return;
      stdin.off('data', onData);
      stdin.pause();
      resolve(line.slice(0, end));
    };
    stdin.on('data', onData);
    stdin.resume();
  });
  return /^\s*y(es)?\s*$/i.test(answer);
}
