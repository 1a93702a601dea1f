import type { Budget } from '../budget.js';
import { BudgetExceededError, UnmeteredEndpointError } from '../errors.js';
import type { Reservation } from '../reservation.js';
import { type ServerSentEvent, SseSplitter } from './sse-events.js';
import type { Charge, MeteringPlan, OutgoingRequest, Route } from './types.js';

/** The SDK's request options, as far as metering reads and writes them. */
export interface RequestOptionsLike {
  method?: string;
  path?: string;
  body?: unknown;
  stream?: boolean | undefined;
  fetchOptions?: object | undefined;
}

/** Settings shared by every call of one metered client. */
export interface MeteringSettings {
  budget: Budget;
  route(request: OutgoingRequest): Route;
  /** `'allow'` lets paid endpoints that cannot be metered through. */
  unmetered: 'refuse' | 'allow';
  /** Waits for a free slot when the client limits calls in flight. */
  acquireSlot?: () => Promise<() => void>;
}

/** The key under which a call rides in the SDK's per-request fetch options, to find it per attempt. */
export const callKey: unique symbol = Symbol('tollgate.call');

/**
 * One logical call: it holds once before the first attempt, whatever the SDK retries, and
 * ends exactly once — settled from the response it observes, or released if the call
 * fails before any usage arrives.
 */
export class MeteredCall {
  readonly #settings: MeteringSettings;
  /** The plan and the hold it made: they exist together or not at all. */
  #held: { plan: MeteringPlan; reservation: Reservation } | undefined;
  #observed = false;
  #releaseSlot: (() => void) | undefined;

  constructor(settings: MeteringSettings) {
    this.#settings = settings;
  }

  /** Decides, holds and returns the options to send; throws to refuse before any attempt. */
  async begin<Options extends RequestOptionsLike>(options: Options): Promise<Options> {
    const request: OutgoingRequest = {
      method: (options.method ?? 'post').toUpperCase(),
      path: options.path ?? '',
      body: options.body,
      stream: options.stream === true,
    };
    const route = this.#settings.route(request);
    if (route.kind === 'free') return options;
    const budget = this.#settings.budget;
    if (route.kind === 'unmetered') {
      if (this.#settings.unmetered === 'allow' || !budget.enforce) return options;
      throw new UnmeteredEndpointError(
        route.endpoint,
        `${route.endpoint} costs money but Tollgate cannot meter it, so it is refused while budget "${budget.id}" enforces. Pass unmetered: 'allow' to withBudget to let it through unmetered.`,
      );
    }
    this.#releaseSlot = await this.#settings.acquireSlot?.();
    try {
      const plan = await route.plan(request);
      if (plan.unboundedOutputTokens !== undefined) {
        budget.emit({
          type: 'unbounded-output',
          budgetId: budget.id,
          model: plan.model,
          assumedOutputTokens: plan.unboundedOutputTokens,
          message: `No output maximum was set for ${plan.model}, so ${plan.unboundedOutputTokens} output tokens were held; setting one would shrink the hold.`,
        });
      }
      this.#held = await hold(budget, plan);
    } catch (error) {
      this.#finish();
      throw error;
    }
    return {
      ...options,
      body: this.#held.plan.body ?? options.body,
      fetchOptions: { ...options.fetchOptions, [callKey]: this },
    };
  }

  /** A response to one attempt. Error statuses carry no usage and pass untouched (the SDK may retry). */
  async observe(response: Response): Promise<Response> {
    const held = this.#held;
    if (!response.ok || held === undefined || this.#observed) return response;
    this.#observed = true;
    if (response.body === null) return this.#settleJson(held, response, '');
    if ((response.headers.get('content-type') ?? '').includes('text/event-stream')) {
      return new Response(this.#watchStream(response.body, held), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }
    return this.#settleJson(held, response, await response.text());
  }

  /**
   * The call's final answer arrived. If an attempt bypassed our fetch (a middleware
   * rebuilt the request), watch a copy of the body instead: usage is still charged.
   */
  responded(response: Response): void {
    if (this.#observed || this.#held === undefined) return;
    void this.observe(response.clone()).then(async (copy) => {
      // Reading the copy to its end drives the stream watcher.
      if (copy.body !== null) for await (const _chunk of copy.body);
    });
  }

  /** The call failed with no usage (HTTP error after retries, network, timeout, abort): give the hold back. */
  failed(): void {
    if (this.#observed) return;
    this.#observed = true;
    void this.#held?.reservation.release();
    this.#finish();
  }

  async #settleJson(
    held: { plan: MeteringPlan; reservation: Reservation },
    response: Response,
    text: string,
  ): Promise<Response> {
    let charge: Charge;
    try {
      charge = held.plan.observer.json(text === '' ? null : JSON.parse(text));
    } catch {
      // Unreadable usage: charge the hold, the most this call could have cost.
      charge = chargeTheHold(held);
    }
    // Settled before the SDK sees the body, so status() is exact once the call returns.
    await this.#settle(held.reservation, charge);
    return new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }

  #watchStream(
    body: ReadableStream<Uint8Array>,
    held: { plan: MeteringPlan; reservation: Reservation },
  ): ReadableStream<Uint8Array> {
    const observer = held.plan.observer;
    let observerFailed = false;
    // An observer that fails on an event must not break the caller's stream: the event is
    // passed on, and the call is charged its hold (the most it could cost) at the end.
    const keeps = (event: ServerSentEvent): boolean => {
      if (observerFailed) return true;
      try {
        return observer.event(event);
      } catch {
        observerFailed = true;
        return true;
      }
    };
    const reader = body.getReader();
    const splitter = new SseSplitter();
    const encoder = new TextEncoder();
    let ended: Promise<void> | undefined;
    const end = (how: 'complete' | 'interrupted') => {
      ended ??= this.#settle(
        held.reservation,
        observerFailed ? chargeTheHold(held) : safeEnd(held, how),
      );
      return ended;
    };
    /** Passes on the events the observer keeps; true if anything was passed on. */
    const forward = (
      controller: ReadableStreamDefaultController<Uint8Array>,
      events: ReturnType<SseSplitter['push']>,
    ): boolean => {
      let text = '';
      for (const { raw, event } of events) if (keeps(event)) text += raw;
      if (text !== '') controller.enqueue(encoder.encode(text));
      return text !== '';
    };
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        // Read until something can be passed on: a pull that enqueues nothing is not called
        // again, so a chunk holding half an event (or only a hidden one) would stall the caller.
        for (;;) {
          let result: Awaited<ReturnType<typeof reader.read>>;
          try {
            result = await reader.read();
          } catch (error) {
            await end('interrupted');
            controller.error(error);
            return;
          }
          if (result.done) {
            forward(controller, splitter.flush());
            // Settled before the caller sees the end, so status() is exact after the loop.
            await end('complete');
            controller.close();
            return;
          }
          if (forward(controller, splitter.push(result.value))) return;
        }
      },
      async cancel(reason) {
        await end('interrupted');
        await reader.cancel(reason);
      },
    });
  }

  async #settle(reservation: Reservation, charge: Charge): Promise<void> {
    this.#finish();
    // A settlement that cannot reach the store is kept and retried by the budget; an
    // invalid amount from an observer is a bug we must not turn into a failed user call.
    await reservation.settle(charge.costUsd, charge.details).catch((error: unknown) => {
      process.emitWarning(`Tollgate could not settle a call: ${String(error)}`, {
        code: 'TOLLGATE_SETTLE_ERROR',
      });
    });
  }

  #finish(): void {
    this.#releaseSlot?.();
    this.#releaseSlot = undefined;
  }
}

/**
 * Reserves the plan's hold. When the plan can tighten, a refusal of the cheap bound stays
 * quiet and the tighter plan is tried once; only its refusal is reported and thrown.
 */
async function hold(
  budget: Budget,
  plan: MeteringPlan,
): Promise<{ plan: MeteringPlan; reservation: Reservation }> {
  // One wait for the whole call, however many holds it tries (wait mode).
  const waitingSince = budget.clock.now();
  const metadata =
    plan.metadata === undefined ? { waitingSince } : { metadata: plan.metadata, waitingSince };
  if (plan.tighten === undefined)
    return { plan, reservation: await budget.reserve(plan.holdUsd, metadata) };
  try {
    return {
      plan,
      reservation: await budget.reserve(plan.holdUsd, { ...metadata, reportRefusal: false }),
    };
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
  }
  const tighter = await plan.tighten();
  return { plan: tighter, reservation: await budget.reserve(tighter.holdUsd, metadata) };
}

function safeEnd(
  held: { plan: MeteringPlan; reservation: Reservation },
  how: 'complete' | 'interrupted',
): Charge {
  try {
    return held.plan.observer.end(how);
  } catch {
    return chargeTheHold(held);
  }
}

/** What a call is charged when its usage cannot be read: the hold, the most it could cost. */
function chargeTheHold(held: { plan: MeteringPlan; reservation: Reservation }): Charge {
  return {
    costUsd: held.reservation.amountUsd,
    details: { model: held.plan.model, partial: true },
  };
}
