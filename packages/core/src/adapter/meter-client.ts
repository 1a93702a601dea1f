import type { Budget } from '../budget.js';
import type { InvalidOptionsError } from '../errors.js';
import { invalidOptions } from '../parse-options.js';
import { expectedIssue } from '../plain-data.js';
import { isThenable } from '../thenable.js';
import { deriveClient } from './derive-client.js';
import { slotLine } from './hold-plan.js';
import { checkMeterClient, isClientShape } from './meter-client-options.js';
import {
  callKey,
  MeteredCall,
  type MeteringSettings,
  type RequestOptionsLike,
} from './metered-call.js';
import { checkSentRequests } from './request-seams.js';
import { guardTransports, type UnmeteredTransports } from './transport-doors.js';
import type { OutgoingRequest, Route } from './types.js';

type FetchFunction = (url: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * The seams shared by the Stainless-generated `openai` and `@anthropic-ai/sdk` clients:
 * `request()` takes a promise of options and awaits it before the first attempt, and
 * `fetch` is called once per attempt. Both are public on every major we support.
 */
export interface StainlessClient {
  /** The fetch the client sends with; the metered copy routes it through the budget. */
  fetch: FetchFunction;
  /** The client's request seam: every call passes through it. */
  request(
    options: unknown,
    remainingRetries?: number | null,
  ): PromiseLike<unknown> & {
    /** The raw `Response`, before the SDK parses it. */
    asResponse(): Promise<Response>;
  };
  /** A copy of the client with other options; the metered client keeps its budget on it. */
  withOptions(options: object): this;
}

/** Options of `meterClient`. */
export interface MeterClientOptions {
  /** The budget every metered call is held against. */
  budget: Budget;
  /** Classifies each request: free, unmetered or metered (with how to hold and price it). */
  route(request: OutgoingRequest): Route;
  /** @default 'refuse' */
  unmetered?: 'refuse' | 'allow';
  /**
   * At most this many metered calls in flight on this client and the clients derived from it
   * with `withOptions()`; more wait in line. A whole number of at least 1, or `Infinity`.
   * @default unlimited
   */
  maxConcurrency?: number;
  /**
   * Transports of the client the kit cannot meter (WebSockets), refused when opened unless
   * `unmetered` is `'allow'`. @default none
   */
  unmeteredTransports?: UnmeteredTransports;
}

/**
 * Returns a copy of `client` (the original is not changed) whose every request is routed
 * through the budget: refused before any byte is sent when it would break a limit, and
 * charged from the usage in its response. The SDK's own promise type, retries, helpers and
 * errors are untouched: the hold happens inside the options promise the SDK awaits, and each
 * attempt's response is observed from the SDK's own `fetch` call, as the same `Response`
 * object, its body read as the SDK reads it (after its retry loop). Clients derived with
 * `withOptions()` share its line of calls in flight (`maxConcurrency`).
 *
 * @throws InvalidOptionsError when `client` is not a Stainless client or an option is wrong
 * (every problem listed in `issues`): checked here, once, not on every call.
 */
export function meterClient<Client extends StainlessClient>(
  client: Client,
  options: MeterClientOptions,
): Client {
  checkMeterClient(client, options);
  return meterOnLine(client, options, lineOf(options.maxConcurrency));
}

/** A line of `maxConcurrency` calls in flight, or none (unlimited). */
export type SlotLine = MeteringSettings['acquireSlot'];

/**
 * The refusal of a client whose `request()` does not answer the SDK's promise (with
 * `asResponse()`): the call cannot be observed.
 */
function notTheSdkPromise(promise: unknown): InvalidOptionsError {
  return invalidOptions('meterClient', [
    expectedIssue(
      'client.request()',
      "the SDK's request promise (with asResponse()), as openai and @anthropic-ai/sdk return",
      promise,
    ),
  ]);
}

/** Ends a call that cannot be observed: its hold, if one is made, released at once. */
function endUnobserved(gated: Promise<unknown>, call: MeteredCall, promise: unknown): void {
  gated.then(
    () => call.failed(),
    () => undefined,
  );
  if (isThenable(promise)) Promise.resolve(promise).then(undefined, () => undefined);
}

/** The line `maxConcurrency` asks for: none when it is absent or `Infinity`. */
export function lineOf(maxConcurrency: number | undefined): SlotLine {
  return maxConcurrency === undefined || maxConcurrency === Number.POSITIVE_INFINITY
    ? undefined
    : slotLine(maxConcurrency);
}

/**
 * `meterClient` on a line of calls in flight that may already be shared (a wrapped client
 * and the clients derived from it keep one line). `options` must be checked already.
 */
export function meterOnLine<Client extends StainlessClient>(
  client: Client,
  options: MeterClientOptions,
  line: SlotLine,
): Client {
  const settings: MeteringSettings = {
    budget: options.budget,
    route: options.route,
    unmetered: options.unmetered ?? 'refuse',
    ...(line === undefined ? {} : { acquireSlot: line }),
  };
  return instrument(meteredCopy(client, {}), client, options, settings);
}

/**
 * The copy of `client` the kit meters (see `deriveClient`). A client of the checked shape
 * whose `withOptions()` answers something else is named here, typed, not met as a raw
 * TypeError where the kit first writes a seam on it.
 */
function meteredCopy<Client extends StainlessClient>(client: Client, overrides: object): Client {
  const copy = deriveClient(client, overrides);
  // The same object back would be metered in place: the caller's client changed, and every
  // later copy of it derived from a metered client, without end.
  if (isClientShape(copy) && copy !== client) return copy;
  const expected =
    'a new client like the one it was called on (with fetch, request() and withOptions())';
  throw invalidOptions('meterClient', [
    copy === client
      ? { path: 'client.withOptions()', message: `expected ${expected}, received the same client` }
      : expectedIssue('client.withOptions()', expected, copy),
  ]);
}

function instrument<Client extends StainlessClient>(
  derived: Client,
  original: Client,
  options: MeterClientOptions,
  settings: MeteringSettings,
): Client {
  const baseFetch = derived.fetch;
  const baseRequest = derived.request;
  derived.fetch = async (url, init) => {
    const call = (init as Record<symbol, unknown> | undefined)?.[callKey];
    // The key stays on the init (fetch reads no symbol keys): a middleware that replays
    // the init with `next()` reaches the call again and is refused, never sent unobserved.
    if (!(call instanceof MeteredCall)) return baseFetch(url, init);
    const requests = call.requests;
    if (requests !== undefined && !requests.checkedAttempt() && !requests.sends(init?.body))
      return baseFetch(url, init);
    return call.attempt(() => baseFetch(url, init));
  };
  derived.request = function meteredRequest(
    this: Client,
    input: unknown,
    remainingRetries?: number | null,
  ) {
    const call = new MeteredCall(settings);
    // Held inside the options promise the SDK awaits; at once when the budget answers at once.
    const gated = Promise.resolve(input as RequestOptionsLike).then((requestOptions) =>
      call.start(requestOptions),
    );
    let promise: ReturnType<StainlessClient['request']> | undefined;
    try {
      promise = baseRequest.call(this, gated, remainingRetries);
      if (typeof promise?.asResponse !== 'function') throw notTheSdkPromise(promise);
      // Neither ending throws: nobody awaits this chain.
      Promise.resolve(promise.asResponse()).then(
        () => call.responded(),
        () => call.failed(),
      );
    } catch (error) {
      // A client that is no SDK underneath (its request() or asResponse() threw): the call
      // ends here, its hold released, and no rejection it leaves goes unhandled.
      endUnobserved(gated, call, promise);
      throw error;
    }
    return promise;
  } as Client['request'];
  checkSentRequests(derived);
  guardTransports(derived, options.budget, settings.unmetered, options.unmeteredTransports);
  // A client derived from a metered client stays metered, on the same budget.
  derived.withOptions = (overrides: object) =>
    instrument(meteredCopy(original, overrides), original, options, settings);
  return derived;
}
