import { isRecord } from './count-input-tokens.js';
import { openAIStreamErrorData } from './error-bodies.js';
import {
  argumentPieces,
  argumentsText,
  type Exchange,
  type PlannedOutput,
  planOutput,
  readCount,
  sendJson,
  unixSeconds,
} from './exchange.js';
import { mergeUsage, overrideNumber } from './merge-usage.js';
import { openAIServiceTier } from './openai-service-tier.js';
import { EventStream } from './sse.js';
import { structuredText } from './structured-output.js';

const SYSTEM_FINGERPRINT = 'fp_mock';

interface ToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: string;
}

/** `POST /v1/chat/completions`, streaming or not. */
export async function handleOpenAIChat(exchange: Exchange): Promise<void> {
  const { body } = exchange;
  const choiceCount = Math.max(1, readCount(body, 'n') ?? 1);
  const bound = readCount(body, 'max_completion_tokens') ?? readCount(body, 'max_tokens');
  const output = planOutput(exchange, bound);
  const toolCall = chooseToolCall(exchange);
  const promptTokens = await exchange.countInput('chat');
  const completionTokens = output.tokens * choiceCount;
  const usage = chatUsage(exchange, promptTokens, completionTokens);
  const finishReason = toolCall !== undefined ? 'tool_calls' : output.truncated ? 'length' : 'stop';
  const common = {
    id: exchange.nextId('chatcmpl-'),
    created: unixSeconds(),
    model: String(body.model),
    service_tier: openAIServiceTier(exchange),
    system_fingerprint: SYSTEM_FINGERPRINT,
  };

  if (body.stream !== true) {
    const choices = Array.from({ length: choiceCount }, (_, index) => ({
      index,
      message: {
        role: 'assistant',
        content: toolCall === undefined ? chatContent(exchange, output) : null,
        refusal: null,
        annotations: [],
        ...(toolCall === undefined
          ? {}
          : {
              tool_calls: [
                {
                  id: toolCall.id,
                  type: 'function',
                  function: { name: toolCall.name, arguments: toolCall.arguments },
                },
              ],
            }),
      },
      logprobs: null,
      finish_reason: finishReason,
    }));
    await sendJson(exchange, 200, {
      id: common.id,
      object: 'chat.completion',
      created: common.created,
      model: common.model,
      choices,
      ...(exchange.respond.omitUsage === true ? {} : { usage }),
      service_tier: common.service_tier,
      system_fingerprint: common.system_fingerprint,
    });
    return;
  }

  const streamOptions = body.stream_options;
  const includeUsage = isRecord(streamOptions) && streamOptions.include_usage === true;
  const stream = await EventStream.open(exchange, {
    data: openAIStreamErrorData(exchange.respond.error),
  });
  if (stream === undefined) return;
  // With include_usage every chunk carries `usage: null` except the final usage chunk;
  // without it the key is absent altogether.
  const chunk = (choices: unknown[]): unknown => ({
    id: common.id,
    object: 'chat.completion.chunk',
    created: common.created,
    model: common.model,
    service_tier: common.service_tier,
    system_fingerprint: common.system_fingerprint,
    choices,
    ...(includeUsage ? { usage: null } : {}),
  });
  const delta = (
    index: number,
    content: Record<string, unknown>,
    finish: string | null = null,
  ) => ({
    index,
    delta: content,
    logprobs: null,
    finish_reason: finish,
  });
  const indexes = Array.from({ length: choiceCount }, (_, index) => index);

  if (toolCall === undefined) {
    for (const index of indexes) {
      if (
        !(await stream.send({
          data: chunk([delta(index, { role: 'assistant', content: '', refusal: null })]),
        }))
      )
        return;
    }
    const pieces = chatPieces(exchange, output);
    for (const piece of pieces) {
      for (const index of indexes) {
        if (!(await stream.send({ data: chunk([delta(index, { content: piece })]) }))) return;
      }
    }
  } else {
    for (const index of indexes) {
      const opening = {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            index: 0,
            id: toolCall.id,
            type: 'function',
            function: { name: toolCall.name, arguments: '' },
          },
        ],
        refusal: null,
      };
      if (!(await stream.send({ data: chunk([delta(index, opening)]) }))) return;
      for (const piece of argumentPieces(toolCall.arguments)) {
        const argumentsDelta = { tool_calls: [{ index: 0, function: { arguments: piece } }] };
        if (!(await stream.send({ data: chunk([delta(index, argumentsDelta)]) }))) return;
      }
    }
  }
  // Usage nobody asked for rides on the last finish chunk, as Mistral and Groq send it.
  const unasked = includeUsage ? undefined : exchange.respond.streamUsage;
  const carried =
    unasked === 'usage' ? { usage } : unasked === 'x_groq' ? { x_groq: { usage } } : {};
  for (const index of indexes) {
    const finish = chunk([delta(index, {}, finishReason)]) as object;
    const last = index === indexes.length - 1;
    if (!(await stream.send({ data: last ? { ...finish, ...carried } : finish }))) return;
  }
  if (includeUsage) {
    // One usage chunk for the whole request, even with n > 1.
    if (!(await stream.send({ data: { ...(chunk([]) as object), usage } }))) return;
  }
  await stream.finish('data: [DONE]\n\n');
}

function chatUsage(
  exchange: Exchange,
  promptTokens: number,
  completionTokens: number,
): Record<string, unknown> {
  const override = exchange.respond.usage;
  const derived = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
  const merged = mergeUsage(derived, override);
  if (overrideNumber(override, 'total_tokens') === undefined) {
    merged.total_tokens = merged.prompt_tokens + merged.completion_tokens;
  }
  return merged;
}

/**
 * `response_format: json_schema | json_object` gets JSON (the smallest instance of the
 * schema, or `{}`) unless text is scripted; otherwise the planned text.
 */
function chatContent(exchange: Exchange, output: PlannedOutput): string {
  return jsonReply(exchange) ?? output.text;
}

function chatPieces(exchange: Exchange, output: PlannedOutput): readonly string[] {
  const json = jsonReply(exchange);
  return json === undefined ? output.pieces : [json];
}

function jsonReply(exchange: Exchange): string | undefined {
  if (exchange.respond.text !== undefined) return undefined;
  return structuredText(exchange.body.response_format);
}

/**
 * A tool call when scripted, or when `tool_choice` forces one (a named function or
 * `required`) and the conversation does not already end with a tool result, so that
 * `runTools` does one tool turn and then gets a text answer.
 */
function chooseToolCall(exchange: Exchange): ToolCall | undefined {
  const { body, respond } = exchange;
  const tools = Array.isArray(body.tools) ? body.tools : [];
  const firstTool = tools.find(isRecord);
  const firstName = isRecord(firstTool?.function) ? firstTool.function.name : undefined;
  const choice = body.tool_choice;
  const forcedName =
    isRecord(choice) &&
    choice.type === 'function' &&
    isRecord(choice.function) &&
    typeof choice.function.name === 'string'
      ? choice.function.name
      : undefined;
  const make = (
    name: string | undefined,
    args?: string | Readonly<Record<string, unknown>>,
  ): ToolCall => ({
    id: exchange.nextId('call_'),
    name: name ?? 'tool',
    arguments: argumentsText(args),
  });

  if (respond.toolCall !== undefined && respond.toolCall !== false) {
    const scripted = respond.toolCall === true ? {} : respond.toolCall;
    return make(
      scripted.name ?? forcedName ?? (typeof firstName === 'string' ? firstName : undefined),
      scripted.arguments,
    );
  }
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const last = messages.at(-1);
  if (isRecord(last) && last.role === 'tool') return undefined;
  if (forcedName !== undefined) return make(forcedName);
  if (choice === 'required' && typeof firstName === 'string') return make(firstName);
  return undefined;
}
