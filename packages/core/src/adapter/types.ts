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

/** What a cost observer settles: the exact cost and what it was made of. */
export interface Charge {
  /** The call's exact cost, in USD. */
  costUsd: string;
  /** What the ledger records about the call. */
  details: SettlementDetails;
}

/**
 * Watches one call's response and prices it. An adapter makes one per call; it sees a
 * JSON body once, or each stream event in order followed by one `end`.
 */
export interface ResponseObserver {
  /** A successful (2xx) JSON body. */
  json(body: unknown): Charge;
  /** One stream event, in order. Return `false` to hide it from the caller's stream. */
  event(event: ServerSentEvent): boolean;
  /**
   * The stream is over: `complete` when it ended normally, `interrupted` when it broke
   * (caller abort or `break`, dropped connection, read error). Price what was consumed.
   */
  end(how: 'complete' | 'interrupted'): Charge;
}

/** How a metered request is held and observed. */
export interface MeteringPlan {
  /** The hold: an upper bound of the call's cost, a decimal string of USD. */
  holdUsd: string;
  /** The model, for events and errors. */
  model: string;
  /** A body to send instead of the caller's (for example with stream usage turned on). */
  body?: unknown;
  /** Set when the request gave no output maximum: the output tokens the hold assumed. */
  unboundedOutputTokens?: number;
  /** Recorded with the reservation and its ledger entry. */
  metadata?: Metadata;
  /** Reads the response (body or stream events) and turns its usage into a charge. */
  observer: ResponseObserver;
  /**
   * A tighter plan to try only if `holdUsd` is refused: for example an exact token count in
   * place of a cheap upper bound. If the tighter hold is refused too, the call is refused.
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
