import type { InputStream } from '../cli-io.js';

type Listener = (chunk: Buffer | string) => void;

/**
 * A terminal keyboard whose user types `answer` and Enter once reading starts, or, with
 * `undefined`, presses Ctrl-D (the input ends with no line). Listeners are kept per event,
 * as a real stream keeps them.
 */
export function terminalInput(answer: string | undefined): InputStream {
  const listeners = { data: new Set<Listener>(), end: new Set<Listener>() };
  return {
    isTTY: true,
    on: (event, listener) => listeners[event].add(listener),
    off: (event, listener) => listeners[event].delete(listener),
    resume: () => {
      setImmediate(() => {
        if (answer === undefined) for (const listener of [...listeners.end]) listener('');
        else for (const listener of [...listeners.data]) listener(`${answer}\n`);
      });
    },
    pause: () => undefined,
  };
}
