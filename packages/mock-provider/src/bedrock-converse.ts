import { type ConverseToolUse, chooseConverseToolUse } from './converse-tool-use.js';
import { isRecord } from './count-input-tokens.js';
import { argumentPieces, type Exchange, planOutput, readCount, sendJson } from './exchange.js';
import { mergeUsage, overrideNumber } from './merge-usage.js';
import { EventStream, type SseMessage } from './sse.js';

/** Converse usage: `inputTokens` excludes the cache reads and writes, counted beside it. */
interface ConverseUsage extends Record<string, unknown> {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  cacheReadInputTokens: number;
  cacheWriteInputTokens: number;
}

/**
 * Bedrock Converse: `POST /model/{id}/converse` answers one JSON body, and
 * `/model/{id}/converse-stream` streams `messageStart`, the content block's events,
 * `contentBlockStop`, `messageStop` and `metadata` (with the usage) in AWS event-stream
 * framing. The output is bounded by `inferenceConfig.maxTokens`; scripted usage uses
 * Converse's own keys (`{ cacheReadInputTokens: 100 }`). A scripted or forced tool call is
 * a `toolUse` block (`stopReason: 'tool_use'`), see {@link chooseConverseToolUse}.
 */
export async function handleBedrockConverse(exchange: Exchange): Promise<void> {
  const { body } = exchange;
  const config = isRecord(body.inferenceConfig) ? body.inferenceConfig : {};
  const output = planOutput(exchange, readCount(config, 'maxTokens'));
  const usage = converseUsage(exchange, await exchange.countInput('converse'), output.tokens);
  const toolUse = chooseConverseToolUse(exchange);
  const stopReason =
    toolUse !== undefined ? 'tool_use' : output.truncated ? 'max_tokens' : 'end_turn';
  if (body.stream !== true) {
    const block =
      toolUse === undefined
        ? { text: output.text }
        : { toolUse: { toolUseId: toolUse.toolUseId, name: toolUse.name, input: toolUse.input } };
    await sendJson(exchange, 200, {
      output: { message: { role: 'assistant', content: [block] } },
      stopReason,
      usage,
      metrics: { latencyMs: exchange.latencyMs },
    });
    return;
  }
  const stream = await EventStream.open(exchange, {
    event: 'modelStreamErrorException',
    data: { error: { message: exchange.respond.error?.message ?? 'The model stream failed.' } },
  });
  if (stream === undefined) return;
  const messages: SseMessage[] = [
    { event: 'messageStart', data: { role: 'assistant' } },
    ...(toolUse === undefined ? textEvents(output.pieces) : toolUseEvents(toolUse)),
    { event: 'contentBlockStop', data: { contentBlockIndex: 0 } },
    { event: 'messageStop', data: { stopReason } },
    { event: 'metadata', data: { usage, metrics: { latencyMs: exchange.latencyMs } } },
  ];
  for (const message of messages) {
    if (!(await stream.send(message))) return;
  }
  await stream.finish();
}

/** A text block streams as deltas only: Converse sends no `contentBlockStart` for text. */
function textEvents(pieces: readonly string[]): SseMessage[] {
  return pieces.map((text) => ({
    event: 'contentBlockDelta',
    data: { contentBlockIndex: 0, delta: { text } },
  }));
}

/** A tool use opens with its id and name, then streams its input JSON in text pieces. */
function toolUseEvents(toolUse: ConverseToolUse): SseMessage[] {
  const start = { toolUse: { toolUseId: toolUse.toolUseId, name: toolUse.name } };
  return [
    { event: 'contentBlockStart', data: { contentBlockIndex: 0, start } },
    ...argumentPieces(toolUse.json).map((input) => ({
      event: 'contentBlockDelta',
      data: { contentBlockIndex: 0, delta: { toolUse: { input } } },
    })),
  ];
}

/** The call's usage: counted input less scripted cache tokens, unless `inputTokens` is scripted. */
function converseUsage(exchange: Exchange, counted: number, outputTokens: number): ConverseUsage {
  const override = exchange.respond.usage;
  const read = overrideNumber(override, 'cacheReadInputTokens') ?? 0;
  const write = overrideNumber(override, 'cacheWriteInputTokens') ?? 0;
  const input = overrideNumber(override, 'inputTokens') ?? Math.max(0, counted - read - write);
  const merged = mergeUsage(
    {
      inputTokens: input,
      outputTokens,
      totalTokens: 0,
      cacheReadInputTokens: read,
      cacheWriteInputTokens: write,
    },
    override,
  );
  const total = overrideNumber(override, 'totalTokens');
  merged.totalTokens =
    total ??
    merged.inputTokens +
      merged.outputTokens +
      merged.cacheReadInputTokens +
      merged.cacheWriteInputTokens;
  return merged;
}
