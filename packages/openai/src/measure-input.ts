/**
 * What a request feeds the model, gathered in one walk so it can be bounded two ways: by
 * UTF-8 bytes (no tokenizer: a byte-pair token is at least one byte, so bytes bound
 * tokens from above) or by an exact tokenizer count of the same texts.
 */

import { isRecord } from '@tollgate/core/internal';
import { dataUrlImageSize, imageTokens } from './image-tokens.js';
import type { TextCounter } from './text-tokenizer.js';

/** Tokens added once per conversation for the reply header (OpenAI's published estimate). */
export const REPLY_PRIMING_TOKENS = 3;
/** Tokens added per message: 3 for the role and separators, 1 for an optional name. */
export const MESSAGE_FRAMING_TOKENS = 4;
/** Tokens added once when function definitions are given, for the block that holds them. */
export const TOOLS_FRAMING_TOKENS = 12;

/** The input of one request, ready to be bounded. */
export interface InputMeasure {
  /** Text the model reads: message contents, names, tool definitions, schemas. */
  readonly texts: readonly string[];
  /** UTF-8 bytes of `texts`. */
  readonly textBytes: number;
  /** Tokens known without a tokenizer: framing, images, pre-tokenized inputs. */
  readonly fixedTokens: number;
  /**
   * True when part of the input cannot be measured from the request (files, audio, an
   * earlier response or conversation, server-side tools): only the context window bounds it.
   */
  readonly open: boolean;
}

type Json = Record<string, unknown>;

// Parts whose tokens the request does not show: audio, files, and (Responses) a reference to
// an item OpenAI stored, billed as input like the turns `previous_response_id` brings back.
const OPAQUE_PARTS: ReadonlySet<string> = new Set([
  'input_audio',
  'file',
  'input_file',
  'audio',
  'item_reference',
]);
// Responses tools that run on OpenAI's side and add their results to the input.
const FUNCTION_TOOLS: ReadonlySet<string> = new Set(['function', 'custom']);

class Collector {
  readonly texts: string[] = [];
  textBytes = 0;
  fixedTokens = 0;
  open = false;

  constructor(private readonly model: string) {}

  text(value: string): void {
    if (value.length === 0) return;
    this.texts.push(value);
    this.textBytes += Buffer.byteLength(value, 'utf8');
  }

  json(value: unknown): void {
    if (value !== undefined && value !== null) this.text(JSON.stringify(value));
  }

  /** Every string the model reads inside a message or item; images priced by size. */
  visit(node: unknown): void {
    if (typeof node === 'string') {
      this.text(node);
    } else if (Array.isArray(node)) {
      for (const item of node) this.visit(item);
    } else if (isRecord(node)) {
      const type = node.type;
      if (type === 'image_url' || type === 'input_image') {
        this.image(node);
        return;
      }
      if (typeof type === 'string' && OPAQUE_PARTS.has(type)) {
        this.open = true;
        return;
      }
      for (const key in node) {
        // `type` is structure; a chat `audio` reference points at audio we cannot see.
        if (key === 'type') continue;
        if (key === 'audio' && isRecord(node.audio)) {
          this.open = true;
          continue;
        }
        this.visit(node[key]);
      }
    }
  }

  image(part: Json): void {
    // Chat: { image_url: { url, detail } }; Responses: { image_url?: string, file_id?, detail }.
    const nested = isRecord(part.image_url) ? part.image_url : undefined;
    const url = nested === undefined ? part.image_url : nested.url;
    const detail = nested === undefined ? part.detail : nested.detail;
    this.fixedTokens += imageTokens(this.model, detail, dataUrlImageSize(url));
  }

  message(message: unknown): void {
    this.fixedTokens += MESSAGE_FRAMING_TOKENS;
    this.visit(message);
  }

  tools(tools: unknown): void {
    if (!Array.isArray(tools) || tools.length === 0) return;
    this.fixedTokens += TOOLS_FRAMING_TOKENS;
    for (const tool of tools) this.json(tool);
  }

  done(): InputMeasure {
    return {
      texts: this.texts,
      textBytes: this.textBytes,
      fixedTokens: this.fixedTokens,
      open: this.open,
    };
  }
}

/** `POST /chat/completions`. `model` is the canonical id (for image rules). */
export function measureChat(body: Json, model: string): InputMeasure {
  const collector = new Collector(model);
  collector.fixedTokens += REPLY_PRIMING_TOKENS;
  if (Array.isArray(body.messages)) for (const message of body.messages) collector.message(message);
  collector.tools(body.tools);
  collector.tools(body.functions);
  collector.json(body.response_format);
  if (isRecord(body.tool_choice)) collector.json(body.tool_choice);
  return collector.done();
}

/** `POST /responses`. */
export function measureResponses(body: Json, model: string): InputMeasure {
  const collector = new Collector(model);
  collector.fixedTokens += REPLY_PRIMING_TOKENS;
  if (typeof body.instructions === 'string') collector.message(body.instructions);
  if (typeof body.input === 'string') collector.message(body.input);
  else if (Array.isArray(body.input))
    for (const item of body.input) {
      if (isBareReference(item)) collector.open = true;
      else collector.message(item);
    }
  if (Array.isArray(body.tools)) {
    const functions = body.tools.filter(
      (tool) => isRecord(tool) && typeof tool.type === 'string' && FUNCTION_TOOLS.has(tool.type),
    );
    collector.tools(functions);
    if (functions.length < body.tools.length) collector.open = true;
  }
  if (isRecord(body.text)) collector.json(body.text.format);
  if (isRecord(body.tool_choice)) collector.json(body.tool_choice);
  // Earlier turns kept by OpenAI are input we cannot see.
  if (body.previous_response_id != null || body.conversation != null || body.prompt != null) {
    collector.open = true;
  }
  return collector.done();
}

/**
 * An input item that only names a stored item (`{ id }`: the SDK's `ItemReference`, whose
 * `type` is optional): its tokens are not in the request.
 */
function isBareReference(item: unknown): boolean {
  return (
    isRecord(item) &&
    item.type === undefined &&
    item.id !== undefined &&
    item.role === undefined &&
    item.content === undefined
  );
}

/** `POST /embeddings`: the inputs alone, no framing. */
export function measureEmbeddings(body: Json): InputMeasure {
  const collector = new Collector('');
  const input = body.input;
  if (typeof input === 'string') {
    collector.text(input);
  } else if (Array.isArray(input)) {
    if (input.every((item) => typeof item === 'number')) {
      collector.fixedTokens += input.length;
    } else {
      for (const item of input) {
        if (typeof item === 'string') collector.text(item);
        else if (Array.isArray(item)) collector.fixedTokens += item.length;
      }
    }
  }
  return collector.done();
}

/** Input tokens by the byte bound: no tokenizer needed. */
export function byteBound(measure: InputMeasure): number {
  return measure.fixedTokens + measure.textBytes;
}

/** Input tokens counted with the model's tokenizer. */
export function tokenizerCount(measure: InputMeasure, count: TextCounter): number {
  let total = measure.fixedTokens;
  for (const text of measure.texts) total += count(text);
  return total;
}
