import type { OutputBound } from './call-context.js';
import { type Encoding, loadedCounter } from './text-tokenizer.js';

/**
 * Output text received from a stream, kept per choice so an interrupted call can be
 * charged for what it produced. Only the text is kept; the stream itself passes through.
 */
export class OutputTally {
  /** Made on the first delta: most calls report usage and never need it. */
  #pieces: Map<number, string[]> | undefined;
  #deltas = 0;

  /** One delta of generated text (content, refusal, tool arguments, visible reasoning). */
  add(choice: number, text: string): void {
    if (text.length === 0) return;
    this.#deltas += 1;
    this.#pieces ??= new Map();
    let pieces = this.#pieces.get(choice);
    if (pieces === undefined) {
      pieces = [];
      this.#pieces.set(choice, pieces);
    }
    pieces.push(text);
  }

  /**
   * Output tokens of what arrived: the tokenizer's count when it is already loaded, else
   * the UTF-8 byte count (a byte-pair token is at least one byte, so bytes never
   * undercount), and never fewer than the deltas received (each carries at least one
   * token). Loading the tokenizer here would stall the caller's stream.
   *
   * Capped at `bound`, the output the hold assumed: the API bills no more than the
   * request's maximum per choice, so a byte count of CJK text (three bytes a character,
   * often one token) never charges past it.
   */
  tokens(encoding: Encoding, bound: OutputBound): number {
    const count = loadedCounter(encoding);
    let total = 0;
    for (const pieces of this.#pieces?.values() ?? []) {
      const text = pieces.join('');
      const counted = count === undefined ? Buffer.byteLength(text, 'utf8') : count(text);
      total += Math.min(counted, bound.perChoice);
    }
    return Math.min(Math.max(total, this.#deltas), bound.total);
  }
}
