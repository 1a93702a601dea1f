/**
 * Deterministic filler text. In the mock's accounting every word is exactly one output
 * token, so a response of N output tokens has N words and a stream has N text deltas.
 */

const WORDS = [
  'lorem',
  'ipsum',
  'dolor',
  'sit',
  'amet',
  'consectetur',
  'adipiscing',
  'elit',
  'sed',
  'do',
  'eiusmod',
  'tempor',
  'incididunt',
  'ut',
  'labore',
  'et',
  'dolore',
  'magna',
  'aliqua',
] as const;

/**
 * The pieces of an N-word text, each with its leading space, so that joining them gives
 * the text and each piece can be one stream delta. The first word is capitalised and the
 * last ends with a full stop (punctuation never adds a word).
 */
export function loremPieces(wordCount: number): string[] {
  const pieces: string[] = [];
  for (let index = 0; index < wordCount; index += 1) {
    let word: string = WORDS[index % WORDS.length] ?? 'lorem';
    if (index === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
    if (index === wordCount - 1) word += '.';
    pieces.push(index === 0 ? word : ` ${word}`);
  }
  return pieces;
}

/** The N-word text itself. */
export function loremText(wordCount: number): string {
  return loremPieces(wordCount).join('');
}

/**
 * Splits caller-supplied text into stream pieces of one word each (leading whitespace
 * kept), such that joining the pieces gives back the exact text.
 */
export function textPieces(text: string): string[] {
  const pieces: string[] = [...(text.match(/\s*\S+/g) ?? [])];
  const rest = text.slice(pieces.join('').length);
  if (rest.length > 0) {
    if (pieces.length === 0) pieces.push(rest);
    else pieces[pieces.length - 1] += rest;
  }
  return pieces;
}

/** Words in a text, the mock's output-token count for scripted text. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
