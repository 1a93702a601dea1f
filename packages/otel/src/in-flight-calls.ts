import type { Span } from '@opentelemetry/api';
import { SteadyMap } from '@tollgate/core/internal';

/** What is known of a call between its hold and its end. */
export interface InFlightCall {
  /** When the hold was admitted, on the instrumentation's clock (ms). */
  startedAt: number;
  /** The span Tollgate started for it (`createSpans`), if any. */
  span: Span | undefined;
}

/**
 * Calls held and not yet ended, by reservation id. Every call a wrapped client makes ends
 * (settled or released), but a reservation made by hand may never be: the oldest entries
 * go once `capacity` is reached, so a leak of abandoned holds stays bounded.
 */
export class InFlightCalls {
  /** A `SteadyMap`: calls made one after another are one entry at a time. */
  readonly #calls = new SteadyMap<string, InFlightCall>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  start(reservationId: string, call: InFlightCall): void {
    if (this.#calls.size >= this.#capacity) {
      // The capacity is at least one, so a full map has an oldest entry.
      const oldest = this.#calls.keys().next().value as string;
      this.end(oldest)?.span?.end();
    }
    this.#calls.set(reservationId, call);
  }

  /** Removes and returns the call, if it was known. */
  end(reservationId: string): InFlightCall | undefined {
    const call = this.#calls.get(reservationId);
    this.#calls.delete(reservationId);
    return call;
  }

  get size(): number {
    return this.#calls.size;
  }
}
