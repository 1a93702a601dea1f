import type { CliIO } from './cli-io.js';

/**
 * Asks a yes/no question on the terminal and resolves `true` for an answer starting with
 * "y" (any case); anything else, an empty line or the end of input is "no".
 */
export function confirm(io: CliIO, question: string): Promise<boolean> {
  const input = io.stdin;
  if (input === undefined) return Promise.resolve(false);
  io.stderr.write(question);
  return new Promise((resolve) => {
    let answer = '';
    const onData = (chunk: Buffer | string) => {
      answer += chunk.toString();
      const end = answer.indexOf('\n');
      if (end < 0) return;
      input.off('data', onData);
      input.pause();
      resolve(/^\s*y/i.test(answer.slice(0, end)));
    };
    input.on('data', onData);
    input.resume();
  });
}
