/**
 * A byte-pair tokenizer's count, made safe for the event loop.
 *
 * `gpt-tokenizer` merges each pre-token (a run of letters, of punctuation, of whitespace) in
 * time quadratic in its length: a 10,000-character run of one letter takes about 0.4 s, 100,000
 * of them over 10 s, during which the whole process answers nothing (one user's prompt would
 * stall every other request of a server). A text holding such a run is counted by its UTF-8
 * bytes instead: a byte-pair token is at least one byte, so the count stays an upper bound,
 * only a looser one for that text. Splitting the run and counting the pieces would not be:
 * byte-pair merging is greedy, and a split can yield fewer tokens than the whole.
 */

/**
 * A run long enough to be slow to merge, of one of the pre-tokens the o200k and cl100k
 * patterns make: letters with their marks; anything but whitespace, letters and digits
 * (punctuation and symbols, marks among them); whitespace (100,000 spaces took 8.6 s).
 * 1,000 characters merge in about a millisecond, 2,000 in ten. Digits are split by three.
 */
const SLOW_RUN = /[\p{L}\p{M}]{1000}|[^\s\p{L}\p{N}]{1000}|\s{1000}/u;

/** Counts the tokens of one text. */
export type TokenCounter = (text: string) => number;

/**
 * `count`, except that a text with a run `count` would be slow on is counted by its UTF-8
 * bytes (an upper bound of its tokens); an empty text is 0 tokens.
 */
export function boundedTokenCounter(count: TokenCounter): TokenCounter {
  return (text) => {
    if (text.length === 0) return 0;
    return SLOW_RUN.test(text) ? Buffer.byteLength(text, 'utf8') : count(text);
  };
}
