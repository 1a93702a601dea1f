/**
 * Watches a streamed step without changing it: every part passes on as it came, in order.
 * The model's stream is read as it arrives, whatever the caller does with its own, so the
 * step settles from the `finish` part whenever the provider sends one (before the caller
 * sees it, so `status()` is exact when the stream reports its end). A stream that ends
 * without one — aborted, cancelled by its reader first, broken, or ended after an error
 * part — is charged what was consumed: the input held plus the output that arrived, never
 * more than the hold.
 */
import type { LanguageModelV4StreamPart, LanguageModelV4Usage } from '@ai-sdk/provider';
import { chargeTheHold } from '@tollgate/core/adapter';
import { chargeConsumed, type StepOutcome } from './charge-step.js';
import { Deliveries, deliver, end } from './deliveries.js';
import { fallbackTarget } from './fallback-hops.js';
import type { HeldStep } from './hold-step.js';
import {
  malformedPart,
  readablePart,
  USAGE_SHAPE_V4,
  type UsageShape,
} from './malformed-result.js';
import { servedStep } from './openrouter-routing.js';
import type { ModelName } from './plan-step.js';
import { endStep, isWebSearchCall, settleStep } from './step-endings.js';

/** The deadline runs this long before the hold's time-to-live ends: a tenth of it, at most 10 s. */
const deadlineLeadMaxMs = 10_000;

/**
 * Charges the hold of a step whose stream nobody reads to its end (never $0 for a step the
 * provider served), shortly before the store would let the hold expire. The timer never
 * keeps the process alive; `cancel` clears it when the stream ends first.
 */
function armDeadline(held: HeldStep, charge: () => void): () => void {
  const timeToLive = held.reservation.expiresAt - held.settings.budget.clock.now();
  const timer = setTimeout(
    charge,
    Math.max(0, timeToLive - Math.min(timeToLive / 10, deadlineLeadMaxMs)),
  );
  timer.unref();
  return () => clearTimeout(timer);
}

/**
 * The usage some providers put in the `finish` part of a stream their error cut short
 * (xAI's Responses: every count zero, no provider usage): a placeholder, not a reading.
 */
function isPlaceholder(usage: LanguageModelV4Usage): boolean {
  // A v2 model's usage is flat: its counts are numbers, not `{ total }`.
  const flat = usage as unknown as { inputTokens?: unknown; outputTokens?: unknown };
  return usage.raw === undefined && !totalOf(flat.inputTokens) && !totalOf(flat.outputTokens);
}

function totalOf(count: unknown): number {
  if (typeof count === 'number') return count;
  return (count as { total?: number } | undefined)?.total ?? 0;
}

/** Lets the stream's queues hand over every part already received (they do so in microtasks). */
function afterQueuedParts(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** What a stream has delivered so far, to price it if it ends without usage. */
class Consumed {
  outputBytes = 0;
  webSearches: number;
  /** The model the stream's `response-metadata` part names, if any. */
  responseModel: string | undefined;
  /** The model the last Anthropic fallback marker handed over to, if any. */
  servingModel: string | undefined;
  /** An error part arrived: a `finish` after it may carry placeholder usage. */
  errored = false;

  constructor(held: HeldStep) {
    // A Chat search model's fee is per request, whether or not a part shows it.
    this.webSearches = held.plan.searchesPerCall ?? 0;
  }

  add(part: LanguageModelV4StreamPart, held: HeldStep): void {
    if (
      part.type === 'text-delta' ||
      part.type === 'reasoning-delta' ||
      part.type === 'tool-input-delta'
    ) {
      // A byte-pair token covers at least one byte: bytes bound the tokens received.
      this.outputBytes += Buffer.byteLength(part.delta, 'utf8');
    } else if (part.type === 'tool-call') {
      if (isWebSearchCall(part, held.plan)) this.webSearches += 1;
      else this.outputBytes += Buffer.byteLength(part.input, 'utf8');
    } else if (part.type === 'error') {
      this.errored = true;
    } else if (part.type === 'response-metadata' && part.modelId !== undefined) {
      this.responseModel = part.modelId;
    } else {
      this.servingModel = fallbackTarget(part) ?? this.servingModel;
    }
  }
}

/** A stream's `finish` part. */
export type FinishPart = Extract<LanguageModelV4StreamPart, { type: 'finish' }>;

/** What a v4 (or v3) `finish` part reported. */
export function finishedOutcome(part: FinishPart, webSearches: number): StepOutcome {
  return { usage: part.usage, providerMetadata: part.providerMetadata, webSearches };
}

/**
 * The caller's stream: the same parts, with the step settled exactly once as it ends. The
 * model's stream is read as fast as it arrives, whether or not the caller reads (the AI SDK
 * stops pulling when its reader breaks off, but never cancels the step), so the `finish`
 * part is seen and settled when the provider sends it; parts wait here until read.
 */
export function watchStream(
  source: ReadableStream<LanguageModelV4StreamPart>,
  held: HeldStep,
  name: ModelName,
  signal?: AbortSignal,
  outcomeOf: (finish: FinishPart, webSearches: number) => StepOutcome = finishedOutcome,
  usageShape: UsageShape = USAGE_SHAPE_V4,
): ReadableStream<LanguageModelV4StreamPart> {
  const reader = source.getReader();
  const consumed = new Consumed(held);
  const deliveries = new Deliveries();
  let ended: Promise<void> | undefined;
  // The step as the model that serves it is priced (an OpenRouter fallback names it).
  let step = held;
  const consumedCharge = () =>
    chargeConsumed(step, {
      outputTokens: consumed.outputBytes,
      webSearches: consumed.webSearches,
      servingModel: consumed.servingModel,
    });
  const clearDeadline = armDeadline(held, () => {
    ended ??= endStep(held, chargeTheHold(held, 'unseen'));
  });
  const interrupted = () => {
    clearDeadline();
    ended ??= endStep(held, consumedCharge());
    return ended;
  };
  const watch = (part: LanguageModelV4StreamPart): Promise<void> | undefined => {
    if (part.type !== 'finish') {
      // OpenRouter names the model on every chunk, between parts that name only the id.
      if (
        part.type === 'response-metadata' &&
        part.modelId !== undefined &&
        held.plan.routedModels !== undefined
      )
        step = servedStep(held, part.modelId);
      consumed.add(part, held);
      return undefined;
    }
    clearDeadline();
    // A finish without readable usage (after an error part, say) is charged what arrived.
    if (consumed.errored && isPlaceholder(part.usage)) return interrupted();
    ended ??= settleStep(
      step,
      {
        ...outcomeOf(part, consumed.webSearches),
        responseModel: consumed.responseModel,
        servingModel: consumed.servingModel,
      },
      consumedCharge,
    );
    return ended;
  };
  const pump = async () => {
    try {
      for (;;) {
        const result = await reader.read();
        if (result.done) break;
        if (!readablePart(result.value, usageShape)) {
          // A custom model's part the AI SDK cannot read (not an object, no string type, a
          // finish whose usage is not the spec's shape): nothing after it, its usage
          // included, can be read, so the step is charged its hold and the stream ends here.
          clearDeadline();
          ended ??= endStep(held, chargeTheHold(held, 'unreadable'));
          await ended;
          throw malformedPart(name, result.value, usageShape);
        }
        // Settled before the finish part is handed over: `status()` is exact when the
        // caller sees it. Parts read after a cancel are still watched (see `cancel`);
        // the closed deliveries drop them.
        await watch(result.value);
        deliveries.push({ part: result.value });
      }
      await interrupted(); // a no-op after a finish part
      deliveries.push(end);
    } catch (error) {
      // The source broke, or a part could not be read: charged what arrived, unless a part
      // that is not one already charged the hold (above).
      await interrupted();
      deliveries.push({ error });
      if (signal?.aborted !== true) await reader.cancel(error).catch(() => undefined);
    }
  };
  // The endings never reject (see `endStep`); should pricing what arrived ever throw, the
  // caller still learns the stream failed rather than waiting for a part that never comes.
  pump().catch((error: unknown) => deliveries.push({ error }));
  return new ReadableStream<LanguageModelV4StreamPart>(
    {
      pull(controller) {
        const next = deliveries.next();
        if (next instanceof Promise) return next.then((delivery) => deliver(controller, delivery));
        deliver(controller, next);
        return undefined;
      },
      async cancel(reason) {
        deliveries.close();
        // `streamObject` cancels as soon as its reader breaks off, which may be after the
        // whole response arrived but before the watcher read its finish part: the parts
        // already received are watched first, so such a step is charged exactly.
        if (ended === undefined && signal?.aborted !== true) await afterQueuedParts();
        await interrupted(); // exact when the finish part already came
        // An aborted call's source ends with its request: cancelling it too would run the
        // provider's cancel on a torn-down pipeline, which some providers do not handle
        // (OpenRouter's rejects unhandled). Otherwise the caller is done: the source is let go.
        if (signal?.aborted === true) return;
        await reader.cancel(reason).catch(() => undefined);
      },
    },
    // Nothing queued in the stream itself: every part waits in `deliveries` until read.
    { highWaterMark: 0 },
  );
}
