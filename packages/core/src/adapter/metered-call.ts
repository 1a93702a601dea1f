import type { Budget } from '../budget.js';
import type { Reservation } from '../reservation.js';
import { isThenable } from '../thenable.js';
import { type AnsweredCall, CallAnswer, type Held } from './call-answer.js';
import { DeadlineTimer, deadlineDelay } from './deadline-timer.js';
import { announceUnboundedOutput, chargeTheHold, holdChecked, passUnmetered } from './hold-plan.js';
import { badPlanError, isMeteringPlan } from './is-metering-plan.js';
import { badRouteError } from './meter-client-options.js';
import { outgoingRequest, type RequestOptionsLike } from './outgoing-request.js';
import { SentRequests } from './sent-requests.js';
import { releaseHold, settleCharge } from './settle-charge.js';
import type { Charge, MeteringPlan, OutgoingRequest, Route } from './types.js';
import { watchAnswer } from './watch-answer.js';
import type { WatchedBody } from './watched-body.js';

export type { RequestOptionsLike } from './outgoing-request.js';

/** Settings shared by every call of one metered client. */
export interface MeteringSettings {
  budget: Budget;
  route(request: OutgoingRequest): Route;
  /** `'allow'` lets paid endpoints that cannot be metered through. */
  unmetered: 'refuse' | 'allow';
  /**
   * Waits for a free slot when the client limits calls in flight; rejects if `signal`
   * aborts first. Resolves with the function that frees the slot.
   */
  acquireSlot?: (signal: AbortSignal | undefined) => Promise<() => void>;
  /** The deadlines of the client's calls, on one timer; made by its first metered call. */
  deadlines?: DeadlineTimer<MeteredCall>;
}

/** The key under which a call rides in the SDK's per-request fetch options, to find it per attempt. */
export const callKey: unique symbol = Symbol('tollgate.call');

/** Ends a call whose deadline passed (set in `MeteredCall`'s static block: it reaches `#expire`). */
let expireCall: (call: MeteredCall) => void;

/**
 * One logical call: it holds once before the first attempt, whatever the SDK retries, and
 * ends exactly once, by whichever comes first:
 *
 * - an attempt delivers usage: settled to its exact cost (a stream: what was consumed);
 * - the call fails before any attempt was answered with a 2xx (an error status after
 *   retries, network, timeout or abort before the headers): released, a failed call costs
 *   nothing;
 * - a 2xx answer's JSON body breaks off (cut after its headers, aborted, timed out): the
 *   provider served the call but its usage was never seen, so it is charged its hold, the
 *   most it could have cost, marked `partial` and `usage: 'unseen'`; unless the SDK itself
 *   abandoned the body (openai 7's body timeout) and a later attempt of its retry delivers
 *   usage: then that usage, once;
 * - its deadline (shortly before its reservation expires) passes with a 2xx answered or an
 *   attempt on the wire but its usage never seen (a stream nobody read, an unread
 *   `asResponse()`, a body the SDK abandoned and did not retry): charged its hold the same
 *   way; between attempts that all failed (a long retry wait): released, and held again if
 *   the SDK sends another attempt. A stream dropped unread is charged its hold as soon as it
 *   is garbage-collected.
 *
 * Every attempt is one the SDK itself makes: bodies are read as the SDK reads them, after its
 * retry loop, so Tollgate never causes a retry. The concurrency slot is freed when the call ends.
 */
export class MeteredCall implements AnsweredCall {
  readonly #settings: MeteringSettings;
  /** The plan and the hold it made: they exist together or not at all. */
  #held: Held | undefined;
  /** True once the reservation has ended (or is ending): nothing may end it again. */
  #ended = false;
  /** True once a successful body is being observed: its read or its watcher ends the call. */
  #observing = false;
  /** True once any attempt's successful body was observed (even if its read then broke off). */
  #observed = false;
  #signal: AbortSignal | undefined;
  /** True once an attempt was answered with a 2xx: the provider served the call. */
  #served = false;
  /** Attempts sent and not answered yet: the provider may be serving each of them. */
  #onTheWire = 0;
  /**
   * True once the deadline released a call between failed attempts (a retry wait that
   * outlived it): another attempt of the SDK holds the call again before it is sent.
   */
  #lapsed = false;
  /** The hold of a lapsed call being made again, shared by attempts sent meanwhile. */
  #holdingAgain: Promise<void> | undefined;
  #releaseSlot: (() => void) | undefined;
  /** The stream being watched, if the call's answer is one. */
  #watched: WatchedBody | undefined;
  /** Interrupts the watched stream when the caller's signal aborts; removed when the call ends. */
  #onAbort: (() => void) | undefined;
  /** The checks of the requests the call sends: each must be the one its hold was planned from. */
  #requests: SentRequests | undefined;
  /** The call failed while an attempt was in flight: that attempt's answer ends it. */
  #failedInFlight = false;

  constructor(settings: MeteringSettings) {
    this.#settings = settings;
  }

  /** Decides, holds and returns the options to send; rejects to refuse before any attempt. */
  begin<Options extends RequestOptionsLike>(options: Options): Promise<Options> {
    try {
      return Promise.resolve(this.start(options));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * `begin`, answered at once when the plan and the hold are made at once (a budget on a
   * store in memory): the options to send, or a synchronous throw to refuse. Otherwise a
   * promise of them. The metered client calls it inside the options promise the SDK awaits.
   */
  start<Options extends RequestOptionsLike>(options: Options): Options | Promise<Options> {
    const request = outgoingRequest(options);
    const route = this.#settings.route(request);
    if (!this.#meters(route, request)) return options;
    this.#requests = new SentRequests(this.#settings.budget, this.#settings.unmetered, request);
    // An aborted call is sent nowhere: the SDK sees its signal and throws its own abort
    // error before any attempt, so nothing is held (or kept waiting in line) for it. A
    // `signal` that is no AbortSignal is the SDK's to refuse, with its own error as without
    // Tollgate: the kit holds the call as one without a signal and gives the hold back
    // when the SDK fails it.
    const signal = options.signal instanceof AbortSignal ? options.signal : undefined;
    this.#signal = signal;
    if (signal?.aborted) return options;
    // Only a client that limits calls in flight waits for a slot (and spends a promise on it).
    if (this.#settings.acquireSlot === undefined)
      return this.#holdThenSend(route, request, options);
    return this.#takeSlot(signal).then((taken) =>
      taken ? this.#holdThenSend(route, request, options) : options,
    );
  }

  /**
   * Holds the call and returns the options to send; frees the slot when the hold fails. A
   * call aborted while it waits for money (wait mode) holds nothing and is sent as it is:
   * the SDK sees its signal and throws its own abort error, as it does without Tollgate.
   */
  #holdThenSend<Options extends RequestOptionsLike>(
    route: Extract<Route, { kind: 'metered' }>,
    request: OutgoingRequest,
    options: Options,
  ): Options | Promise<Options> {
    let held: Held | Promise<Held>;
    try {
      held = this.#hold(route, request);
    } catch (error) {
      return this.#notHeld(error, options);
    }
    if (!isThenable(held)) return this.#send(held, options);
    return held.then(
      (admitted) => this.#send(admitted, options),
      (error: unknown) => this.#notHeld(error, options),
    );
  }

  /** A hold that failed: the slot is freed; an aborted call goes out unheld, else it is refused. */
  #notHeld<Options>(error: unknown, options: Options): Options {
    this.#freeSlot();
    if (this.#signal?.aborted) return options;
    throw error;
  }

  /** The options of a held call: its deadline armed, its body, and its key for each attempt. */
  #send<Options extends RequestOptionsLike>(held: Held, options: Options): Options {
    this.#held = held;
    this.#armDeadline(this.#deadlineDelay(held));
    // Spread literals with fixed keys: V8 clones the source's shape in one step (an own
    // `__proto__` key is copied as data), where two `Object.assign`s walk it generically.
    const fetchOptions = { ...options.fetchOptions, [callKey]: this };
    return { ...options, body: held.plan.body ?? options.body, fetchOptions };
  }

  /**
   * True if the call is metered; false if it passes untouched; throws if it is refused
   * unmetered, or if the route's answer is no Route (an adapter's bug, named at the call).
   */
  #meters(route: Route, request: OutgoingRequest): route is Extract<Route, { kind: 'metered' }> {
    const answer = route as Partial<Record<'kind' | 'plan' | 'endpoint', unknown>> | null;
    const kind = answer?.kind;
    if (kind === 'metered' && typeof answer?.plan === 'function') return true;
    if (kind === 'free') return false;
    const endpoint = answer?.endpoint;
    if (kind !== 'unmetered' || typeof endpoint !== 'string') throw badRouteError(route, request);
    passUnmetered(this.#settings.budget, endpoint, this.#settings.unmetered);
    return false;
  }

  /** Waits for a concurrency slot when the client limits them; false if the call aborted first. */
  async #takeSlot(signal: AbortSignal | undefined): Promise<boolean> {
    try {
      this.#releaseSlot = await this.#settings.acquireSlot?.(signal);
      return true;
    } catch (error) {
      if (signal?.aborted) return false;
      throw error;
    }
  }

  #hold(
    route: Extract<Route, { kind: 'metered' }>,
    request: OutgoingRequest,
  ): Held | Promise<Held> {
    const budget = this.#settings.budget;
    const planned = route.plan(request);
    // A plan made at once is held at once, without waiting a turn for it.
    if (!isThenable(planned)) return this.#holdPlanned(budget, planned, request);
    return planned.then((plan) => this.#holdPlanned(budget, plan, request));
  }

  #holdPlanned(budget: Budget, plan: MeteringPlan, request: OutgoingRequest): Held | Promise<Held> {
    if (!isMeteringPlan(plan)) throw badPlanError(plan, request);
    announceUnboundedOutput(budget, plan);
    // The budget was checked by meterClient, the plan just above: nothing to check again. A
    // tighter plan is checked the same way before it is held (the request names it).
    return holdChecked(budget, plan, this.#signal, request);
  }

  /** The checks of the requests this metered call sends (see `SentRequests`). */
  get requests(): SentRequests | undefined {
    return this.#requests;
  }

  /**
   * Before the SDK builds an attempt: nothing (`undefined`) for a call that holds, the usual
   * case; for a call its deadline released in a retry wait (see `#expire`), the hold made
   * again. Run from the SDK's `buildRequest`, whose errors reach the caller as they are: a
   * refusal (`BudgetExceededError`, a closed budget's error) fails the call with the budget's
   * own error, unsent and not retried by the SDK.
   */
  holdBeforeAttempt(): Promise<void> | undefined {
    if (!this.#lapsed) return undefined;
    this.#holdingAgain ??= this.#holdAgain();
    return this.#holdingAgain;
  }

  /** Sends one attempt and observes its response. */
  attempt(send: () => Promise<Response>): Promise<Response> {
    if (this.#lapsed) {
      // Only when the call lapsed between the SDK's build and its fetch (`holdBeforeAttempt`
      // holds it first): a refusal here fails this attempt unsent, so the next may go.
      this.#holdingAgain ??= this.#holdAgain();
      return this.#holdingAgain.then(
        () => this.attempt(send),
        (error: unknown) => {
          this.#requests?.over();
          throw error;
        },
      );
    }
    this.#onTheWire += 1;
    return send().then(
      (response) => {
        this.#onTheWire -= 1;
        const observed = this.observe(response);
        if (this.#failedInFlight && !response.ok) this.#release();
        return observed;
      },
      (error: unknown) => {
        this.#onTheWire -= 1;
        this.#requests?.over();
        if (this.#failedInFlight) this.#release();
        throw error;
      },
    );
  }

  /**
   * A call whose deadline released it between failed attempts, sent again by the SDK's
   * retry: it takes a slot and holds again like a new call (a refusal or an abort fails this
   * attempt, so nothing is sent), with a new deadline, so a later attempt that is served is
   * charged its usage.
   */
  async #holdAgain(): Promise<void> {
    try {
      const signal = this.#signal;
      if (this.#settings.acquireSlot !== undefined && !(await this.#takeSlot(signal)))
        throw signal?.reason;
      let held: Held;
      try {
        const plan = (this.#held as Held).plan;
        held = await holdChecked(this.#settings.budget, plan, signal, this.#requests?.planned);
      } catch (error) {
        this.#freeSlot();
        throw error;
      }
      this.#lapsed = false;
      this.#ended = false;
      this.#held = held;
      this.#armDeadline(this.#deadlineDelay(held));
    } finally {
      this.#holdingAgain = undefined;
    }
  }

  /**
   * A response to one attempt, returned as the same object. Error statuses carry no usage
   * and pass untouched (the SDK may retry). A successful body is observed as the SDK reads
   * it, after the SDK's retries are over, so a body that breaks off fails the call exactly
   * as it fails the raw SDK, with no extra attempt, and the call is released. A JSON body is
   * read at once (a call nobody awaits is still charged) and the response answers the SDK's
   * `json()`/`text()` from that read; a stream is passed through as the caller reads it.
   */
  observe(response: Response): Response {
    this.#requests?.answered(response.ok);
    const held = this.#held;
    if (!response.ok || held === undefined || this.#ended) return response;
    this.#served = true;
    if (this.#observing) return response;
    this.#observing = true;
    this.#observed = true;
    const watched = watchAnswer(response, new CallAnswer(this, held), held.plan.observer);
    if (watched !== undefined) {
      this.#watched = watched;
      this.#interruptOnAbort(watched);
    }
    return response;
  }

  /**
   * A caller who aborts mid-stream ends the call then, charged what its stream consumed,
   * even if it drops the stream unread (a framework racing a read against the signal never
   * cancels it): without this the call would hold until the stream is collected or its
   * deadline passes, and then be charged the whole hold.
   */
  #interruptOnAbort(watched: WatchedBody): void {
    const signal = this.#signal;
    if (signal === undefined) return;
    this.#onAbort = () => watched.interrupt(signal.reason);
    signal.addEventListener('abort', this.#onAbort, { once: true });
  }

  /**
   * The call's final answer arrived. Every attempt the call sends passes the kit's check (its
   * `fetch`, or its middleware after the user's, which finds the call from the SDK's options
   * even on a request a middleware built anew), so a served attempt was observed already. An
   * answer with none observed and none on the wire came from a middleware that answered
   * without sending (a cache calling no `next()`), or after attempts that all failed: nothing
   * was served, the hold is given back. Never throws: it runs in a `then` nobody awaits.
   */
  responded(): void {
    if (this.#ended || this.#observed || this.#held === undefined || this.#onTheWire > 0) return;
    this.#release();
  }

  /**
   * The call failed with no usage: given back if no attempt was served (HTTP error after
   * retries, network, timeout, abort before the headers), else charged its hold.
   */
  failed(): void {
    // An observed body ends the call itself, whichever way its read ends. So does an attempt
    // still in flight (the call failed on a second request refused meanwhile): it may be served.
    if (this.#observing) return;
    if (this.#requests?.inFlight === true) this.#failedInFlight = true;
    else if (this.#served) this.endUnseen();
    else this.#release();
  }

  #release(): void {
    const held = this.#held;
    if (this.#end() && held !== undefined) void releaseHold(held.reservation);
  }

  // How the call's answer ends it (`AnsweredCall`, for its `CallAnswer`).

  endWith(charge: Charge): Promise<void> {
    return this.#settle((this.#held as Held).reservation, charge);
  }

  endUnseen(): void {
    // Only a held call is answered or served: `#held` is set.
    const held = this.#held as Held;
    void this.#settle(held.reservation, chargeTheHold(held, 'unseen'));
  }

  awaitRetry(): void {
    this.#requests?.over();
    this.#observing = false;
  }

  get abortedByCaller(): boolean {
    return this.#signal?.aborted === true;
  }

  #settle(reservation: Reservation, charge: Charge): Promise<void> {
    if (!this.#end()) return settledAlready;
    return settleCharge(reservation, charge);
  }

  /** How long from now a held call's deadline is: shortly before its reservation expires. */
  #deadlineDelay(held: Held): number {
    return deadlineDelay(held.reservation.expiresAt - this.#settings.budget.clock.now());
  }

  /**
   * Ends the call just before its reservation expires if nothing else has: the in-process
   * guarantee that a call nobody finishes (a stream never read) still ends, is charged if
   * it may have been served, and frees its slot. Unref'd: it never keeps the process alive;
   * if the process exits first, the store expires the hold as for a crash.
   */
  #armDeadline(delayMs: number): void {
    this.#settings.deadlines ??= new DeadlineTimer(expireCall);
    this.#settings.deadlines.add(this, delayMs);
  }

  static {
    expireCall = (call) => call.#expire();
  }

  /**
   * Served, or an attempt on the wire that may be: charged its hold. Otherwise (not sent
   * yet, or between attempts that all failed): released; an attempt sent after that holds
   * the call again (see `#holdAgain`).
   */
  #expire(): void {
    const held = this.#held as Held;
    if (this.#served || this.#onTheWire > 0) this.endUnseen();
    else if (this.#end()) {
      this.#lapsed = true;
      void releaseHold(held.reservation);
    }
  }

  /** Marks the call ended; false if it already was. Frees the slot and the deadline. */
  #end(): boolean {
    if (this.#ended) return false;
    this.#ended = true;
    this.#settings.deadlines?.delete(this);
    this.#watched?.detach();
    if (this.#onAbort !== undefined) this.#signal?.removeEventListener('abort', this.#onAbort);
    this.#freeSlot();
    return true;
  }

  #freeSlot(): void {
    this.#releaseSlot?.();
    this.#releaseSlot = undefined;
  }
}

/** What ending a call that already ended waits for: nothing. */
const settledAlready: Promise<void> = Promise.resolve();
