/** The two SDK majors every behaviour is tested against, and helpers shared by the tests. */
import Anthropic from '@anthropic-ai/sdk';
import { type Budget, type BudgetEvent, createBudget, type LedgerEntry } from '@tollgate/core';
import { recordEndings, waitForEndings } from '@tollgate/core/testing';
import { computeCost } from '@tollgate/pricing';
import AnthropicV0 from 'anthropic-sdk-v0';
import { expect } from 'vitest';
import type { AnthropicClientLike } from '../with-budget.js';

/** A constructor of either major, reduced to what the tests use. */
export interface SdkMajor {
  name: string;
  create(options: { baseURL: string; maxRetries?: number; fetch?: typeof fetch }): Anthropic;
}

export const sdkMajors: SdkMajor[] = [
  {
    name: '@anthropic-ai/sdk 1.x',
    create: (options) => new Anthropic({ apiKey: 'sk-ant-test', maxRetries: 0, ...options }),
  },
  {
    name: '@anthropic-ai/sdk 0.x',
    // The 0.x client has the same surface for everything tested; typed as 1.x for brevity.
    create: (options) =>
      new AnthropicV0({ apiKey: 'sk-ant-test', maxRetries: 0, ...options }) as unknown as Anthropic,
  },
];

/** Keeps the test's view of the client typed as the SDK's own. */
export function asClientLike(client: Anthropic): Anthropic & AnthropicClientLike {
  return client as Anthropic & AnthropicClientLike;
}

let budgets = 0;

/** A fresh budget with a unique id. */
export function freshBudget(limitUsd: string | number = '10'): Budget {
  budgets += 1;
  return createBudget({ id: `test-${budgets}`, limitUsd });
}

/** The cost computeCost gives a usage object, for comparing with the ledger. */
export function costOf(model: string, usage: unknown, batch?: boolean): string {
  return computeCost({
    provider: 'anthropic',
    model,
    usage,
    ...(batch === undefined ? {} : { batch }),
  }).totalUsd;
}

/** The only ledger entry of a budget (fails the test when there is not exactly one). */
export async function onlyEntry(budget: Budget): Promise<LedgerEntry> {
  const entries = await budget.ledger();
  if (entries.length !== 1) throw new Error(`expected 1 ledger entry, found ${entries.length}`);
  return entries[0] as LedgerEntry;
}

/** A fresh budget (a child with `ttlMs` when given) and the reservation endings it records. */
export function budgetOf(ttlMs?: number): { budget: Budget; events: BudgetEvent[] } {
  const budget = freshBudget();
  const scoped =
    ttlMs === undefined ? budget : budget.child({ id: `${budget.id}-call`, limitUsd: '10', ttlMs });
  return { budget: scoped, events: recordEndings([scoped]) };
}

/** Waits until the call has ended (nothing held), then returns its event types. */
export async function ended(budget: Budget, events: BudgetEvent[]): Promise<string[]> {
  // A call nobody awaits may not have reserved yet.
  await expect.poll(() => events.length).toBeGreaterThan(0);
  await waitForEndings(events, 10_000);
  expect((await budget.status()).reservedUsd).toBe('0');
  return events.map((event) => event.type);
}

/** The amount each reservation of a budget held, in order. */
export function holds(budget: Budget): string[] {
  const amounts: string[] = [];
  budget.on('reserved', (event) => amounts.push(event.amountUsd));
  return amounts;
}
