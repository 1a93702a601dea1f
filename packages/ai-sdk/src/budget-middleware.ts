import type { LanguageModelV4Middleware } from '@ai-sdk/provider';
import type { Budget } from '@tollgate/core';
import { meterSettings, type WithBudgetOptions } from './adapter-settings.js';
import type { MeterSettings } from './hold-step.js';
import { meterGenerate, meterStream } from './meter-step.js';

/** A language-model middleware that meters every step on its budget. */
export type BudgetMiddleware = LanguageModelV4Middleware & {
  /** The budget every step reserves against. */
  readonly budget: Budget;
};

/** The middleware of settings already checked (shared by `withBudget`). */
export function middlewareOf(settings: MeterSettings): BudgetMiddleware {
  return {
    specificationVersion: 'v4',
    budget: settings.budget,
    // `model` is the one this middleware wraps: inside other middleware in either order,
    // its provider and model id are the ones that are called and priced.
    wrapGenerate: ({ doGenerate, params, model }) =>
      meterGenerate(model, params, settings, doGenerate),
    wrapStream: ({ doStream, params, model }) => meterStream(model, params, settings, doStream),
  };
}

/**
 * A middleware for `wrapLanguageModel({ model, middleware })` that holds every model step
 * against a budget before its request and charges the step's exact cost after. Composes
 * with other middleware in either order: it meters the parameters it is given, as the
 * model below it will receive them.
 *
 * @throws InvalidOptionsError when any option is wrong (every problem listed in `issues`).
 * @example
 * const model = wrapLanguageModel({ model: openai('gpt-4.1'), middleware: budgetMiddleware({ budget }) });
 */
export function budgetMiddleware(options: WithBudgetOptions): BudgetMiddleware {
  return middlewareOf(meterSettings(options, 'budgetMiddleware'));
}
