import type { ToolCallCounts, UsageTokens } from './call-usage.js';

/** Free-form metadata attached to reservations and ledger entries. */
export type Metadata = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Token counts as ledgers written before the typed usage recorded them: flat counts by
 * kind, e.g. `{ input: 1000, cachedInput: 800, output: 80 }` (OpenAI: `input` includes
 * `cachedInput`; Anthropic: `input`, `cacheRead`, `cacheWrite5m`, `cacheWrite1h` are
 * disjoint), sometimes with tool calls such as `webSearches` mixed in.
 */
export type LegacyTokenCounts = Readonly<Record<string, number>>;

/** What a settlement records beyond the money: who called what, and how it was priced. */
export interface SettlementDetails {
  /** The provider that served the call (`'openai'`, `'anthropic'`, ...). */
  provider?: string;
  /** The model the provider reports. */
  model?: string;
  /**
   * The call's tokens, input and output each split by how they are billed. Entries written
   * by earlier versions carry flat counts by kind instead (`LegacyTokenCounts`); `isUsageTokens`
   * tells the two apart.
   *
   * For a `partial` entry they are what the call consumed as far as Tollgate could count it:
   * input as the provider reported it (or as held, when the stream broke before saying),
   * output counted from what arrived and never more than the request allowed. They are kept
   * as observed even when they price to more than the entry's cost: then `capped` is true
   * and `uncappedUsd` says what they price to.
   */
  tokens?: UsageTokens | LegacyTokenCounts;
  /** Billable tool calls (web searches, web fetches, …), as counts. */
  toolCalls?: ToolCallCounts;
  /** The pricing table version that priced the call. */
  pricingVersion?: string;
  /** True when the call ended early and only what was consumed is charged. */
  partial?: boolean;
  /**
   * True when a call that ended early was charged its hold because what it consumed priced
   * to more (`uncappedUsd`): a partial call never costs more than its hold, which bounded
   * everything it could bill. `tokens` stay as observed, so they price to more than
   * `actualUsd`; a reader adding up costs from tokens must take `actualUsd` for this entry.
   * Comes with `partial: true`. Default: absent (the cost is the price of `tokens`).
   */
  capped?: boolean;
  /**
   * With `capped`: what the entry's `tokens` price to, as a decimal USD string, before the
   * cost was capped at the hold. Default: absent.
   */
  uncappedUsd?: string;
  /**
   * Set when the call was charged its hold, the most it could have cost, because its usage
   * never reached Tollgate (`unseen`: a stream nobody read, a call still unanswered at its
   * reservation's deadline) or could not be read (`unreadable`). Comes with `partial: true`.
   */
  usage?: 'unseen' | 'unreadable';
  /** The model the request asked for, as the adapter resolved it (`model` is the one priced). */
  requestModel?: string;
  /** The model the provider says answered, when the response names one. */
  responseModel?: string;
  /** The service tier the provider says served the call (`default`, `flex`, `priority`, `batch`...). */
  serviceTier?: string;
  /** What kind of call it was, in OpenTelemetry GenAI terms (`chat`, `embeddings`...). Absent means `chat`. */
  operation?: string;
  /** The call's metadata, as passed to `reserve`. */
  metadata?: Metadata;
}

/** One settled call, as written to the ledger. */
export interface LedgerEntry {
  /** Absent on settlements (so entries written before adjustments existed read the same). */
  kind?: undefined;
  /** The reservation the entry settles. */
  reservationId: string;
  /** The leaf budget the call was made on. */
  budgetId: string;
  /** Every budget charged, leaf first. */
  chain: readonly string[];
  /** What was held for the call, in USD. */
  reservedUsd: string;
  /** What the call cost, in USD. */
  actualUsd: string;
  /** How far the actual cost went past what was held ("0" when it did not). */
  overrunUsd: string;
  /** When it was settled, ms since epoch. */
  settledAt: number;
  /** True when the reservation had already expired and the cost was charged afterwards. */
  late: boolean;
  /** Provider, model, tokens and pricing version of the call. */
  details: SettlementDetails;
}

/** What an administrative change does to a budget (see `AdjustCommand`). */
export type AdjustmentAction = 'set-limit' | 'top-up' | 'credit' | 'reset' | 'close';

/**
 * An administrative change, as written to the ledger next to settlements. The spend of a
 * budget's window is always explained by its ledger: the settlements' `actualUsd` minus
 * the `amountUsd` of its `credit` and `reset` entries (set-limit, top-up and close move
 * no spend).
 */
export interface AdjustmentEntry {
  /** Always `'adjustment'`: tells a change from a settlement in the ledger. */
  kind: 'adjustment';
  /** A unique id of this change. */
  adjustmentId: string;
  /** The budget changed. */
  budgetId: string;
  /** `[budgetId]`: a change applies to one budget, never to its ancestors. */
  chain: readonly string[];
  /** What the change did. */
  action: AdjustmentAction;
  /**
   * The amount applied: the new limit (`set-limit`), what was added to it (`top-up`), the
   * spend given back (`credit`, at most the spend there was), the spend zeroed (`reset`),
   * `"0"` for `close`.
   */
  amountUsd: string;
  /** What was asked for: differs from `amountUsd` only for a credit larger than the spend. */
  requestedUsd: string;
  /** The budget's limit after the change. */
  limitUsd: string;
  /** The budget's spend in its current window after the change. */
  spentUsd: string;
  /** When it was applied, ms since epoch. */
  at: number;
  /** Why: free text given with the change. */
  reason: string;
  /** Who: free text (a user name, a service), absent when not given. */
  actor?: string;
}

/** Anything the ledger holds: settlements (no `kind`) and administrative changes. */
export type LedgerRecord = LedgerEntry | AdjustmentEntry;

/**
 * Which ledger entries to read, newest first. Checked by every reader (`parseLedgerQuery`):
 * an unknown key, kind or a bad limit is an `InvalidOptionsError`, never an empty answer.
 */
export interface LedgerQuery {
  /** Only entries that charged this budget. @default every budget */
  budgetId?: string;
  /** At most this many entries: a whole number, 0 or more. @default 100 */
  limit?: number;
  /**
   * Which entries: settlements, administrative changes, or both.
   * @default 'all' (a store's `ledger`); `'settlement'` for `budget.ledger()`
   */
  kind?: LedgerKind;
}

/** A kind of ledger entry, or `'all'`. */
export type LedgerKind = 'settlement' | 'adjustment' | 'all';
