/**
 * A local upper bound of a Messages request's input tokens, with no tokenizer.
 *
 * Why bytes bound tokens: Claude's tokenizer is a byte-pair tokenizer. Every token it emits
 * stands for a run of one or more bytes of the UTF-8 text, and the runs of a text do not
 * overlap, so a text of `n` bytes is at most `n` tokens, whatever the vocabulary. We measure
 * the JSON of the whole request body, which contains every text the model reads (system,
 * messages, tool_use inputs, tool_result content, tool definitions, output schemas) plus keys,
 * quotes and punctuation; texts read as text count their own bytes, not their JSON escapes.
 * What the API adds that is not in the body gets a fixed allowance:
 * - a few tokens per request and per message for the chat framing (role markers);
 * - the tool-use system prompt Anthropic injects when `tools` is set (at most 530 tokens in
 *   its published table, across models and `tool_choice` values);
 * - Anthropic-defined tools (`bash_*`, `text_editor_*`, `computer_*`, `web_search_*`, …)
 *   whose definitions are expanded server-side (the largest published: computer use, 735
 *   tokens plus its system prompt);
 * - images: Anthropic scales an image to fit about 1.15 megapixels (and 1568 px on its long
 *   side) and bills `width × height / 750`, so at most about 1,600 tokens an image;
 * - base64 PDFs: each page is billed as its text plus an image of the page; we count pages
 *   in the file and allow a generous amount per page.
 * Inputs whose size the request does not show (PDFs by URL or file id, PDFs whose pages
 * cannot be counted, MCP servers whose tools are fetched by the API, a thread's conversation
 * held by the API) are bounded by the model's context window: a request above it is refused
 * by the API and costs nothing.
 */
import { isRecord } from '@tollgate/core/internal';

/** Tokens allowed once per request: the system framing and the reply header. */
export const REQUEST_FRAMING_TOKENS = 32;

/** Tokens allowed per message for its role markers (the JSON punctuation already covers more). */
export const MESSAGE_FRAMING_TOKENS = 4;

/** The tool-use system prompt added when `tools` is non-empty (published maximum: 530). */
export const TOOL_SYSTEM_PROMPT_TOKENS = 600;

/** Each Anthropic-defined tool (a `type` other than `custom`), expanded server-side. */
export const ANTHROPIC_TOOL_TOKENS = 1_500;

/** One image, whatever its size or source (published rule: about 1,600 at most). */
export const IMAGE_TOKENS = 1_800;

/** One PDF page: its text plus the image of the page (published: 1,500 to 3,000 typically). */
export const PDF_PAGE_TOKENS = 5_000;

/** The bound, and whether some input could only be bounded by the context window. */
export interface InputBound {
  /** Upper bound of total input tokens (uncached, cache reads and writes together). */
  tokens: number;
  /** True when the bound is the model's context window because some input has no visible size. */
  capped: boolean;
}

type Json = Record<string, unknown>;

/**
 * The bound for a request body (as the SDK will send it), never above `contextWindow`: the
 * UTF-8 bytes of its JSON, with media blocks replaced by their allowances, plus the framing
 * allowances. The texts the model reads as text (the system prompt, message strings and text
 * blocks) count their own UTF-8 bytes and quotes, not their JSON escapes: the model reads them
 * unescaped, and measuring them needs no serialisation, which on a long prompt was most of
 * the cost of a call's hold. Everything else (tool definitions, tool calls and results,
 * documents) counts as its JSON, which is how the model reads it.
 */
export function boundInputTokens(body: Json, contextWindow: number): InputBound {
  const measure: Measure = { mediaTokens: 0, unknownSize: hasUnseenInput(body) };
  const bytes = objectBytes(body, measure, bodyField);
  if (measure.unknownSize) return { tokens: contextWindow, capped: true };
  const messages = Array.isArray(body.messages) ? body.messages.length : 0;
  const tools = Array.isArray(body.tools) ? body.tools : [];
  let anthropicTools = 0;
  for (const tool of tools) {
    if (isRecord(tool) && typeof tool.type === 'string' && tool.type !== 'custom')
      anthropicTools += 1;
  }
  const tokens =
    bytes +
    REQUEST_FRAMING_TOKENS +
    messages * MESSAGE_FRAMING_TOKENS +
    (tools.length > 0 ? TOOL_SYSTEM_PROMPT_TOKENS : 0) +
    anthropicTools * ANTHROPIC_TOOL_TOKENS +
    measure.mediaTokens;
  return tokens >= contextWindow
    ? { tokens: contextWindow, capped: true }
    : { tokens, capped: false };
}

/**
 * True when the API adds input that neither the request nor a count_tokens answer shows:
 * the tools of `mcp_servers` (listed by the API from each server, and their results fed back
 * within the call), or the conversation a `thread: { type: 'continue' }` asks the API to
 * prepend. Only the model's context window bounds it.
 */
export function hasUnseenInput(body: Json): boolean {
  if (body.mcp_servers !== undefined && body.mcp_servers !== null) return true;
  const thread = body.thread;
  return thread !== undefined && thread !== null && !(isRecord(thread) && thread.type === 'create');
}

/**
 * The bound of the tool definitions a request defers (`defer_loading: true`): left out of
 * the prompt a count_tokens answer measures, and loaded into the call's context when a tool
 * search returns them. Their JSON bytes, as the byte bound counts them.
 */
export function deferredToolTokens(tools: unknown): number {
  if (!Array.isArray(tools)) return 0;
  let tokens = 0;
  for (const tool of tools) {
    if (isRecord(tool) && tool.defer_loading === true) {
      tokens += jsonBytes(tool, { mediaTokens: 0, unknownSize: false });
    }
  }
  return tokens;
}

/** What a measure found beside bytes: media allowances, and input of no visible size. */
interface Measure {
  mediaTokens: number;
  unknownSize: boolean;
}

/** The bytes of one field's value, or `undefined` to measure it as JSON. */
type FieldBytes = (key: string, value: unknown, measure: Measure) => number | undefined;

/** A top-level field: the system prompt and the messages are walked; the rest is JSON. */
const bodyField: FieldBytes = (key, value, measure) => {
  if (key === 'messages' && Array.isArray(value)) return arrayBytes(value, measure, messageBytes);
  if (key === 'system') return contentBytes(value, measure);
  return undefined;
};

const messageField: FieldBytes = (key, value, measure) =>
  key === 'content' ? contentBytes(value, measure) : undefined;

const textBlockField: FieldBytes = (key, value) =>
  key === 'text' && typeof value === 'string' ? textBytes(value) : undefined;

function messageBytes(message: unknown, measure: Measure): number {
  return isRecord(message)
    ? objectBytes(message, measure, messageField)
    : jsonBytes(message, measure);
}

/** A string of text, or a list of blocks (a message's content, the system prompt). */
function contentBytes(content: unknown, measure: Measure): number {
  if (typeof content === 'string') return textBytes(content);
  if (Array.isArray(content)) return arrayBytes(content, measure, blockBytes);
  return jsonBytes(content, measure);
}

function blockBytes(block: unknown, measure: Measure): number {
  if (isRecord(block) && block.type === 'text') return objectBytes(block, measure, textBlockField);
  // Images, documents, tool calls and results: as JSON, media replaced by allowances.
  return jsonBytes(block, measure);
}

/** A text's own UTF-8 bytes and its two quotes: what the model reads of it, and more. */
function textBytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') + 2;
}

/** An array's JSON bytes, each item measured by `item`. */
function arrayBytes(
  items: readonly unknown[],
  measure: Measure,
  item: (value: unknown, measure: Measure) => number,
): number {
  // Brackets and the commas between items.
  let bytes = 2 + Math.max(0, items.length - 1);
  for (const value of items) bytes += value === undefined ? 4 : item(value, measure);
  return bytes;
}

/** An object's JSON bytes: each field by `field`, or as JSON when `field` leaves it. */
function objectBytes(object: Json, measure: Measure, field: FieldBytes): number {
  // An object that serialises itself is measured as what it serialises to.
  if (typeof object.toJSON === 'function') return jsonBytes(object, measure);
  let bytes = 2;
  let fields = 0;
  for (const key of Object.keys(object)) {
    const value = object[key];
    // JSON leaves these fields out.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    fields += 1;
    bytes += textBytes(key) + 1 + (field(key, value, measure) ?? jsonBytes(value, measure));
  }
  return bytes + Math.max(0, fields - 1);
}

/**
 * The UTF-8 bytes of `value` as JSON. Most values carry no media: serialised natively, and
 * walked with a replacer only when the text shows an image or a document block.
 */
function jsonBytes(value: unknown, measure: Measure): number {
  const text = JSON.stringify(value) ?? 'null';
  if (!text.includes('"type":"image"') && !text.includes('"type":"document"'))
    return Buffer.byteLength(text, 'utf8');
  const stripped = JSON.stringify(value, function replace(this: unknown, _key, item: unknown) {
    if (!isRecord(item)) return item;
    if (item.type === 'image') {
      measure.mediaTokens += IMAGE_TOKENS;
      return null;
    }
    if (item.type === 'document' && isRecord(item.source)) {
      const source = item.source;
      // Text and content sources are ordinary text and blocks: let them be measured.
      if (source.type === 'text' || source.type === 'content') return item;
      const pages = source.type === 'base64' ? countPdfPages(source.data) : 0;
      if (pages === 0) measure.unknownSize = true;
      measure.mediaTokens += pages * PDF_PAGE_TOKENS;
      return { ...item, source: null };
    }
    return item;
  });
  return Buffer.byteLength(stripped, 'utf8');
}

// A page object is `/Type /Page`; the page tree nodes are `/Type /Pages`.
const pagePattern = /\/Type\s*\/Page(?![a-zA-Z])/g;

/**
 * Pages of a base64 PDF, or 0 when they cannot be counted (not base64 text, or page
 * objects hidden in compressed object streams).
 */
export function countPdfPages(data: unknown): number {
  if (typeof data !== 'string') return 0;
  const bytes = Buffer.from(data, 'base64').toString('latin1');
  return bytes.match(pagePattern)?.length ?? 0;
}
