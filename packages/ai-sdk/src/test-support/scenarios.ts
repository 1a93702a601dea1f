/**
 * Scenarios every provider's model goes through, written once: the tests of each wire API
 * call them with their own model.
 */
import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { Budget, LedgerEntry } from '@tollgate/core';
import type { MockProvider } from '@tollgate/mock-provider';
import { generateText, stepCountIs, streamText, type ToolSet, tool } from 'ai';
import { expect } from 'vitest';
import { z } from 'zod';
import {
  BudgetExceededError,
  type MeterableModel,
  type WithBudgetOptions,
  withBudget,
} from '../index.js';

/** The only ledger entry of a budget (fails the test when there is not exactly one). */
export async function only(entries: Promise<LedgerEntry[]>): Promise<LedgerEntry> {
  const list = await entries;
  expect(list).toHaveLength(1);
  return list[0] as LedgerEntry;
}

/** Every part of a stream, in order (Array.fromAsync needs Node 22). */
export async function collect<Part>(stream: AsyncIterable<Part>): Promise<Part[]> {
  const parts: Part[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

/** A tool the model can call in a loop. */
export const weather: ToolSet = {
  weather: tool({
    description: 'The weather in a city',
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => `sunny in ${city}`,
  }),
};

/** `streamText` of any `ai` major, as far as these scenarios call it. */
export type StreamTextOf = (options: {
  model: never;
  prompt: string;
  maxOutputTokens: number;
  abortSignal: AbortSignal;
}) => { fullStream: AsyncIterable<{ type: string }> };

/**
 * Aborts a stream at its first text and checks it is charged what arrived, nothing held.
 * `stream` is the `streamText` of the model's `ai` major (`ai` 7's by default); `options`
 * name the table where the model's provider does not (an OpenAI-compatible model).
 */
export async function expectAbortedStreamCharged(
  model: MeterableModel,
  budget: Budget,
  mock: MockProvider,
  stream: StreamTextOf = streamText,
  options: Pick<WithBudgetOptions, 'provider'> = {},
): Promise<void> {
  mock.script({
    respond: { text: 'alpha beta gamma delta epsilon zeta eta theta', chunkDelayMs: 20 },
  });
  const controller = new AbortController();
  const result = stream({
    model: withBudget(model, { budget, ...options }) as never,
    prompt: 'Hi',
    maxOutputTokens: 40,
    abortSignal: controller.signal,
  });
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta') controller.abort();
  }
  await budget.flush();
  const entry = await only(budget.ledger());
  expect(entry.details.partial).toBe(true);
  expect(Number(entry.actualUsd)).toBeGreaterThan(0);
  expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
  expect((await budget.status()).reservedUsd).toBe('0');
}

/**
 * Runs a tool loop on a budget with room for about two steps and checks it is halted
 * before the step it cannot cover: a `BudgetExceededError`, one request per finished step,
 * never over the limit, nothing held.
 */
export async function expectToolLoopHalted(
  modelOf: () => LanguageModelV4,
  budgetOf: (limitUsd: string) => Budget,
  mock: MockProvider,
): Promise<void> {
  const probe = budgetOf('10');
  const call = { toolCall: { name: 'weather', arguments: { city: 'Oslo' } } };
  mock.script({ respond: call });
  await generateText({
    model: withBudget(modelOf(), { budget: probe }),
    prompt: 'Weather in Oslo?',
    maxOutputTokens: 50,
    tools: weather,
    stopWhen: stepCountIs(1),
  });
  const [first] = await probe.ledger();
  // Room for the first step's hold and a bit: the loop halts after a few steps.
  const limit = Number(first?.reservedUsd) * 2;
  const budget = budgetOf(limit.toFixed(12));
  mock.reset();
  mock.script({ respond: call, times: Number.POSITIVE_INFINITY });
  const finished: number[] = [];
  const error = await generateText({
    model: withBudget(modelOf(), { budget }),
    prompt: 'Weather in Oslo?',
    maxOutputTokens: 50,
    tools: weather,
    stopWhen: stepCountIs(100),
    onStepFinish: (step) => {
      finished.push(step.stepNumber);
    },
  }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(BudgetExceededError);
  expect(finished.length).toBeGreaterThanOrEqual(2);
  const status = await budget.status();
  expect(Number(status.spentUsd)).toBeLessThanOrEqual(limit);
  expect(status).toMatchObject({ reservedUsd: '0', calls: finished.length });
  expect(mock.requests).toHaveLength(finished.length);
}

/**
 * A call let through with `unmetered: 'allow'`: held and charged its tokens from the usage
 * like any step (only the feature's own fees go uncharged), none of it left held.
 */
export async function expectTokensCharged(budget: Budget, calls = 1): Promise<void> {
  const status = await budget.status();
  expect(status).toMatchObject({ reservedUsd: '0', calls });
  expect(Number(status.spentUsd)).toBeGreaterThan(0);
  for (const entry of await budget.ledger()) expect(entry.details.partial).toBeUndefined();
}
