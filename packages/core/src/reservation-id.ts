// A random part drawn once per process and a counter: unique across processes sharing a
// store (96 random bits: two of a million processes collide with odds below 10^-17) and
// across every reservation of this one, at the cost of an increment instead of a random
// UUID per call. Short on purpose: every store hashes the id at least twice per call (hold,
// then settle), and a 16-character part hashes in about half the time of a 36-character UUID.
// Drawn on the first reservation from the Web Crypto global, which Node loads on first use:
// importing `node:crypto` would cost every import of Tollgate a few milliseconds.
let processPart: string | undefined;
let counter = 0;

/** A reservation id unique across processes: `<16 random base64url characters>.<counter in base 36>`. */
export function newReservationId(): string {
  processPart ??= Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(12))).toString(
    'base64url',
  );
  counter += 1;
  return `${processPart}.${counter.toString(36)}`;
}
