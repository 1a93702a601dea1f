import { isRecord } from './count-input-tokens.js';
import {
  argumentPieces,
  argumentsText,
  type Exchange,
  planOutput,
  readCount,
  sendJson,
  unixSeconds,
} from './exchange.js';
import { mergeUsage, overrideNumber } from './merge-usage.js';
import { openAIServiceTier } from './openai-service-tier.js';
import { EventStream, type SseMessage } from './sse.js';
import { structuredText } from './structured-output.js';

type OutputItem = Record<string, unknown> & { id: string };

/** `POST /v1/responses`, streaming or not. */
export async function handleOpenAIResponses(exchange: Exchange): Promise<void> {
  const { body, respond } = exchange;
  const output = planOutput(exchange, readCount(body, 'max_output_tokens'));
  const inputTokens = await exchange.countInput('responses');
  const usage = responsesUsage(exchange, inputTokens, output.tokens);
  const toolCall = chooseToolCall(exchange);
  const json = jsonReply(exchange);
  const text = json ?? output.text;
  const pieces = json === undefined ? output.pieces : [json];
  // A bound below the planned length makes the response incomplete, as the API does.
  const status = output.truncated && toolCall === undefined ? 'incomplete' : 'completed';

  const item: OutputItem =
    toolCall === undefined
      ? {
          id: exchange.nextId('msg_'),
          type: 'message',
          status,
          content: [{ type: 'output_text', annotations: [], logprobs: [], text }],
          role: 'assistant',
        }
      : {
          id: exchange.nextId('fc_'),
          type: 'function_call',
          status: 'completed',
          arguments: toolCall.arguments,
          call_id: exchange.nextId('call_'),
          name: toolCall.name,
        };
  const base = {
    id: exchange.nextId('resp_'),
    object: 'response',
    created_at: unixSeconds(),
    status,
    background: false,
    error: null,
    incomplete_details: status === 'incomplete' ? { reason: 'max_output_tokens' } : null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    max_tool_calls: body.max_tool_calls ?? null,
    model: String(body.model),
    output: [item],
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: body.previous_response_id ?? null,
    reasoning: { effort: null, summary: null },
    service_tier: openAIServiceTier(exchange),
    store: body.store ?? true,
    temperature: body.temperature ?? 1,
    text: body.text ?? { format: { type: 'text' } },
    tool_choice: body.tool_choice ?? 'auto',
    tools: body.tools ?? [],
    top_p: body.top_p ?? 1,
    truncation: body.truncation ?? 'disabled',
    usage: exchange.respond.omitUsage === true ? null : usage,
    user: null,
    metadata: body.metadata ?? {},
  };

  if (body.stream !== true) {
    await sendJson(exchange, 200, base);
    return;
  }

  let sequence = 0;
  const event = (type: string, fields: Record<string, unknown>): SseMessage => ({
    event: type,
    data: { type, ...fields, sequence_number: sequence++ },
  });
  // The error event gets its sequence number when it is built, i.e. when it is sent.
  const errorEvent: SseMessage = {
    event: 'error',
    get data() {
      return {
        type: 'error',
        code: respond.error?.code ?? 'server_error',
        message: respond.error?.message ?? 'The server had an error while processing your request.',
        param: respond.error?.param ?? null,
        sequence_number: sequence++,
      };
    },
  };
  const stream = await EventStream.open(exchange, errorEvent);
  if (stream === undefined) return;

  const pending = {
    ...base,
    status: 'in_progress',
    incomplete_details: null,
    output: [],
    usage: null,
  };
  const steps: Array<() => SseMessage> = [
    () => event('response.created', { response: pending }),
    () => event('response.in_progress', { response: pending }),
  ];
  const outputIndex = 0;
  if (toolCall === undefined) {
    const itemId = item.id;
    const part = (partText: string) => ({
      type: 'output_text',
      annotations: [],
      logprobs: [],
      text: partText,
    });
    steps.push(
      () =>
        event('response.output_item.added', {
          output_index: outputIndex,
          item: { ...item, status: 'in_progress', content: [] },
        }),
      () =>
        event('response.content_part.added', {
          item_id: itemId,
          output_index: outputIndex,
          content_index: 0,
          part: part(''),
        }),
      ...pieces.map(
        (piece) => () =>
          event('response.output_text.delta', {
            item_id: itemId,
            output_index: outputIndex,
            content_index: 0,
            delta: piece,
            logprobs: [],
          }),
      ),
      () =>
        event('response.output_text.done', {
          item_id: itemId,
          output_index: outputIndex,
          content_index: 0,
          text,
          logprobs: [],
        }),
      () =>
        event('response.content_part.done', {
          item_id: itemId,
          output_index: outputIndex,
          content_index: 0,
          part: part(text),
        }),
    );
  } else {
    steps.push(
      () =>
        event('response.output_item.added', {
          output_index: outputIndex,
          item: { ...item, status: 'in_progress', arguments: '' },
        }),
      ...argumentPieces(toolCall.arguments).map(
        (piece) => () =>
          event('response.function_call_arguments.delta', {
            item_id: item.id,
            output_index: outputIndex,
            delta: piece,
          }),
      ),
      () =>
        event('response.function_call_arguments.done', {
          item_id: item.id,
          output_index: outputIndex,
          name: toolCall.name,
          arguments: toolCall.arguments,
        }),
    );
  }
  steps.push(
    () => event('response.output_item.done', { output_index: outputIndex, item }),
    () =>
      event(status === 'incomplete' ? 'response.incomplete' : 'response.completed', {
        response: base,
      }),
  );
  for (const step of steps) {
    if (!(await stream.send(step))) return;
  }
  // The Responses API ends the stream without a `[DONE]` line.
  await stream.finish();
}

function responsesUsage(
  exchange: Exchange,
  inputTokens: number,
  outputTokens: number,
): Record<string, unknown> {
  const override = exchange.respond.usage;
  const merged = mergeUsage(
    {
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: inputTokens + outputTokens,
    },
    override,
  );
  if (overrideNumber(override, 'total_tokens') === undefined) {
    merged.total_tokens = merged.input_tokens + merged.output_tokens;
  }
  return merged;
}

/** JSON for a `text.format` of `json_schema` / `json_object`, unless text is scripted. */
function jsonReply(exchange: Exchange): string | undefined {
  if (exchange.respond.text !== undefined) return undefined;
  const text = exchange.body.text;
  return isRecord(text) ? structuredText(text.format) : undefined;
}

/** A function call when scripted, or forced by `tool_choice` before any tool output. */
function chooseToolCall(exchange: Exchange): { name: string; arguments: string } | undefined {
  const { body, respond } = exchange;
  const tools = Array.isArray(body.tools) ? body.tools.filter(isRecord) : [];
  const firstName = tools.find(
    (tool) => tool.type === 'function' && typeof tool.name === 'string',
  )?.name;
  const choice = body.tool_choice;
  const forcedName =
    isRecord(choice) && choice.type === 'function' && typeof choice.name === 'string'
      ? choice.name
      : undefined;
  const fallbackName = forcedName ?? (typeof firstName === 'string' ? firstName : 'tool');
  if (respond.toolCall !== undefined && respond.toolCall !== false) {
    const scripted = respond.toolCall === true ? {} : respond.toolCall;
    return { name: scripted.name ?? fallbackName, arguments: argumentsText(scripted.arguments) };
  }
  const input = Array.isArray(body.input) ? body.input : [];
  const last = input.at(-1);
  if (isRecord(last) && last.type === 'function_call_output') return undefined;
  if (forcedName !== undefined || (choice === 'required' && typeof firstName === 'string')) {
    return { name: fallbackName, arguments: '{}' };
  }
  return undefined;
}
