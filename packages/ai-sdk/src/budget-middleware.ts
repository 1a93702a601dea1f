import type { LanguageModelV4Middleware } from '@ai-sdk/provider';
import type { Budget } from '@tollgate/core';
import { meterSettings, type WithBudgetOptions } from './adapter-settings.js';
import type { MeterSettings } from './hold-step.js';
import { meterGenerate, meterStream, STEP_READING_V4 } from './meter-step.js';
import { markedCopy, refuseMeteredTwice } from './metering-layer.js';
import { isSpecV2, type LanguageModelV2Middleware } from './spec-v2.js';
import { STEP_READING_V2 } from './step-reading-v2.js';

/**
 * A language-model middleware that meters every step on its budget: a v4 middleware for
 * `ai` 7, and a v2 one for `ai` 5 (whose `wrapLanguageModel` reads no version), which meters
 * the v2 model it wraps. It has only the members it uses, so it is both.
 */
export type BudgetMiddleware = Pick<LanguageModelV4Middleware, 'specificationVersion'> & {
  /** Holds the step before its request, generates it, and charges its exact cost before it returns. */
  readonly wrapGenerate: Wraps<'wrapGenerate'>;
  /** Holds the step before its request; its stream settles from its `finish` part, or as it ends. */
  readonly wrapStream: Wraps<'wrapStream'>;
  /**
   * Marks a copy of the step's parameters as metered by this middleware (the caller's are
   * left unchanged), refusing parameters another metering layer already marked.
   */
  readonly transformParams: Wraps<'transformParams'>;
  /** The budget every step reserves against. */
  readonly budget: Budget;
};

type Wraps<Key extends 'wrapGenerate' | 'wrapStream' | 'transformParams'> = NonNullable<
  LanguageModelV4Middleware[Key]
> &
  NonNullable<LanguageModelV2Middleware[Key]>;

type Wrap<Middleware, Key extends 'wrapGenerate' | 'wrapStream'> = Parameters<
  Extract<Middleware[Key & keyof Middleware], (...args: never[]) => unknown>
>[0];

/** What `wrapLanguageModel` hands a middleware's `wrapGenerate` or `wrapStream`: v4, or v2 in `ai` 5. */
type WrapArguments<Key extends 'wrapGenerate' | 'wrapStream'> =
  | Wrap<LanguageModelV4Middleware, Key>
  | Wrap<LanguageModelV2Middleware, Key>;

/** True when `ai` 5 hands this middleware a v2 model (and v2 parameters). */
function fromV2<Key extends 'wrapGenerate' | 'wrapStream'>(
  step: WrapArguments<Key>,
): step is Wrap<LanguageModelV2Middleware, Key> {
  return isSpecV2((step as { model: { specificationVersion?: unknown } }).model);
}

/** The middleware of settings already checked (shared by `withBudget`). */
export function middlewareOf(settings: MeterSettings): BudgetMiddleware {
  return {
    specificationVersion: 'v4',
    budget: settings.budget,
    // `model` is the one this middleware wraps: inside other middleware in either order,
    // its provider and model id are the ones that are called and priced.
    // `ai` 5 hands a v2 model and v2 parameters: the step is read as v2 (or refused, see
    // `refuseUnmeteredV2`).
    // The middleware's `doGenerate` sends the parameters `transformParams` returned: the
    // copy is marked there (so the steps below send it as it is, with no copy of their own),
    // and a second listing of this middleware finds its mark first.
    transformParams: async ({ params }: { params: object }) => {
      refuseMeteredTwice(settings.layer, params, 'refuse');
      return markedCopy(settings.layer, params);
    },
    wrapGenerate: (step: WrapArguments<'wrapGenerate'>) =>
      fromV2(step)
        ? meterGenerate(step.model, step.params, settings, step.doGenerate, STEP_READING_V2)
        : meterGenerate(step.model, step.params, settings, step.doGenerate, STEP_READING_V4),
    wrapStream: (step: WrapArguments<'wrapStream'>) =>
      fromV2(step)
        ? meterStream(step.model, step.params, settings, step.doStream, STEP_READING_V2)
        : meterStream(step.model, step.params, settings, step.doStream, STEP_READING_V4),
    // One function per member serves both versions' signatures, an intersection TypeScript
    // cannot check a single function against: `fromV2` narrows what each call receives.
  } as unknown as BudgetMiddleware;
}

/**
 * A middleware for `wrapLanguageModel({ model, middleware })` that holds every model step
 * against a budget before its request and charges the step's exact cost after. Put it last
 * in the `middleware` list (closest to the model): it holds and charges each call that
 * passes through it, so a middleware below it that calls the model more than once (retry,
 * fallback, best-of-n) makes calls it never sees; and it holds the parameters as it is given
 * them, which there are the ones the model receives.
 *
 * @throws InvalidOptionsError when any option is wrong (every problem listed in `issues`).
 * @example
 * const model = wrapLanguageModel({ model: openai('gpt-4.1'), middleware: budgetMiddleware({ budget }) });
 * const retried = wrapLanguageModel({ model: openai('gpt-4.1'), middleware: [retry, budgetMiddleware({ budget })] });
 */
export function budgetMiddleware(options: WithBudgetOptions): BudgetMiddleware {
  return middlewareOf(meterSettings(options, 'budgetMiddleware'));
}
