/**
 * Metering twice, written once for every `ai` major: each major's tests pass their own
 * `generateText`, `wrapLanguageModel` and `defaultSettingsMiddleware`.
 */
import type { Budget } from '@tollgate/core';
import type { MockProvider } from '@tollgate/mock-provider';
import { expect } from 'vitest';
import {
  budgetMiddleware,
  InvalidOptionsError,
  type MeterableModel,
  withBudget,
} from '../index.js';

/** The functions of one `ai` major these scenarios call, as far as they call them. */
export interface AiFunctions {
  generateText(options: {
    model: never;
    prompt: string;
    maxOutputTokens: number;
  }): PromiseLike<unknown>;
  wrapLanguageModel(options: { model: never; middleware: never }): unknown;
  defaultSettingsMiddleware(options: { settings: { temperature: number } }): unknown;
}

async function expectRefusedUnsent(
  ai: AiFunctions,
  model: unknown,
  mock: MockProvider,
  budgets: Budget[],
): Promise<void> {
  await expect(
    ai.generateText({ model: model as never, prompt: 'Hi', maxOutputTokens: 5 }),
  ).rejects.toThrow(InvalidOptionsError);
  expect(mock.requests).toHaveLength(0);
  for (const budget of budgets)
    expect(await budget.status()).toMatchObject({ calls: 0, reservedUsd: '0' });
}

/**
 * Two `withBudget` layers with the major's `defaultSettingsMiddleware` between them (it
 * copies the options key by key, dropping the symbol mark, but passes the prompt on):
 * refused unsent, nothing held on either budget.
 */
export async function expectLayersAroundDefaultSettingsRefused(
  ai: AiFunctions,
  model: MeterableModel,
  budgets: { outer: Budget; inner: Budget },
  mock: MockProvider,
): Promise<void> {
  const wrapped = withBudget(
    ai.wrapLanguageModel({
      model: withBudget(model, { budget: budgets.inner }) as never,
      middleware: ai.defaultSettingsMiddleware({ settings: { temperature: 0 } }) as never,
    }) as MeterableModel,
    { budget: budgets.outer },
  );
  await expectRefusedUnsent(ai, wrapped, mock, [budgets.outer, budgets.inner]);
}

/** `withBudget` around the major's `wrapLanguageModel` with `budgetMiddleware`: refused unsent. */
export async function expectWithBudgetAroundMiddlewareRefused(
  ai: AiFunctions,
  model: MeterableModel,
  budget: Budget,
  mock: MockProvider,
): Promise<void> {
  const wrapped = withBudget(
    ai.wrapLanguageModel({
      model: model as never,
      middleware: budgetMiddleware({ budget }) as never,
    }) as MeterableModel,
    { budget },
  );
  await expectRefusedUnsent(ai, wrapped, mock, [budget]);
}
