/**
 * The parts of a streamed step read ahead of its caller, in the order they came, until
 * the caller reads them.
 */
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';

/** What the watcher hands the caller next: a part, the end, or the source's error. */
export type Delivery =
  | { readonly part: LanguageModelV4StreamPart }
  | { readonly done: true }
  | { readonly error: unknown };

/** The end of the source. */
export const end: Delivery = { done: true };

/**
 * Parts read ahead of the caller, handed over in the order they came. A plain list rather
 * than the caller stream's own queue: an error must reach the caller after the parts before
 * it (`controller.error` would drop them), and cancelling must drop what was never read.
 */
export class Deliveries {
  #items: Delivery[] = [];
  #head = 0;
  #waiting: ((delivery: Delivery) => void) | undefined;
  #closed = false;

  /** Queues a delivery (or hands it to a waiting read); ignored once closed. */
  push(delivery: Delivery): void {
    if (this.#closed) return;
    const waiting = this.#waiting;
    if (waiting === undefined) this.#items.push(delivery);
    else {
      this.#waiting = undefined;
      waiting(delivery);
    }
  }

  /** The next delivery, at once when one is waiting (no promise per part read behind). */
  next(): Delivery | Promise<Delivery> {
    if (this.#head === this.#items.length) {
      return new Promise((resolve) => {
        this.#waiting = resolve;
      });
    }
    const delivery = this.#items[this.#head] as Delivery;
    this.#head += 1;
    if (this.#head === this.#items.length) this.#drop();
    return delivery;
  }

  /** The caller is gone: drops what was never read, and anything pushed after. */
  close(): void {
    this.#closed = true;
    this.#drop();
  }

  #drop(): void {
    this.#items = [];
    this.#head = 0;
  }
}

/** Hands one delivery to the caller's stream. */
export function deliver(
  controller: ReadableStreamDefaultController<LanguageModelV4StreamPart>,
  delivery: Delivery,
): void {
  if ('part' in delivery) controller.enqueue(delivery.part);
  else if ('error' in delivery) controller.error(delivery.error);
  else controller.close();
}
