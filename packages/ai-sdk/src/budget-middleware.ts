import type { LanguageModelV4Middleware } from '@ai-sdk/provider';
import type { Budget } from '@tollgate/core';
// `ai` 6's own `@ai-sdk/provider` 3: the v3 types that `@ai-sdk/provider` 4 carries differ
// from them (their JSON values), and `ai` 6 checks its middleware against these.
import type { LanguageModelV3Middleware } from 'ai-sdk-provider-v3';
import { meterSettings, type WithBudgetOptions } from './adapter-settings.js';
import { type AnsweredStatuses, watchStatuses } from './answered-statuses.js';
import type { MeterSettings } from './hold-step.js';
import { meterGenerate, meterStream, STEP_READING_V4 } from './meter-step.js';
import { markedCopy, refuseMeteredTwice } from './metering-layer.js';
import { isSpecV2, type LanguageModelV2Middleware } from './spec-v2.js';
import { STEP_READING_V2 } from './step-reading-v2.js';

/**
 * A language-model middleware that meters every step on its budget, one object for `ai` 7, 6
 * and 5: each `wrapLanguageModel` takes it without a cast, and it meters the v4, v3 or v2
 * model that `wrapLanguageModel` hands it. Its members take what each version hands them.
 *
 * Its `specificationVersion` is `'v3'`, the one value all three accept: `ai` 6 types its
 * middleware as `LanguageModelV3Middleware` (`'v3'` only), `ai` 7's `LanguageModelMiddleware`
 * takes any version (so v3 middleware keeps working), and `ai` 5's reads none. None of them
 * reads it at run time. So it is not a `LanguageModelV4Middleware` of `@ai-sdk/provider` 4
 * (`'v4'` only): type a list of middleware for `ai` 7 as `ai`'s `LanguageModelMiddleware`.
 */
export type BudgetMiddleware = Pick<LanguageModelV3Middleware, 'specificationVersion'> & {
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
  NonNullable<LanguageModelV3Middleware[Key]> &
  NonNullable<LanguageModelV2Middleware[Key]>;

type Wrap<Middleware, Key extends 'wrapGenerate' | 'wrapStream'> = Parameters<
  Extract<Middleware[Key & keyof Middleware], (...args: never[]) => unknown>
>[0];

/**
 * What `wrapLanguageModel` hands a middleware's `wrapGenerate` or `wrapStream`: v4 in `ai` 7,
 * v3 in `ai` 6, v2 in `ai` 5.
 */
type WrapArguments<Key extends 'wrapGenerate' | 'wrapStream'> =
  | Wrap<LanguageModelV4Middleware, Key>
  | Wrap<LanguageModelV3Middleware, Key>
  | Wrap<LanguageModelV2Middleware, Key>;

/** True when `ai` 5 hands this middleware a v2 model (and v2 parameters). */
function fromV2<Key extends 'wrapGenerate' | 'wrapStream'>(
  step: WrapArguments<Key>,
): step is Wrap<LanguageModelV2Middleware, Key> {
  return isSpecV2((step as { model: { specificationVersion?: unknown } }).model);
}

/**
 * A step of a v4 model, or of a v3 one (`ai` 6), read as v4: a v3 step's parameters and
 * results have v4's shapes wherever metering reads them, as `withBudget` reads a v3 model.
 */
function asV4<Key extends 'wrapGenerate' | 'wrapStream'>(
  step: Wrap<LanguageModelV4Middleware, Key> | Wrap<LanguageModelV3Middleware, Key>,
): Wrap<LanguageModelV4Middleware, Key> {
  return step as Wrap<LanguageModelV4Middleware, Key>;
}

/**
 * The call a middleware is handed, made on a view of `model` that watches its `fetch` when
 * it is a provider's model (see `watchStatuses`), so a real error status is released.
 * `wrapLanguageModel` (`ai` 5, 6 and 7) hands `doGenerate` and `doStream` that call `model`
 * with the step's `params` and do nothing else: `call` does the same on the view. Any other
 * model (another middleware's below this one) is called as handed, unwatched.
 */
function watched<Model extends object, Result>(
  model: Model,
  handed: () => PromiseLike<Result>,
  call: (model: Model) => PromiseLike<Result>,
): { readonly call: () => PromiseLike<Result>; readonly statuses: AnsweredStatuses } {
  const view = watchStatuses(model);
  return {
    call: view.watching ? () => view.call(call) : handed,
    statuses: view.statuses,
  };
}

/** The middleware of settings already checked (shared by `withBudget`). */
export function middlewareOf(settings: MeterSettings): BudgetMiddleware {
  return {
    // The one version every supported `wrapLanguageModel` takes (see `BudgetMiddleware`).
    specificationVersion: 'v3',
    budget: settings.budget,
    // `model` is the one this middleware wraps: inside other middleware in either order,
    // its provider and model id are the ones that are called and priced.
    // `ai` 5 hands a v2 model and v2 parameters: the step is read as v2 (or refused, see
    // `refuseUnmeteredV2`). `ai` 6 hands a v3 model, whose parameters and results have the
    // shapes of v4 wherever metering reads them: read as v4, as `withBudget` reads one.
    // The middleware's `doGenerate` sends the parameters `transformParams` returned: the
    // copy is marked there (so the steps below send it as it is, with no copy of their own),
    // and a second listing of this middleware finds its mark first.
    transformParams: async ({ params }: { params: object }) => {
      refuseMeteredTwice(settings.layer, params, 'refuse');
      return markedCopy(settings.layer, params);
    },
    wrapGenerate: (step: WrapArguments<'wrapGenerate'>) => {
      if (fromV2(step)) {
        const { call, statuses } = watched(step.model, step.doGenerate, (model) =>
          model.doGenerate(step.params),
        );
        return meterGenerate(step.model, step.params, settings, call, STEP_READING_V2, statuses);
      }
      const v4 = asV4(step);
      const { call, statuses } = watched(v4.model, v4.doGenerate, (model) =>
        model.doGenerate(v4.params),
      );
      return meterGenerate(v4.model, v4.params, settings, call, STEP_READING_V4, statuses);
    },
    wrapStream: (step: WrapArguments<'wrapStream'>) => {
      if (fromV2(step)) {
        const { call, statuses } = watched(step.model, step.doStream, (model) =>
          model.doStream(step.params),
        );
        return meterStream(step.model, step.params, settings, call, STEP_READING_V2, statuses);
      }
      const v4 = asV4(step);
      const { call, statuses } = watched(v4.model, v4.doStream, (model) =>
        model.doStream(v4.params),
      );
      return meterStream(v4.model, v4.params, settings, call, STEP_READING_V4, statuses);
    },
    // One function per member serves the three versions' signatures, an intersection
    // TypeScript cannot check a single function against: `fromV2` narrows what each call
    // receives.
  } as unknown as BudgetMiddleware;
}

/**
 * A middleware for `wrapLanguageModel({ model, middleware })` of `ai` 7, 6 or 5 (no cast:
 * see `BudgetMiddleware`) that holds every model step
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
