import { answerFromRead, type ReadBody, readBody } from './answered-response.js';
import { atMostTheHold } from './at-most-the-hold.js';
import { chargeUsage } from './charge-usage.js';
import { chargeTheHold, type Held as HeldPlan } from './hold-plan.js';
import type { ParsedBodyOwner } from './parsed-body.js';
import type { StreamWatch } from './stream-watch.js';
import type { Charge, MeteringPlan } from './types.js';

/** The plan of a call and the hold it made. */
export type Held = HeldPlan<MeteringPlan>;

/** What an answer needs of the call it ends (`MeteredCall`): each ending lands at most once. */
export interface AnsweredCall {
  /** Ends the call with `charge`; does nothing once the call has ended. */
  endWith(charge: Charge): Promise<void>;
  /** Ends the call as served with its usage never seen: charged its hold. */
  endUnseen(): void;
  /**
   * The SDK abandoned the body on its own (its body timeout, not the caller's abort): it
   * may send another attempt, which is observed in turn; if none delivers usage, the call
   * is charged its hold at its deadline.
   */
  awaitRetry(): void;
  /** True once the caller's own signal aborted the call. */
  readonly abortedByCaller: boolean;
}

/**
 * How a call's successful answer ends it. A JSON body is charged from the SDK's own read of
 * it (its `ParsedBodyOwner` methods): settled from what was parsed before the SDK sees it,
 * so `status()` is exact once the call returns; charged its hold if it is not JSON; failed
 * like the raw SDK if the read broke off; or read by the kit itself when nobody read it in
 * time. A stream is settled with what it consumed once it ends, whichever way, or charged
 * its hold as soon as it is garbage-collected unread.
 */
export class CallAnswer implements ParsedBodyOwner {
  readonly #call: AnsweredCall;
  readonly #held: Held;

  constructor(call: AnsweredCall, held: Held) {
    this.#call = call;
    this.#held = held;
  }

  /** The JSON body was read and parsed: settle from it. */
  parsed(value: unknown): Promise<void> {
    return this.#call.endWith(this.#charge('json', value));
  }

  /** The body was read but is not JSON: charge the hold. */
  unreadable(): Promise<void> {
    return this.#call.endWith(chargeTheHold(this.#held));
  }

  /** Nobody read the body in time, or someone wants it as a stream: read it here. */
  readItself(response: Response): void {
    answerFromRead(response, this.#readJson(response));
  }

  /**
   * A 2xx body broke off (cut after its headers, aborted, timed out): the call fails as the
   * raw SDK fails it, but the provider served it, so it is charged its hold (`usage:
   * 'unseen'`), never $0; unless the SDK itself abandoned the body, when it may send another
   * attempt whose usage is charged instead.
   */
  readFailed(error: unknown): void {
    const abandonedBySdk =
      error instanceof Error && error.name === 'AbortError' && !this.#call.abortedByCaller;
    if (abandonedBySdk) this.#call.awaitRetry();
    else this.#call.endUnseen();
  }

  /** How a watched stream ends the call (see the class comment). */
  streamWatch(): StreamWatch {
    let ended: Promise<void> | undefined;
    return {
      end: (how, observerFailed) => {
        ended ??= this.#call.endWith(
          observerFailed ? chargeTheHold(this.#held) : this.#charge(how),
        );
        return ended;
      },
      abandoned: () => void this.#call.endWith(chargeTheHold(this.#held, 'unseen')),
    };
  }

  /**
   * The charge of a parsed JSON body (`'json'`, with its value) or of a stream that ended;
   * the hold, the most this call could have cost, if its usage cannot be read.
   *
   * One rule for every adapter: what a call consumed (an observer's `partial` usage) is
   * charged only for a stream that ended early, and never more than its hold (`atMostTheHold`). A whole JSON
   * body whose observer could only count its visible text reported no usage: that text is no
   * bound of what was billed (hidden reasoning, tool runs), so it is charged the hold.
   */
  #charge(how: 'json' | 'complete' | 'interrupted', value?: unknown): Charge {
    const plan = this.#held.plan;
    try {
      const observed = how === 'json' ? plan.observer.json(value) : plan.observer.end(how);
      if (observed.partial === true && how === 'json') return chargeTheHold(this.#held);
      const charge = chargeUsage(plan.price, observed, plan.model);
      return observed.partial === true
        ? atMostTheHold(charge, this.#held.reservation.amountUsd)
        : charge;
    } catch {
      return chargeTheHold(this.#held);
    }
  }

  /** Reads a JSON body and settles from it; a read that breaks off charges the hold. */
  async #readJson(response: Response): Promise<ReadBody> {
    let body: ReadBody;
    try {
      body = await readBody(response);
    } catch (error) {
      this.readFailed(error);
      throw error;
    }
    const charge =
      body.text !== '' && !body.parsed.ok
        ? chargeTheHold(this.#held)
        : this.#charge('json', body.parsed.ok ? body.parsed.value : null);
    // Settled before the SDK sees the body, so status() is exact once the call returns.
    await this.#call.endWith(charge);
    return body;
  }
}
