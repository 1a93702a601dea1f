/**
 * A tool loop on Amazon Bedrock through the AI SDK (`@ai-sdk/amazon-bedrock`, Converse and
 * ConverseStream) against the loopback provider: each step is held before its request and
 * settled at its exact Bedrock price, and a step the budget cannot cover is refused unsent.
 */
import type { Budget, LedgerEntry } from '@tollgate/core';
import { countInputTokens, type MockRequest } from '@tollgate/mock-provider';
import { computeCost } from '@tollgate/pricing';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { BudgetExceededError, withBudget } from './index.js';
import { bedrockFor, budgetFor, useMockProvider } from './test-support/providers.js';
import { collect, expectToolLoopHalted, only, weather } from './test-support/scenarios.js';

const mock = useMockProvider();

/** The mock's output for every answer here: its default length, under `maxOutputTokens`. */
const OUTPUT_TOKENS = 16;
const maxOutputTokens = 50;
const oslo = { toolCall: { name: 'weather', arguments: { city: 'Oslo' } } };
/** The prompt, bound and tool of every weather loop here. */
const weatherLoop = { prompt: 'Weather in Oslo?', maxOutputTokens, tools: weather };

/**
 * What the mock billed one request: its input counted by the mock's own rule (tools, tool
 * calls and tool results included) and its default output, at Bedrock's rates.
 */
async function mockCost(model: string, request: MockRequest) {
  const inputTokens = await countInputTokens('converse', request.body);
  const usage = {
    inputTokens,
    outputTokens: OUTPUT_TOKENS,
    totalTokens: inputTokens + OUTPUT_TOKENS,
  };
  return { usage, totalUsd: computeCost({ provider: 'bedrock', model, usage }).totalUsd };
}

/** Checks each request the mock received was settled, in order, at exactly its price. */
async function expectEachStepSettledExactly(model: string, budget: Budget): Promise<void> {
  // The ledger reads newest first; the requests are logged oldest first.
  const entries: LedgerEntry[] = (await budget.ledger()).reverse();
  const requests = mock().requests;
  expect(entries).toHaveLength(requests.length);
  for (const [index, request] of requests.entries()) {
    const entry = entries[index];
    expect(entry?.actualUsd).toBe((await mockCost(model, request)).totalUsd);
    expect(entry?.details.partial).toBeUndefined();
    expect(Number(entry?.reservedUsd)).toBeGreaterThanOrEqual(Number(entry?.actualUsd));
  }
  expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: requests.length });
}

/** The step's conversation reached the mock: the tool's call, then its result. */
function expectToolResultSent(request: MockRequest | undefined): void {
  expect(request?.body).toMatchObject({
    toolConfig: { tools: [{ toolSpec: { name: 'weather' } }] },
    messages: [
      { role: 'user' },
      { role: 'assistant', content: [{ toolUse: { name: 'weather', input: { city: 'Oslo' } } }] },
      { role: 'user', content: [{ toolResult: { content: [{ text: 'sunny in Oslo' }] } }] },
    ],
  });
}

describe.each([
  ['Amazon Nova', 'amazon.nova-lite-v1:0'],
  ['Claude through an inference profile', 'us.anthropic.claude-haiku-4-5-20251001-v1:0'],
])('%s', (_name, modelId) => {
  const model = () => bedrockFor(mock())(modelId);

  /** The hold of a loop's first step (streamed or not), learned on a budget with room. */
  async function firstStepHold(stream: boolean): Promise<string> {
    const probe = budgetFor('bedrock-probe');
    mock().script({ respond: oslo });
    const options = {
      model: withBudget(model(), { budget: probe }),
      ...weatherLoop,
      stopWhen: stepCountIs(1),
    };
    if (stream) await streamText(options).consumeStream();
    else await generateText(options);
    await probe.flush();
    const hold = (await only(probe.ledger())).reservedUsd;
    mock().reset();
    return hold;
  }

  /** Checks a two-step loop: a tool call, then text, each step priced from the mock's usage. */
  async function expectTwoStepsSettled(
    result: { steps: ReadonlyArray<{ finishReason: string; usage: { raw?: unknown } }> },
    budget: Budget,
  ): Promise<void> {
    expect(result.steps.map((step) => step.finishReason)).toEqual(['tool-calls', 'stop']);
    const requests = mock().requests;
    expect(requests.map((request) => request.path)).toEqual([
      `/model/${encodeURIComponent(modelId)}/converse`,
      `/model/${encodeURIComponent(modelId)}/converse`,
    ]);
    // The usage each step reports is the mock's, tools and the tool result counted.
    for (const [index, step] of result.steps.entries()) {
      const request = requests[index] as MockRequest;
      expect(step.usage.raw).toMatchObject((await mockCost(modelId, request)).usage);
    }
    await expectEachStepSettledExactly(modelId, budget);
  }

  test('generateText with a tool call: one hold per step, each settled at its exact price', async () => {
    const budget = budgetFor('bedrock-loop');
    mock().script({ respond: oslo });
    const result = await generateText({
      model: withBudget(model(), { budget }),
      ...weatherLoop,
      stopWhen: stepCountIs(5),
    });
    expect(result.steps[0]?.toolResults[0]).toMatchObject({ output: 'sunny in Oslo' });
    expectToolResultSent(mock().requests[1]);
    await expectTwoStepsSettled(result, budget);
  });

  test('generateText with the first step forced to a tool (toolChoice any) is metered the same', async () => {
    const budget = budgetFor('bedrock-forced');
    const clock = tool({ inputSchema: z.object({}), execute: async () => '12:00' });
    const result = await generateText({
      model: withBudget(model(), { budget }),
      prompt: 'What time is it?',
      maxOutputTokens,
      tools: { clock },
      prepareStep: ({ stepNumber }) => ({ toolChoice: stepNumber === 0 ? 'required' : 'auto' }),
      stopWhen: stepCountIs(5),
    });
    expect(mock().requests[0]?.body).toMatchObject({ toolConfig: { toolChoice: { any: {} } } });
    expect(result.steps[0]?.toolResults[0]).toMatchObject({ toolName: 'clock', output: '12:00' });
    await expectTwoStepsSettled(result, budget);
  });

  test('a budget that covers only the first step refuses the second before its request', async () => {
    const firstHold = await firstStepHold(false);
    // Exactly that much: the first step fits; the second holds more (the call and its result).
    const budget = budgetFor('bedrock-one-step', firstHold);
    mock().script({ respond: oslo });
    const finished: number[] = [];
    const error = await generateText({
      model: withBudget(model(), { budget }),
      ...weatherLoop,
      stopWhen: stepCountIs(5),
      onStepFinish: (step) => {
        finished.push(step.stepNumber);
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ code: 'BUDGET_EXCEEDED', budgetId: budget.id });
    const refused = error as BudgetExceededError;
    expect(Number(refused.requestedUsd)).toBeGreaterThan(Number(firstHold));
    expect(finished).toEqual([0]);
    expect(mock().requests).toHaveLength(1);
    await expectEachStepSettledExactly(modelId, budget);
  });

  test('a tool loop the budget cannot finish is halted before the step it cannot cover', async () => {
    await expectToolLoopHalted(model, (limit) => budgetFor('bedrock-halt', limit), mock());
  });

  test('streamText over ConverseStream: the tool use passes through, each step settled from its finish part', async () => {
    mock().script({ respond: oslo });
    const plain = streamText({
      model: model(),
      ...weatherLoop,
      stopWhen: stepCountIs(5),
    });
    const plainTypes = (await collect(plain.fullStream)).map((part) => part.type);
    mock().reset();

    const budget = budgetFor('bedrock-stream-loop');
    mock().script({ respond: oslo });
    const result = streamText({
      model: withBudget(model(), { budget }),
      ...weatherLoop,
      stopWhen: stepCountIs(5),
    });
    const parts = await collect(result.fullStream);
    expect(parts.map((part) => part.type)).toEqual(plainTypes);
    expect(plainTypes).toEqual(
      expect.arrayContaining(['tool-input-start', 'tool-input-delta', 'tool-call', 'tool-result']),
    );
    const call = parts.find((part) => part.type === 'tool-call');
    expect(call).toMatchObject({ toolName: 'weather', input: { city: 'Oslo' } });
    expect(parts.filter((part) => part.type === 'finish-step')).toHaveLength(2);
    const requests = mock().requests;
    expect(requests.map((request) => request.path)).toEqual([
      `/model/${encodeURIComponent(modelId)}/converse-stream`,
      `/model/${encodeURIComponent(modelId)}/converse-stream`,
    ]);
    expectToolResultSent(requests[1]);
    await budget.flush();
    await expectEachStepSettledExactly(modelId, budget);
  });

  test('streamText: the step the budget cannot cover ends the loop with an error part, unsent', async () => {
    const firstHold = await firstStepHold(true);
    const budget = budgetFor('bedrock-stream-one-step', firstHold);
    mock().script({ respond: oslo });
    const errors: unknown[] = [];
    const result = streamText({
      model: withBudget(model(), { budget }),
      ...weatherLoop,
      stopWhen: stepCountIs(5),
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    const parts = await collect(result.fullStream);
    const errorPart = parts.find((part) => part.type === 'error');
    expect(errorPart?.type === 'error' && errorPart.error).toBeInstanceOf(BudgetExceededError);
    expect(errors).toEqual([errorPart?.type === 'error' ? errorPart.error : undefined]);
    expect(parts.filter((part) => part.type === 'finish-step')).toHaveLength(1);
    expect(mock().requests).toHaveLength(1);
    await budget.flush();
    await expectEachStepSettledExactly(modelId, budget);
  });
});
