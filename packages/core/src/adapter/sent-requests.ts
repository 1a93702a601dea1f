import type { Budget } from '../budget.js';
import { bodyChange, refuseUnplannedRequest } from './sent-body.js';
import type { OutgoingRequest } from './types.js';

/**
 * Checks that every request a metered call sends is the one its hold was planned from.
 *
 * The SDK sends a new attempt only after one failed (a retry), so a request while one is in
 * flight or after one was served is another call (a middleware calling `next()` again, a
 * refusal fallback, a hedge), and a body other than the one the SDK built from the plan was
 * rewritten after the plan (a middleware, `fetchOptions: { body }`). Both are refused before
 * they are sent (see `refuseUnplannedRequest`). The common case costs one reference
 * comparison: the SDK's own path passes the one string from `buildRequest` to `fetch`.
 */
export class SentRequests {
  readonly #budget: Budget;
  readonly #unmetered: 'refuse' | 'allow';
  /** The metered request as planned, named when one of its requests is refused. */
  readonly #request: OutgoingRequest;
  /** The body the next attempt should carry. */
  #wireBody: unknown;
  /** Where the call's attempts stand. */
  #sending: 'none' | 'in-flight' | 'served' = 'none';
  /** Attempts a middleware of the kit's already checked (`sends`), whose `fetch` is not checked again. */
  #checkedAttempts = 0;

  constructor(budget: Budget, unmetered: 'refuse' | 'allow', request: OutgoingRequest) {
    this.#budget = budget;
    this.#unmetered = unmetered;
    this.#request = request;
  }

  /** The metered request as planned (a tighter plan made for it is refused naming it). */
  get planned(): OutgoingRequest {
    return this.#request;
  }

  /** True while an attempt is on its way and not answered: it may yet be served. */
  get inFlight(): boolean {
    return this.#sending === 'in-flight';
  }

  /**
   * The SDK built the request (`buildRequest`): `planned` is the body it made from the plan,
   * `sent` the one it will send (other than `planned` only when `fetchOptions` replace it).
   * A different body is refused; the same one is what each attempt's `fetch` should carry.
   */
  built(planned: unknown, sent: unknown): void {
    if (sent !== planned) this.#checkBody(planned, sent, 'fetchOptions replace the body');
    this.#wireBody = sent;
  }

  /**
   * One attempt is about to be sent (the client's `fetch`, after every middleware). Refused
   * (thrown before any byte is sent) if another attempt is in flight or was served, or if its
   * body is not the one planned. False when `unmetered: 'allow'` lets a second request go out
   * unobserved; true to send it as an attempt of this call.
   */
  sends(body: unknown): boolean {
    if (this.#sending !== 'none') {
      const when =
        this.#sending === 'served'
          ? 'after its first was answered'
          : 'while its first was in flight';
      this.#refuse(
        `A second request of one call to ${this.#endpoint()} was sent ${when} (a middleware calling next() again, such as a refusal fallback or a hedge): an SDK retry only follows a failed attempt, so this request is another call, which the call's hold does not cover.`,
      );
      return false;
    }
    if (body !== this.#wireBody) this.#checkBody(this.#wireBody, body, 'a middleware rewrote it');
    this.#sending = 'in-flight';
    return true;
  }

  /**
   * `sends`, from the kit's middleware, last after the user's: a refusal thrown there reaches
   * the caller as it is (the SDK brands an error thrown by `fetch` as a network failure, to
   * retry and wrap). The attempt's `fetch` then only counts it off (`checkedAttempt`).
   */
  sendsChecked(body: unknown): void {
    if (this.sends(body)) this.#checkedAttempts += 1;
  }

  /** A checked attempt failed before or at its `fetch`: the next one (a retry) is checked anew. */
  uncheckAttempt(): void {
    this.#checkedAttempts = 0;
    if (this.#sending === 'in-flight') this.#sending = 'none';
  }

  /** True if this attempt was checked by the kit's middleware (`sendsChecked`). */
  checkedAttempt(): boolean {
    if (this.#checkedAttempts === 0) return false;
    this.#checkedAttempts -= 1;
    return true;
  }

  /** An attempt was answered: served by a 2xx, else over (the SDK may retry). */
  answered(served: boolean): void {
    this.#sending = served ? 'served' : 'none';
  }

  /** An attempt failed without an answer, or the SDK is about to retry: the next one may go. */
  over(): void {
    this.#sending = 'none';
  }

  #checkBody(planned: unknown, sent: unknown, how: string): void {
    const change = bodyChange(planned, sent);
    if (change === undefined) return;
    this.#refuse(
      `The request to ${this.#endpoint()} was changed after its hold was planned (${how}: ${change}), and its hold and price were planned from the request before the change.`,
    );
  }

  #refuse(why: string): void {
    refuseUnplannedRequest(this.#budget, this.#unmetered, this.#endpoint(), why);
  }

  /** `POST /v1/messages`: built only for a refusal, never on the way of an accepted request. */
  #endpoint(): string {
    return `${this.#request.method} ${this.#request.path}`;
  }
}
