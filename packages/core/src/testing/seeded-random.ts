/**
 * A deterministic random source for test workers: `random(bound)` is a whole number in
 * [0, bound). xorshift32: the same seed gives the same run in every process, which is all
 * a load or administration worker needs.
 */
export function seededRandom(seed: number): (bound: number) => number {
  let state = seed >>> 0 || 1;
  return (bound) => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % bound;
  };
}
