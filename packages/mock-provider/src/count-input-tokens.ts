/**
 * Deterministic input-token accounting for the mock. The numbers are not what the real
 * providers would bill (their tokenizers and framings are private), but they are stable
 * and reproducible, so a test can compute the exact `prompt_tokens` / `input_tokens` the
 * mock will report for a request body.
 *
 * Formula (every endpoint except embeddings):
 *
 *   input = REPLY_PRIMING_TOKENS
 *         + Σ over messages (MESSAGE_FRAMING_TOKENS + Σ tokens(string leaf of the message))
 *         + Σ over tools tokens(JSON.stringify(tool))
 *
 * where `system` (Anthropic) and `instructions` (Responses) count as one more message,
 * a string `input` (Responses) is one message, and each `input` item is one message.
 * "String leaf" means every string value anywhere inside the message except those under
 * the structural or binary keys in {@link SKIPPED_KEYS} (roles, ids, types, images, audio,
 * files). `tokens()` is `gpt-tokenizer`'s o200k_base count, with special-token text
 * (e.g. `<|endoftext|>`) counted as ordinary text.
 *
 * Embeddings: Σ tokens(string input), or the length of each token-array input; no framing.
 *
 * Gemini (`gemini`): the same formula over `systemInstruction` (one message) and each item
 * of `contents`, with `tools` counted as above. Bedrock Converse (`converse`): over `system`
 * (one message) and `messages`, with the tools of `toolConfig.tools` counted as above. Gemini embeddings (`gemini-embeddings`):
 * Σ tokens(string leaf) of `content` or of each request's `content`; no framing.
 */

/** Which request shape a body has; it decides which fields are read. */
export type InputKind =
  | 'chat'
  | 'responses'
  | 'embeddings'
  | 'messages'
  | 'converse'
  | 'gemini'
  | 'gemini-embeddings';

/** Tokens added for each message (role and separators), like OpenAI's published estimate. */
export const MESSAGE_FRAMING_TOKENS = 3;

/** Tokens added once per conversational request for the assistant reply header. */
export const REPLY_PRIMING_TOKENS = 3;

/** Keys whose string values are structure or binary payloads, never counted as text. */
export const SKIPPED_KEYS: ReadonlySet<string> = new Set([
  'role',
  'type',
  'id',
  'tool_call_id',
  'call_id',
  'tool_use_id',
  'toolUseId',
  'cache_control',
  'status',
  'signature',
  'image_url',
  'input_audio',
  'file',
  'file_data',
  'source',
  'inlineData',
  'fileData',
  'thoughtSignature',
]);

/** Counts the tokens of one piece of text. */
export type TextTokenCounter = (text: string) => number;

let tokenizer: Promise<TextTokenCounter> | undefined;

/**
 * Loads the o200k_base tokenizer once (about 0.3 s on first use, then cached for the
 * process). Loaded lazily so importing this package costs nothing until a count is needed.
 */
export function loadTokenizer(): Promise<TextTokenCounter> {
  tokenizer ??= import('gpt-tokenizer/encoding/o200k_base').then((module) => {
    // Treat special-token text as plain text: a user prompt may legitimately contain it.
    const options = { disallowedSpecial: new Set<string>() };
    return (text: string) => (text.length === 0 ? 0 : module.countTokens(text, options));
  });
  return tokenizer;
}

/** The mock's token count of a piece of text (o200k_base). */
export async function countTextTokens(text: string): Promise<number> {
  const count = await loadTokenizer();
  return count(text);
}

/**
 * The input tokens the mock reports for a request body, before any scripted override.
 * For Anthropic this is the total before the cache split (`input_tokens` +
 * `cache_creation_input_tokens` + `cache_read_input_tokens`), which is also what
 * `count_tokens` returns.
 */
export async function countInputTokens(kind: InputKind, body: unknown): Promise<number> {
  const count = await loadTokenizer();
  return countInputTokensWith(count, kind, body);
}

/** {@link countInputTokens} with a caller-supplied text counter (synchronous). */
export function countInputTokensWith(
  countText: TextTokenCounter,
  kind: InputKind,
  body: unknown,
): number {
  if (!isRecord(body)) return 0;
  if (kind === 'embeddings') return countEmbeddingInput(countText, body.input);
  if (kind === 'gemini-embeddings') {
    const contents = Array.isArray(body.requests)
      ? body.requests.map((request) => (isRecord(request) ? request.content : undefined))
      : [body.content];
    let total = 0;
    for (const text of stringLeaves(contents)) total += countText(text);
    return total;
  }

  const messages: unknown[] = [];
  const systemFirst = kind === 'messages' || kind === 'converse';
  if (systemFirst && body.system !== undefined) messages.push(body.system);
  if (kind === 'gemini') {
    if (body.systemInstruction !== undefined) messages.push(body.systemInstruction);
    if (Array.isArray(body.contents)) messages.push(...body.contents);
  }
  if (kind === 'responses') {
    if (typeof body.instructions === 'string') messages.push(body.instructions);
    if (typeof body.input === 'string') messages.push(body.input);
    else if (Array.isArray(body.input)) messages.push(...body.input);
  } else if (kind !== 'gemini' && Array.isArray(body.messages)) {
    messages.push(...body.messages);
  }

  let total = REPLY_PRIMING_TOKENS;
  for (const message of messages) {
    total += MESSAGE_FRAMING_TOKENS;
    for (const text of stringLeaves(message)) total += countText(text);
  }
  const toolLists = [body.tools, body.functions, converseTools(kind, body)];
  for (const tools of toolLists) {
    if (!Array.isArray(tools)) continue;
    for (const tool of tools) total += countText(JSON.stringify(tool) ?? '');
  }
  return total;
}

/** Converse declares its tools under `toolConfig.tools`; other kinds have none there. */
function converseTools(kind: InputKind, body: Readonly<Record<string, unknown>>): unknown {
  return kind === 'converse' && isRecord(body.toolConfig) ? body.toolConfig.tools : undefined;
}

function countEmbeddingInput(countText: TextTokenCounter, input: unknown): number {
  if (typeof input === 'string') return countText(input);
  if (!Array.isArray(input)) return 0;
  // A flat number array is one pre-tokenized input.
  if (input.every((item) => typeof item === 'number')) return input.length;
  let total = 0;
  for (const item of input) {
    if (typeof item === 'string') total += countText(item);
    else if (Array.isArray(item)) total += item.length;
  }
  return total;
}

/** Every string value inside `value`, skipping {@link SKIPPED_KEYS}. */
export function stringLeaves(value: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      found.push(node);
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (isRecord(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (!SKIPPED_KEYS.has(key)) visit(child);
      }
    }
  };
  visit(value);
  return found;
}

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
