import type {
  Attributes,
  BatchObservableCallback,
  Counter,
  Histogram,
  Meter,
  Observable,
  ObservableCallback,
} from '@opentelemetry/api';
import { type Budget, type LedgerEntry, TollgateError } from '@tollgate/core';
import { genAi, tollgate } from './attribute-names.js';
import { createGauges, type Gauges } from './budget-gauges.js';
import { callAttributes, operationOf, present, requestModelOf } from './call-attributes.js';
import { ExactTotals } from './exact-totals.js';
import { tokenCounts } from './token-counts.js';

// Bucket boundaries the GenAI conventions advise for these two histograms.
const tokenBuckets = [
  1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
];
const durationBuckets = [
  0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
];

/** Histogram records handed to the SDK together, at most (see `BudgetMetrics.#records`). */
const batchSize = 256;
/** How long a histogram record waits for its batch, at most, in ms. */
const batchDelayMs = 100;

/** The attribute objects of one kind of call, one per instrument family. */
interface CallAttributeSets {
  call: Attributes;
  genAi: Attributes;
  input: Attributes;
  output: Attributes | undefined;
}

/** A kind of call: what tells it apart from others, its key, and its attribute objects. */
interface CallKind {
  readonly budgetId: string;
  readonly operation: string;
  readonly provider: string | undefined;
  readonly requestModel: string | undefined;
  readonly tier: string | undefined;
  readonly key: string;
  readonly sets: CallAttributeSets;
}

/**
 * The metric instruments of one `instrument()` call, fed from budget events. Money
 * counters read exact running totals; gauges read `budget.status()` when collected.
 */
export class BudgetMetrics {
  /** Cost (measure 0) and hold (measure 1) per attribute set. */
  readonly #money = new ExactTotals(2);
  /** Attribute objects per kind of call, built once: settling is the hot path. */
  readonly #kinds = new Map<string, CallKind>();
  /** The kind of the last call charged. */
  #lastKind: CallKind | undefined;
  readonly #tokenUsage: Histogram;
  readonly #duration: Histogram;
  readonly #refusals: Counter;
  readonly #lost: Counter;
  readonly #statusErrors: Counter;
  /** Settlements the store has not taken yet: reservation id → the budget id they count under. */
  readonly #pending = new Map<string, string>();
  readonly #stop: () => void;
  /**
   * Histogram values of settled calls not yet handed to the SDK, flat (histogram, value,
   * attributes, ...): the SDK hashes each record's attributes (about 1 µs), so records are made
   * off the calls' path, in batches, and always before a collection reads them (see
   * `observeCost`). A batch goes when it is `batchSize` records long, or `batchDelayMs` after
   * its first record, whichever comes first: no timer or turn of the event loop per call.
   */
  #records: Array<Histogram | number | Attributes> = [];
  /** The batch's timer, once its first record is made. */
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** True once a full batch is to go at the end of this turn. */
  #flushSoon = false;
  readonly #flush = (): void => {
    if (this.#flushTimer !== undefined) clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    this.#flushSoon = false;
    const records = this.#records;
    if (records.length === 0) return;
    this.#records = [];
    for (let index = 0; index < records.length; index += 3) {
      const histogram = records[index] as Histogram;
      histogram.record(records[index + 1] as number, records[index + 2] as Attributes);
    }
  };

  constructor(meter: Meter, budgets: readonly Budget[]) {
    this.#tokenUsage = meter.createHistogram(genAi.tokenUsageMetric, {
      unit: '{token}',
      description: 'Tokens used by GenAI calls, by gen_ai.token.type (input, output).',
      advice: { explicitBucketBoundaries: tokenBuckets },
    });
    this.#duration = meter.createHistogram(genAi.operationDurationMetric, {
      unit: 's',
      description: 'GenAI call duration, from the hold being admitted to the call being charged.',
      advice: { explicitBucketBoundaries: durationBuckets },
    });
    this.#lost = meter.createCounter(tollgate.lostMetric, {
      unit: '{settlement}',
      description:
        'Settlements and releases given up (after retrying, or refused by a closed store): not confirmed by the store, which may still apply one that timed out; tollgate.budget.spent reads the store.',
    });
    this.#statusErrors = meter.createCounter(tollgate.statusErrorsMetric, {
      unit: '{error}',
      description:
        "Reads of a budget's figures that failed when metrics were collected, by tollgate.code (STORE_UNAVAILABLE: unreachable; STORE_INVALID: closed).",
    });
    this.#refusals = meter.createCounter(tollgate.refusalsMetric, {
      unit: '{call}',
      description: 'Calls refused before sending, by tollgate.code.',
    });
    const cost = meter.createObservableCounter(tollgate.costMetric, {
      unit: 'USD',
      description:
        'Exact cost of the calls this process saw settled, in USD. A settlement reported lost is not counted, though the store may still apply it: tollgate.budget.spent, read from the store, is authoritative.',
    });
    const held = meter.createObservableCounter(tollgate.holdMetric, {
      unit: 'USD',
      description: 'What the charged calls held before they were sent, in USD.',
    });
    const observeCost: ObservableCallback = (result) => {
      // Observables run before a collection reads the histograms: the pending records land first.
      this.#flush();
      for (const total of this.#money.entries(0)) result.observe(total.value, total.attributes);
    };
    const observeHeld: ObservableCallback = (result) => {
      for (const total of this.#money.entries(1)) result.observe(total.value, total.attributes);
    };
    cost.addCallback(observeCost);
    held.addCallback(observeHeld);
    const gauges = createGauges(meter);
    const observeBudgets = this.#observeBudgets(budgets, gauges);
    const observables: Observable[] = Object.values(gauges);
    meter.addBatchObservableCallback(observeBudgets, observables);
    this.#stop = () => {
      cost.removeCallback(observeCost);
      held.removeCallback(observeHeld);
      meter.removeBatchObservableCallback(observeBudgets, observables);
    };
  }

  /**
   * A call was charged. `budgetId` is the instrumented budget it counts under. Its money is
   * added to this instrumentation's whole totals always; its duration and tokens only with
   * `recordEvent`, which is false when another instrumentation of the same budget on the
   * same meter provider already recorded them.
   */
  settled(
    entry: LedgerEntry,
    budgetId: string,
    durationSeconds: number | undefined,
    recordEvent = true,
  ): void {
    this.#pending.delete(entry.reservationId);
    const { key, sets } = this.#setsFor(entry, budgetId);
    this.#money.add(key, sets.call, [entry.actualUsd, entry.reservedUsd]);
    if (!recordEvent) return;
    if (durationSeconds !== undefined) this.#record(this.#duration, durationSeconds, sets.genAi);
    const raw = entry.details.tokens;
    if (raw === undefined) return;
    const tokens = tokenCounts(raw);
    this.#record(this.#tokenUsage, tokens.input, sets.input);
    if (sets.output !== undefined) this.#record(this.#tokenUsage, tokens.output, sets.output);
  }

  #record(histogram: Histogram, value: number, attributes: Attributes): void {
    const records = this.#records;
    records.push(histogram, value, attributes);
    if (records.length >= batchSize * 3) {
      // A full batch goes at the end of this turn, not inside the call that filled it.
      if (!this.#flushSoon) setImmediate(this.#flush).unref();
      this.#flushSoon = true;
    } else if (this.#flushTimer === undefined) {
      this.#flushTimer = setTimeout(this.#flush, batchDelayMs).unref();
    }
  }

  #setsFor(entry: LedgerEntry, budgetId: string): CallKind {
    const { details } = entry;
    const operation = operationOf(entry);
    const provider = details.provider;
    const requestModel = requestModelOf(entry);
    const tier = details.serviceTier;
    // Calls come in runs of one kind: the last kind is compared field by field before a key
    // is built and hashed (about 1 µs per call on the hot path).
    const last = this.#lastKind;
    if (
      last !== undefined &&
      last.budgetId === budgetId &&
      last.operation === operation &&
      last.provider === provider &&
      last.requestModel === requestModel &&
      last.tier === tier
    )
      return last;
    const key = `${budgetId}\u0000${operation}\u0000${provider ?? ''}\u0000${requestModel ?? ''}\u0000${tier ?? ''}`;
    let kind = this.#kinds.get(key);
    if (kind === undefined) {
      const genAiAttributes: Attributes = {
        [genAi.operationName]: operation,
        ...present(genAi.providerName, provider),
        ...present(genAi.requestModel, requestModel),
        [tollgate.budgetId]: budgetId,
      };
      const sets: CallAttributeSets = {
        call: callAttributes(entry, budgetId),
        genAi: genAiAttributes,
        input: { ...genAiAttributes, [genAi.tokenType]: 'input' },
        // Embeddings have no output tokens to count.
        output:
          operation === 'embeddings'
            ? undefined
            : { ...genAiAttributes, [genAi.tokenType]: 'output' },
      };
      kind = { budgetId, operation, provider, requestModel, tier, key, sets };
      this.#kinds.set(key, kind);
    }
    this.#lastKind = kind;
    return kind;
  }

  /** A call was refused (or, with `enforced: false`, would have been). */
  refused(budgetId: string, code: string, enforced: boolean): void {
    this.#refusals.add(1, {
      [tollgate.budgetId]: budgetId,
      [tollgate.code]: code,
      [tollgate.enforced]: enforced,
    });
  }

  /** A settlement or release could not reach the store and is being retried. */
  pending(reservationId: string, budgetId: string): void {
    this.#pending.set(reservationId, budgetId);
  }

  /**
   * A settlement or release was given up: it is no longer pending, and its spend is not
   * recorded. Counted only with `recordEvent` (see `settled`).
   */
  lost(reservationId: string, budgetId: string, recordEvent = true): void {
    this.#pending.delete(reservationId);
    if (recordEvent) this.#lost.add(1, { [tollgate.budgetId]: budgetId });
  }

  /** A reservation ended: whatever was pending for it has landed. */
  ended(reservationId: string): void {
    this.#pending.delete(reservationId);
  }

  stop(): void {
    this.#flush();
    this.#stop();
  }

  #observeBudgets(budgets: readonly Budget[], gauges: Gauges): BatchObservableCallback {
    return async (result) => {
      const pendingBy = new Map<string, number>();
      for (const budgetId of this.#pending.values()) {
        pendingBy.set(budgetId, (pendingBy.get(budgetId) ?? 0) + 1);
      }
      await Promise.all(
        budgets.map(async (budget) => {
          const attributes = { [tollgate.budgetId]: budget.id };
          result.observe(gauges.pending, pendingBy.get(budget.id) ?? 0, attributes);
          // A store that cannot be read leaves this budget's money gauges unobserved rather
          // than failing the whole export. With cumulative temporality the SDK then repeats
          // their last points (it has no way to drop one), so availability is said outright.
          const status = await budget.status().catch((error: unknown) => {
            this.#statusErrors.add(1, { ...attributes, [tollgate.code]: errorCode(error) });
            return undefined;
          });
          result.observe(gauges.storeAvailable, status === undefined ? 0 : 1, attributes);
          if (status === undefined) return;
          result.observe(gauges.spent, Number(status.spentUsd), attributes);
          result.observe(gauges.reserved, Number(status.reservedUsd), attributes);
          result.observe(gauges.limit, Number(status.limitUsd), attributes);
          result.observe(gauges.remaining, Number(status.remainingUsd), attributes);
          // remaining stays money (limit - spent - held); closed says that none of it can be
          // spent, the budget or one above it being closed.
          const closed = status.closedAt !== undefined || status.closedBy !== undefined;
          result.observe(gauges.closed, closed ? 1 : 0, attributes);
        }),
      );
    };
  }
}

/** The Tollgate code of a failed status read (`STORE_UNAVAILABLE`, `STORE_INVALID`), else `UNKNOWN`. */
function errorCode(error: unknown): string {
  return error instanceof TollgateError ? error.code : 'UNKNOWN';
}
