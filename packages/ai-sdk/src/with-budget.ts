import type {
  EmbeddingModelV3,
  EmbeddingModelV4,
  LanguageModelV3,
  LanguageModelV4,
} from '@ai-sdk/provider';
import type { Budget } from '@tollgate/core';
import { type BudgetChoice, checkClient } from '@tollgate/core/adapter';
import {
  meterSettings,
  optionsParser,
  rebound,
  type WithBudgetOptions,
} from './adapter-settings.js';
import { watchStatuses } from './answered-statuses.js';
import type { MeterSettings } from './hold-step.js';
import { meterEmbed } from './meter-embed.js';
import {
  meterGenerate,
  meterStream,
  STEP_READING_V4,
  type StepOptions,
  type StepReading,
  type StepResult,
  type StreamedResult,
} from './meter-step.js';
import { markedCopy, refuseMeteredTwice } from './metering-layer.js';
import type { ModelName } from './plan-step.js';
import {
  type EmbeddingModelV2,
  isSpecV2,
  type LanguageModelV2,
  refuseUnmeteredV2,
} from './spec-v2.js';
import { STEP_READING_V2 } from './step-reading-v2.js';

/**
 * A model the adapter meters: an AI SDK language model or embedding model of
 * specification v4 (`ai` 7, `@ai-sdk/*` 4), v3 (`ai` 6, `@ai-sdk/*` 3) or v2 (`ai` 5, the
 * packages of `METERED_V2_PROVIDERS`).
 */
export type MeterableModel =
  | LanguageModelV4
  | EmbeddingModelV4
  | LanguageModelV3
  | EmbeddingModelV3
  | LanguageModelV2
  | EmbeddingModelV2<string>;

/** A wrapped model: its own type, plus its budget and a way to derive one on another budget. */
export type BudgetedModel<Model> = Model & {
  /** The budget every call of this model reserves against. */
  readonly budget: Budget;
  /**
   * The same model bound to another budget (one per plan, per user). Takes a budget,
   * `{ budget }`, or options for a new private one; the adapter options stay those given
   * to `withBudget(model, options)`.
   */
  withBudget(next: Budget | BudgetChoice): BudgetedModel<Model>;
};

type Json = Record<string, unknown>;

function isModel(value: unknown): value is MeterableModel {
  const candidate = value as Json | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    (candidate.specificationVersion === 'v4' ||
      candidate.specificationVersion === 'v3' ||
      candidate.specificationVersion === 'v2') &&
    typeof candidate.provider === 'string' &&
    typeof candidate.modelId === 'string' &&
    ((typeof candidate.doGenerate === 'function' && typeof candidate.doStream === 'function') ||
      typeof candidate.doEmbed === 'function')
  );
}

/**
 * Wraps an AI SDK model (a language model or an embedding model, of specification v4 for
 * `ai` 7, v3 for `ai` 6, or v2 for `ai` 5 from a package of `METERED_V2_PROVIDERS`) so
 * every call is held against a budget before it is sent and charged its exact cost after.
 * Returns a model of the same type (same class, same properties) with `.budget` and
 * `.withBudget(other)`; the model passed in is not changed.
 *
 * @throws InvalidOptionsError when `model` is not an AI SDK v2, v3 or v4 model or is already
 * wrapped, is a v2 model of a provider whose v2 usage is not read exactly (see
 * `METERED_V2_PROVIDERS`), or when any option is wrong (every problem listed in `issues`).
 * @example
 * const model = withBudget(openai('gpt-4.1'), { budget: plan });
 * const embedder = withBudget(openai.embedding('text-embedding-3-small'), { limitUsd: 1 });
 */
export function withBudget<Model extends MeterableModel>(
  model: Model,
  options: WithBudgetOptions,
): BudgetedModel<Model> {
  checkClient(
    model,
    isModel,
    "an AI SDK model of specification v2, v3 or v4 (openai('gpt-4.1'), openai.embedding(...))",
  );
  const settings = meterSettings(options, 'withBudget');
  if (isSpecV2(model)) refuseUnmeteredV2(model, settings);
  return budgetedModel(model, settings);
}

/** The metered `doGenerate` and `doStream` of a language model, read by `reading`. */
function meteredSteps<
  Options extends StepOptions,
  Generated extends StepResult,
  Streamed extends StreamedResult,
>(
  model: ModelName & {
    doGenerate(options: Options): PromiseLike<Generated>;
    doStream(options: Options): PromiseLike<Streamed>;
  },
  settings: MeterSettings,
  reading: StepReading<Options, Generated>,
): Json {
  return {
    // Each step is planned on the marked copy of its options the model below is sent (see
    // `markedCopy`): what the step checks is what is sent. The provider is called through a
    // view that records the real status of each response its `fetch` receives (see
    // `watchStatuses`): a real error status is released, never charged as served.
    doGenerate: (options: Options) => {
      const below = copyBelow(settings, options);
      const watched = watchStatuses(model);
      return meterGenerate(
        model,
        below,
        settings,
        () => watched.call((view) => view.doGenerate(below)),
        reading,
        watched.statuses,
      );
    },
    doStream: (options: Options) => {
      const below = copyBelow(settings, options);
      const watched = watchStatuses(model);
      return meterStream(
        model,
        below,
        settings,
        () => watched.call((view) => view.doStream(below)),
        reading,
        watched.statuses,
      );
    },
  };
}

/**
 * The marked copy of a step's options the model below is sent, once no other metering layer
 * is found around this one (its mark would be replaced by this layer's on the copy).
 */
function copyBelow<Options extends object>(settings: MeterSettings, options: Options): Options {
  refuseMeteredTwice(settings.layer, options);
  return markedCopy(settings.layer, options);
}

function budgetedModel<Model extends MeterableModel>(
  model: Model,
  settings: MeterSettings & { readonly maxConcurrency?: number | undefined },
): BudgetedModel<Model> {
  const target = model as unknown as Json;
  const metered: Json = {
    budget: settings.budget,
    withBudget: (next: unknown) =>
      budgetedModel(model, rebound(settings, optionsParser.rebind(next, settings.budget.id))),
  };
  // A v3 model takes and returns the shapes of v4 wherever metering reads them (prompt,
  // options, usage with `raw`, stream parts), so both are metered as v4; a v2 model's
  // options and usage are read by their own reading. An embedding call has the same
  // shapes in all three.
  if ('doEmbed' in model) {
    const embedder = model as unknown as EmbeddingModelV4;
    metered.doEmbed = (callOptions: Parameters<EmbeddingModelV4['doEmbed']>[0]) => {
      // Called through a view recording each real status, as a language model's steps are.
      const watched = watchStatuses(embedder);
      return meterEmbed(
        embedder,
        callOptions,
        settings,
        (below) => watched.call((view) => view.doEmbed(below)),
        watched.statuses,
      );
    };
  } else {
    Object.assign(
      metered,
      isSpecV2(model)
        ? meteredSteps(model as LanguageModelV2, settings, STEP_READING_V2)
        : meteredSteps(model as LanguageModelV4, settings, STEP_READING_V4),
    );
  }
  // A proxy keeps the model's class, getters and every other member; methods run on the
  // model itself, so classes with private fields keep working.
  // A method is bound once per key (the AI SDK reads several on every call), and again only
  // if the model's member changes.
  const bound = new Map<PropertyKey, { method: unknown; bound: unknown }>();
  return new Proxy(target, {
    get(object, key) {
      if (typeof key === 'string' && Object.hasOwn(metered, key)) return metered[key];
      const value: unknown = Reflect.get(object, key, object);
      if (typeof value !== 'function') return value;
      const known = bound.get(key);
      if (known?.method === value) return known.bound;
      const fresh = value.bind(object);
      bound.set(key, { method: value, bound: fresh });
      return fresh;
    },
    has: (object, key) =>
      (typeof key === 'string' && Object.hasOwn(metered, key)) || Reflect.has(object, key),
  }) as unknown as BudgetedModel<Model>;
}
