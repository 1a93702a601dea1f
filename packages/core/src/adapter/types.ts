import type { CallUsage } from '../call-usage.js';
import type { Metadata, SettlementDetails } from '../store.js';
import type { ServerSentEvent } from './sse-events.js';

/** A request as the SDK is about to send it, before any attempt. */
export interface OutgoingRequest {
  /** The HTTP method, upper case. */
  method: string;
  /** The path below the client's base URL, e.g. `/chat/completions` or `/v1/messages`. */
  path: string;
  /** The JSON body as an object (not yet serialised). */
  body: unknown;
  /** True for a streaming call. */
  stream: boolean;
}

/** What a call is settled to: the exact cost and what it was made of. Built by the kit. */
export interface Charge {
  /** The call's exact cost, in USD. */
  costUsd: string;
  /** What the ledger records about the call. */
  details: SettlementDetails;
}

/** What an observer saw of one call: the usage it consumed. */
export interface ObservedUsage {
  /** The provider-neutral usage the observer read from the response. */
  usage: CallUsage;
  /** True when the call ended early and the usage is only what was consumed. Default: false. */
  partial?: boolean;
  /** The model the response names, when it names one: recorded as `responseModel`. Default: none recorded. */
  responseModel?: string;
  /** The kind of call when the endpoint alone does not say it (`embeddings`). Default: none recorded. */
  operation?: string;
}

/** The exact price of one usage, as an adapter's pricing computes it. */
export interface UsagePrice {
  /** Exact total, a decimal string of USD. */
  costUsd: string;
  /** The price table's provider id (`openai`, `bedrock`...). */
  provider: string;
  /** The canonical id of the model the usage was priced as. */
  model: string;
  /** The version of the price table used. */
  pricingVersion: string;
}

/**
 * Prices a call's usage. Core knows no prices: the adapter supplies this, usually
 * `usagePricer(pricing, provider, model)` from `@tollgate/pricing`. Throws when the usage
 * cannot be priced (the kit then charges the call its hold).
 */
export type UsagePricer = (usage: CallUsage) => UsagePrice;

/**
 * Watches one call's response and reports its usage; the kit prices it once with the
 * plan's `price`. An adapter makes one per call; it sees a JSON body once, or each stream
 * event in order followed by one `end`. Throwing from `json` or `end` means the usage
 * could not be read: the call is charged its hold.
 */
export interface ResponseObserver {
  /** A successful (2xx) JSON body. */
  json(body: unknown): ObservedUsage;
  /**
   * One stream event, in order. Return `true` to pass it on, `false` to hide it from the
   * caller's stream, or an `EventCut` to pass it on without one member.
   */
  event(event: ServerSentEvent): EventVerdict;
  /**
   * The stream is over: `complete` when it ended normally, `interrupted` when it broke
   * (caller abort or `break`, dropped connection, read error). Report what was consumed.
   */
  end(how: 'complete' | 'interrupted'): ObservedUsage;
}

/**
 * An event passed on without some of its bytes: the one occurrence of `cut` (ASCII, such
 * as `,"usage":null`) is removed from the event's bytes, nothing else is touched or
 * re-encoded. When the bytes do not hold `cut` exactly once (a data line split in two, a
 * framing that cannot be cut, like Bedrock's checksummed messages), the event passes whole.
 */
export interface EventCut {
  /** The exact text to remove, e.g. `,"usage":null`. */
  readonly cut: string;
}

/** What becomes of a stream event: passed on (`true`), hidden (`false`), or passed on cut. */
export type EventVerdict = boolean | EventCut;

/**
 * How a metered request is held and observed. The kit checks each plan (and a tighter plan
 * from `tighten`) before anything is held or sent: a plan whose `price`, `observer.json` /
 * `event` / `end` or `tighten` is no function, whose `model` is no non-empty string, whose
 * `body` is no object or whose `unboundedOutputTokens` is no whole number from 0 refuses the
 * call with `InvalidOptionsError` (path `route`) naming the request and what arrived.
 */
export interface MeteringPlan {
  /** The hold: an upper bound of the call's cost, a decimal string of USD. */
  holdUsd: string;
  /** The model, for events and errors. */
  model: string;
  /**
   * A body to send instead of the caller's (for example with stream usage turned on): a JSON
   * object. Default: the caller's body, as it is.
   */
  body?: unknown;
  /**
   * Set when the request gave no output maximum: the output tokens the hold assumed, a whole
   * number from 0. Default: none (the request bounds its output; no `unbounded-output` event).
   */
  unboundedOutputTokens?: number;
  /** Recorded with the reservation and its ledger entry. */
  metadata?: Metadata;
  /** Reads the response (body or stream events) and reports its usage. */
  observer: ResponseObserver;
  /** Prices what the observer reports. */
  price: UsagePricer;
  /**
   * A tighter plan to try only if `holdUsd` is refused: for example an exact token count in
   * place of a cheap upper bound. If the tighter hold is refused too, the call is refused.
   * Default: none (a refused hold refuses the call). Set but not a function, the call is
   * refused with `InvalidOptionsError` before anything is sent, whether or not it is needed.
   */
  tighten?: () => MeteringPlan | Promise<MeteringPlan>;
}

/** What the adapter decides about a request. */
export type Route =
  /** Costs nothing (listing models, counting tokens): passes untouched. */
  | {
      /** Costs nothing: sent as is. */
      kind: 'free';
    }
  /** Costs money but cannot be metered: refused while the budget enforces, unless allowed. */
  | {
      /** Paid, but Tollgate cannot price it. */
      kind: 'unmetered';
      /** How the endpoint is named in `UnmeteredEndpointError`. */
      endpoint: string;
    }
  /** Held before sending and charged from the response. */
  | {
      /** Held, priced and settled. */
      kind: 'metered';
      /** How to hold and price this request. */
      plan: (request: OutgoingRequest) => MeteringPlan | Promise<MeteringPlan>;
    };
