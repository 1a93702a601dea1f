/**
 * Tool calls on Bedrock Converse: when the mock answers with a `toolUse` block (scripted,
 * or forced until a tool result comes back), in JSON and in event-stream frames, and how
 * the tools and tool results count in the input.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countInputTokens, countTextTokens } from './count-input-tokens.js';
import { argumentPieces } from './exchange.js';
import { type MockProvider, startMockProvider } from './start-mock-provider.js';
import { frameNames, frames } from './test-support/event-stream-frames.js';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const path = '/model/amazon.nova-lite-v1%3A0/converse';
const weather = {
  toolSpec: {
    name: 'weather',
    description: 'The weather in a city',
    inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } } } },
  },
};
const time = { toolSpec: { name: 'time', inputSchema: { json: { type: 'object' } } } };
const question = { role: 'user', content: [{ text: 'Weather in Oslo?' }] };

/** A Converse body offering the two tools, with the given tool choice. */
const offering = (toolChoice?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  messages: [question],
  toolConfig: { tools: [weather, time], ...(toolChoice === undefined ? {} : { toolChoice }) },
  ...extra,
});

/** The same conversation after the tool ran: its call, then its result. */
const answered = (toolChoice: Record<string, unknown>) => ({
  ...offering(toolChoice),
  messages: [
    question,
    {
      role: 'assistant',
      content: [{ toolUse: { toolUseId: 'tooluse_a1', name: 'weather', input: { city: 'Oslo' } } }],
    },
    {
      role: 'user',
      content: [{ toolResult: { toolUseId: 'tooluse_a1', content: [{ text: 'sunny in Oslo' }] } }],
    },
  ],
});

async function converse(body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${mock.url}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function converseStream(body: unknown) {
  const response = await fetch(`${mock.url}${path}-stream`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
  return frames(new Uint8Array(await response.arrayBuffer()));
}

/** The content blocks of a JSON answer. */
const contentOf = (answer: Record<string, unknown>): unknown =>
  (answer.output as { message: { content: unknown } }).message.content;

describe('Converse toolUse', () => {
  it('answers a scripted call with a toolUse block, stopReason tool_use', async () => {
    mock.script({ respond: { toolCall: { name: 'weather', arguments: { city: 'Oslo' } } } });
    const body = offering({ auto: {} });
    const answer = await converse(body);
    expect(contentOf(answer)).toEqual([
      {
        toolUse: {
          toolUseId: expect.stringMatching(/^tooluse_/),
          name: 'weather',
          input: { city: 'Oslo' },
        },
      },
    ]);
    expect(answer).toMatchObject({
      stopReason: 'tool_use',
      usage: { inputTokens: await countInputTokens('converse', body), outputTokens: 16 },
    });
  });

  it.each([
    ['toolChoice any: the first tool', { toolChoice: { any: {} } }, 'weather'],
    ['toolChoice tool: the named tool', { toolChoice: { tool: { name: 'time' } } }, 'time'],
    [
      'Claude’s tool_choice any',
      { additionalModelRequestFields: { tool_choice: { type: 'any' } } },
      'weather',
    ],
    [
      'Claude’s tool_choice tool',
      { additionalModelRequestFields: { tool_choice: { type: 'tool', name: 'time' } } },
      'time',
    ],
  ])('a forced call (%s) is answered with {} input', async (_name, forcing, tool) => {
    const { toolChoice, ...extra } = forcing as { toolChoice?: Record<string, unknown> };
    const answer = await converse(offering(toolChoice, extra));
    expect(contentOf(answer)).toEqual([
      { toolUse: { toolUseId: expect.any(String), name: tool, input: {} } },
    ]);
    expect(answer.stopReason).toBe('tool_use');
  });

  it('answers text when tools are offered but not forced, or forcing names no tool', async () => {
    for (const body of [
      offering({ auto: {} }),
      offering(),
      { messages: [question], toolConfig: { toolChoice: { any: {} } } },
      offering(undefined, { additionalModelRequestFields: { tool_choice: { type: 'auto' } } }),
    ]) {
      const answer = await converse(body);
      expect(contentOf(answer)).toEqual([{ text: expect.any(String) }]);
      expect(answer.stopReason).toBe('end_turn');
    }
  });

  it('answers a tool result with text and end_turn, even while a tool is forced', async () => {
    const answer = await converse(answered({ any: {} }));
    expect(contentOf(answer)).toEqual([{ text: expect.any(String) }]);
    expect(answer.stopReason).toBe('end_turn');
  });

  it('counts the tool definitions, the call and its result in inputTokens, not their ids', async () => {
    const body = answered({ auto: {} });
    const withoutTools = { messages: body.messages };
    const answer = await converse(body);
    const toolTokens =
      (await countTextTokens(JSON.stringify(weather))) +
      (await countTextTokens(JSON.stringify(time)));
    expect(answer.usage).toMatchObject({
      inputTokens: (await countInputTokens('converse', withoutTools)) + toolTokens,
    });
    const leaves = ['Weather in Oslo?', 'weather', 'Oslo', 'sunny in Oslo'];
    let texts = 0;
    for (const text of leaves) texts += await countTextTokens(text);
    // Priming, three messages of framing, their texts: the tool-use ids are not text.
    expect(await countInputTokens('converse', withoutTools)).toBe(3 + 3 * 3 + texts);
  });

  it('a scripted call on a request without tools is named `tool`; text that is not JSON gives {}', async () => {
    mock.script({ respond: { toolCall: { arguments: 'not json' } } });
    expect(contentOf(await converse({ messages: [question] }))).toEqual([
      { toolUse: { toolUseId: expect.any(String), name: 'tool', input: {} } },
    ]);
    mock.script({ respond: { toolCall: true } });
    expect(contentOf(await converse(offering({ tool: { name: 'time' } })))).toEqual([
      { toolUse: { toolUseId: expect.any(String), name: 'time', input: {} } },
    ]);
  });
});

describe('ConverseStream toolUse', () => {
  it('streams contentBlockStart with the toolUse, its input in deltas, then tool_use and usage', async () => {
    const args = { city: 'Oslo', units: 'metric' };
    mock.script({ respond: { toolCall: { name: 'weather', arguments: args } } });
    const body = offering({ auto: {} });
    const found = await converseStream(body);
    const pieces = argumentPieces(JSON.stringify(args));
    expect(pieces.length).toBeGreaterThan(1);
    expect(frameNames(found)).toEqual([
      'messageStart',
      'contentBlockStart',
      ...pieces.map(() => 'contentBlockDelta'),
      'contentBlockStop',
      'messageStop',
      'metadata',
    ]);
    expect(found[1]?.payload).toEqual({
      contentBlockIndex: 0,
      start: { toolUse: { toolUseId: expect.stringMatching(/^tooluse_/), name: 'weather' } },
    });
    const deltas = found.slice(2, 2 + pieces.length).map((frame) => frame.payload);
    expect(deltas).toEqual(
      pieces.map((input) => ({ contentBlockIndex: 0, delta: { toolUse: { input } } })),
    );
    expect(found.at(-3)?.payload).toEqual({ contentBlockIndex: 0 });
    expect(found.at(-2)?.payload).toEqual({ stopReason: 'tool_use' });
    expect(found.at(-1)?.payload).toMatchObject({
      usage: { inputTokens: await countInputTokens('converse', body), outputTokens: 16 },
    });
  });

  it('streams scripted text that is not JSON as it is', async () => {
    mock.script({ respond: { toolCall: { name: 'weather', arguments: '{"city":"Os' } } });
    const found = await converseStream(offering());
    const inputs = found
      .filter((frame) => frame.headers[':event-type'] === 'contentBlockDelta')
      .map((frame) => (frame.payload.delta as { toolUse: { input: string } }).toolUse.input);
    expect(inputs.join('')).toBe('{"city":"Os');
  });

  it('streams text deltas and end_turn in answer to a tool result', async () => {
    const found = await converseStream(answered({ any: {} }));
    const names = frameNames(found);
    expect(names).not.toContain('contentBlockStart');
    expect(names.filter((name) => name === 'contentBlockDelta')).toHaveLength(16);
    expect(found.at(-2)?.payload).toEqual({ stopReason: 'end_turn' });
  });

  it('breaks a tool-use stream with the scripted exception frame', async () => {
    mock.script({ respond: { toolCall: true, errorEventAfterChunks: 2 } });
    const found = await converseStream(offering());
    expect(frameNames(found)).toEqual([
      'messageStart',
      'contentBlockStart',
      'modelStreamErrorException',
    ]);
  });
});
