import { isRecord } from './count-input-tokens.js';
import { anthropicStreamErrorData } from './error-bodies.js';
import {
  argumentPieces,
  type Exchange,
  planOutput,
  readCount,
  sendJson,
  toolArguments,
} from './exchange.js';
import { mergeUsage, overrideNumber } from './merge-usage.js';
import type { UsageOverride } from './script-rule.js';
import { EventStream, type SseMessage } from './sse.js';
import { structuredText } from './structured-output.js';

interface ToolUse {
  readonly id: string;
  readonly name: string;
  readonly input: unknown;
  readonly json: string;
}

/** `POST /v1/messages` (also `?beta=true`), streaming or not. */
export async function handleAnthropicMessages(exchange: Exchange): Promise<void> {
  const { body } = exchange;
  const output = planOutput(exchange, readCount(body, 'max_tokens'));
  const counted = await exchange.countInput('messages');
  const usage = messageUsage(exchange, counted, output.tokens);
  const toolUse = chooseToolUse(exchange);
  const stopReason =
    toolUse !== undefined ? 'tool_use' : output.truncated ? 'max_tokens' : 'end_turn';
  const content =
    toolUse === undefined
      ? [{ type: 'text', text: jsonReply(exchange) ?? output.text }]
      : [{ type: 'tool_use', id: toolUse.id, name: toolUse.name, input: toolUse.input }];
  const message = {
    model: String(body.model),
    id: exchange.nextId('msg_'),
    type: 'message',
    role: 'assistant',
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    stop_details: null,
    usage,
  };

  if (body.stream !== true) {
    const { usage: _omitted, ...unmetered } = message;
    await sendJson(exchange, 200, exchange.respond.omitUsage === true ? unmetered : message);
    return;
  }

  const stream = await EventStream.open(exchange, {
    event: 'error',
    data: anthropicStreamErrorData(exchange.respond.error),
  });
  if (stream === undefined) return;
  // Every message carries an `event:` line: the SDK drops those without one.
  const event = (type: string, fields: Record<string, unknown> = {}): SseMessage => ({
    event: type,
    data: { type, ...fields },
  });
  const startUsage = {
    input_tokens: usage.input_tokens,
    cache_creation_input_tokens: usage.cache_creation_input_tokens,
    cache_read_input_tokens: usage.cache_read_input_tokens,
    cache_creation: usage.cache_creation,
    // Provisional, as the API sends: the real count arrives in message_delta.
    output_tokens: Math.min(1, output.tokens),
    service_tier: usage.service_tier,
    inference_geo: usage.inference_geo,
  };
  const messages: SseMessage[] = [
    event('message_start', {
      message: { ...message, content: [], stop_reason: null, usage: startUsage },
    }),
  ];
  if (toolUse === undefined) {
    messages.push(
      event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
      event('ping'),
      ...textPieces(exchange, output.pieces).map((piece) =>
        event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } }),
      ),
    );
  } else {
    messages.push(
      event('content_block_start', {
        index: 0,
        content_block: { type: 'tool_use', id: toolUse.id, name: toolUse.name, input: {} },
      }),
      event('ping'),
      ...argumentPieces(toolUse.json).map((piece) =>
        event('content_block_delta', {
          index: 0,
          delta: { type: 'input_json_delta', partial_json: piece },
        }),
      ),
    );
  }
  messages.push(
    event('content_block_stop', { index: 0 }),
    event('message_delta', {
      delta: { stop_reason: stopReason, stop_sequence: null },
      usage: deltaUsage(usage),
    }),
    event('message_stop'),
  );
  for (const item of messages) {
    if (!(await stream.send(item))) return;
  }
  // No `[DONE]`: Anthropic streams end after message_stop.
  await stream.finish();
}

interface AnthropicUsage extends Record<string, unknown> {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: Record<string, unknown>;
  output_tokens: number;
  service_tier: unknown;
  inference_geo: unknown;
}

/**
 * Anthropic usage: `input_tokens` excludes cache tokens, so scripted cache tokens come out
 * of the counted input unless `input_tokens` is scripted too.
 */
function messageUsage(exchange: Exchange, counted: number, outputTokens: number): AnthropicUsage {
  const override: UsageOverride | undefined = exchange.respond.usage;
  const breakdown = isRecord(override?.cache_creation) ? override.cache_creation : undefined;
  const fiveMinutes =
    typeof breakdown?.ephemeral_5m_input_tokens === 'number'
      ? breakdown.ephemeral_5m_input_tokens
      : undefined;
  const oneHour =
    typeof breakdown?.ephemeral_1h_input_tokens === 'number'
      ? breakdown.ephemeral_1h_input_tokens
      : undefined;
  const scriptedCreation = overrideNumber(override, 'cache_creation_input_tokens');
  const creation = scriptedCreation ?? (fiveMinutes ?? 0) + (oneHour ?? 0);
  const read = overrideNumber(override, 'cache_read_input_tokens') ?? 0;
  const input = overrideNumber(override, 'input_tokens') ?? Math.max(0, counted - creation - read);
  const derived: AnthropicUsage = {
    input_tokens: input,
    cache_creation_input_tokens: creation,
    cache_read_input_tokens: read,
    cache_creation: {
      // Unattributed cache writes default to the 5-minute TTL.
      ephemeral_5m_input_tokens: fiveMinutes ?? creation - (oneHour ?? 0),
      ephemeral_1h_input_tokens: oneHour ?? 0,
    },
    output_tokens: outputTokens,
    service_tier: exchange.respond.serviceTier ?? 'standard',
    inference_geo: 'global',
  };
  const merged = mergeUsage(derived, override);
  if (isRecord(merged.server_tool_use)) {
    merged.server_tool_use = {
      web_search_requests: 0,
      web_fetch_requests: 0,
      ...merged.server_tool_use,
    };
  }
  if (exchange.respond.serviceTier !== undefined)
    merged.service_tier = exchange.respond.serviceTier;
  return merged;
}

/** `message_delta.usage`: cumulative totals, without the TTL breakdown (never re-sent). */
function deltaUsage(usage: AnthropicUsage): Record<string, unknown> {
  const {
    cache_creation: _breakdown,
    service_tier: _tier,
    inference_geo: _geo,
    ...cumulative
  } = usage;
  return cumulative;
}

/** A tool_use when scripted, or forced by `tool_choice` before any tool result. */
function chooseToolUse(exchange: Exchange): ToolUse | undefined {
  const { body, respond } = exchange;
  const tools = Array.isArray(body.tools) ? body.tools.filter(isRecord) : [];
  const firstName = tools.find((tool) => typeof tool.name === 'string')?.name;
  const choice = body.tool_choice;
  const forcedName =
    isRecord(choice) && choice.type === 'tool' && typeof choice.name === 'string'
      ? choice.name
      : undefined;
  const fallbackName = forcedName ?? (typeof firstName === 'string' ? firstName : 'tool');
  const make = (
    name: string,
    args: string | Readonly<Record<string, unknown>> | undefined,
  ): ToolUse => ({ id: exchange.nextId('toolu_'), name, ...toolArguments(args) });
  if (respond.toolCall !== undefined && respond.toolCall !== false) {
    const scripted = respond.toolCall === true ? {} : respond.toolCall;
    return make(scripted.name ?? fallbackName, scripted.arguments);
  }
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const last = messages.at(-1);
  const answersTool =
    isRecord(last) &&
    Array.isArray(last.content) &&
    last.content.some((block) => isRecord(block) && block.type === 'tool_result');
  if (answersTool) return undefined;
  if (
    forcedName !== undefined ||
    (isRecord(choice) && choice.type === 'any' && typeof firstName === 'string')
  ) {
    return make(fallbackName, undefined);
  }
  return undefined;
}

/** `POST /v1/messages/count_tokens`: the same count as a message's total input. */
export async function handleAnthropicCountTokens(exchange: Exchange): Promise<void> {
  const counted = await exchange.countInput('messages');
  const scripted = overrideNumber(exchange.respond.usage, 'input_tokens');
  await sendJson(exchange, 200, { input_tokens: scripted ?? counted });
}

/**
 * JSON for `output_config.format` (or the beta `output_format`) of `json_schema`: the
 * smallest instance of the schema, unless text is scripted.
 */
function jsonReply(exchange: Exchange): string | undefined {
  if (exchange.respond.text !== undefined) return undefined;
  const { body } = exchange;
  const config = isRecord(body.output_config) ? body.output_config.format : undefined;
  return structuredText(config ?? body.output_format);
}

function textPieces(exchange: Exchange, pieces: readonly string[]): readonly string[] {
  const json = jsonReply(exchange);
  return json === undefined ? pieces : [json];
}
