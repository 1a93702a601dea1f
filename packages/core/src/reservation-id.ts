import { randomUUID } from 'node:crypto';

// A random part drawn once per process and a counter: unique across processes sharing a
// store (122 random bits) and across every reservation of this one, at the cost of an
// increment instead of a random UUID per call (reserve is the hot path).
const processPart = randomUUID();
let counter = 0;

/** A reservation id unique across processes: `<random UUID of this process>-<counter in base 36>`. */
export function newReservationId(): string {
  counter += 1;
  return `${processPart}-${counter.toString(36)}`;
}
