/**
 * Gemini's `generateContent` and `streamGenerateContent?alt=sse`, as `@ai-sdk/google` and
 * Vertex AI's Gemini call them: the model in the path, `contents` with `parts`, output
 * bounded by `generationConfig.maxOutputTokens`, usage in `usageMetadata`.
 */
import { isRecord } from './count-input-tokens.js';
import { googleErrorBody } from './error-bodies.js';
import {
  argumentPieces,
  type Exchange,
  type PlannedOutput,
  planOutput,
  readCount,
  sendJson,
} from './exchange.js';
import { mergeUsage, overrideNumber } from './merge-usage.js';
import { EventStream } from './sse.js';
import { structuredText } from './structured-output.js';

interface FunctionCall {
  readonly name: string;
  readonly args: unknown;
}

type Json = Record<string, unknown>;

/** `POST .../models/{model}:generateContent` and `:streamGenerateContent`. */
export async function handleGeminiGenerate(exchange: Exchange): Promise<void> {
  const { body } = exchange;
  const config = isRecord(body.generationConfig) ? body.generationConfig : {};
  const output = planOutput(exchange, readCount(config, 'maxOutputTokens'));
  const call = chooseFunctionCall(exchange);
  const promptTokens = await exchange.countInput('gemini');
  const usage = geminiUsage(exchange, promptTokens, output.tokens);
  // Gemini ends a turn that calls a function with STOP too.
  const finishReason = output.truncated && call === undefined ? 'MAX_TOKENS' : 'STOP';
  const common = { modelVersion: String(body.model), responseId: exchange.nextId('gemini-') };
  const candidate = (parts: readonly Json[], finish?: string): Json => ({
    content: { role: 'model', parts },
    ...(finish === undefined ? {} : { finishReason: finish }),
    index: 0,
  });

  if (body.stream !== true) {
    const parts =
      call === undefined ? [{ text: replyText(exchange, output) }] : [{ functionCall: call }];
    await sendJson(exchange, 200, {
      candidates: [candidate(parts, finishReason)],
      usageMetadata: usage,
      ...common,
    });
    return;
  }

  const stream = await EventStream.open(exchange, {
    data: googleErrorBody(500, exchange.respond.error),
  });
  if (stream === undefined) return;
  // Every chunk carries the usage so far (prompt and the candidates sent); the last, the total.
  let sent = 0;
  const partial = (): Json => ({
    promptTokenCount: promptTokens,
    candidatesTokenCount: sent,
    totalTokenCount: promptTokens + sent,
  });
  if (call === undefined) {
    const pieces = replyPieces(exchange, output);
    const perPiece = pieces.length === 0 ? 0 : output.tokens / pieces.length;
    for (const [index, piece] of pieces.entries()) {
      sent = Math.round(perPiece * (index + 1));
      const chunk = {
        candidates: [candidate([{ text: piece }])],
        usageMetadata: partial(),
        ...common,
      };
      if (!(await stream.send({ data: chunk }))) return;
    }
  }
  const last = call === undefined ? [] : [{ functionCall: call }];
  const final = { candidates: [candidate(last, finishReason)], usageMetadata: usage, ...common };
  if (!(await stream.send({ data: final }))) return;
  await stream.finish();
}

/** `usageMetadata`: derived counts with scripted overrides; the total recomputed unless scripted. */
function geminiUsage(exchange: Exchange, promptTokens: number, candidates: number): Json {
  const override = exchange.respond.usage;
  const merged: Json = mergeUsage(
    {
      promptTokenCount: promptTokens,
      candidatesTokenCount: candidates,
      totalTokenCount: promptTokens + candidates,
      promptTokensDetails: [{ modality: 'TEXT', tokenCount: promptTokens }],
    },
    override,
  );
  if (overrideNumber(override, 'totalTokenCount') === undefined) {
    const count = (key: string): number => {
      const value = merged[key];
      return typeof value === 'number' ? value : 0;
    };
    // Thoughts and tool-use prompt tokens are outside the prompt and candidates counts.
    merged.totalTokenCount =
      count('promptTokenCount') +
      count('candidatesTokenCount') +
      count('thoughtsTokenCount') +
      count('toolUsePromptTokenCount');
  }
  return merged;
}

/** JSON for `responseMimeType: application/json` (the schema's smallest instance), else the text. */
function replyText(exchange: Exchange, output: PlannedOutput): string {
  return jsonReply(exchange) ?? output.text;
}

function replyPieces(exchange: Exchange, output: PlannedOutput): readonly string[] {
  const json = jsonReply(exchange);
  return json === undefined ? output.pieces : argumentPieces(json);
}

function jsonReply(exchange: Exchange): string | undefined {
  if (exchange.respond.text !== undefined) return undefined;
  const config = exchange.body.generationConfig;
  if (!isRecord(config) || config.responseMimeType !== 'application/json') return undefined;
  const schema = config.responseSchema ?? config.responseJsonSchema;
  return structuredText(
    schema === undefined
      ? { type: 'json_object' }
      : { type: 'json_schema', json_schema: { schema: lowerCaseTypes(schema) } },
  );
}

/** Gemini's OpenAPI subset spells types in capitals (`OBJECT`); JSON Schema in lower case. */
function lowerCaseTypes(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(lowerCaseTypes);
  if (!isRecord(schema)) return schema;
  const copy: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] =
      key === 'type' && typeof value === 'string' ? value.toLowerCase() : lowerCaseTypes(value);
  }
  return copy;
}

/**
 * A function call when scripted, or when `toolConfig` forces one (`mode: ANY`) and the
 * conversation does not already end with a function response, so a tool loop makes one
 * call and then gets a text answer.
 */
function chooseFunctionCall(exchange: Exchange): FunctionCall | undefined {
  const { body, respond } = exchange;
  const declared = declaredNames(body.tools);
  const callConfig = isRecord(body.toolConfig) ? body.toolConfig.functionCallingConfig : undefined;
  const allowed =
    isRecord(callConfig) && Array.isArray(callConfig.allowedFunctionNames)
      ? callConfig.allowedFunctionNames.filter((name): name is string => typeof name === 'string')
      : [];
  const preferred = allowed[0] ?? declared[0];
  if (respond.toolCall !== undefined && respond.toolCall !== false) {
    const scripted = respond.toolCall === true ? {} : respond.toolCall;
    const args = scripted.arguments;
    return {
      name: scripted.name ?? preferred ?? 'tool',
      args: typeof args === 'string' ? JSON.parse(args) : (args ?? {}),
    };
  }
  const contents = Array.isArray(body.contents) ? body.contents : [];
  const last = contents.at(-1);
  const parts = isRecord(last) && Array.isArray(last.parts) ? last.parts : [];
  if (parts.some((part) => isRecord(part) && part.functionResponse !== undefined)) return undefined;
  if (isRecord(callConfig) && callConfig.mode === 'ANY' && preferred !== undefined)
    return { name: preferred, args: {} };
  return undefined;
}

function declaredNames(tools: unknown): string[] {
  const names: string[] = [];
  for (const tool of Array.isArray(tools) ? tools : []) {
    const declarations = isRecord(tool) ? tool.functionDeclarations : undefined;
    for (const declaration of Array.isArray(declarations) ? declarations : []) {
      if (isRecord(declaration) && typeof declaration.name === 'string')
        names.push(declaration.name);
    }
  }
  return names;
}
