/**
 * A local upper bound of a Messages request's input tokens, with no tokenizer.
 *
 * Why bytes bound tokens: Claude's tokenizer is a byte-pair tokenizer. Every token it emits
 * stands for a run of one or more bytes of the UTF-8 text, and the runs of a text do not
 * overlap, so a text of `n` bytes is at most `n` tokens, whatever the vocabulary. We measure
 * the JSON serialisation of the whole request body, which contains every text the model
 * reads (system, messages, tool_use inputs, tool_result content, tool definitions, output
 * schemas) plus keys, quotes and punctuation; JSON escaping only adds bytes. What the API
 * adds that is not in the body gets a fixed allowance:
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
 * cannot be counted, MCP servers whose tools are fetched by the API) are bounded by the
 * model's context window: a request above it is refused by the API and costs nothing.
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
 * The bound for a request body (as the SDK will send it), never above `contextWindow`.
 * One `JSON.stringify` pass; media blocks are replaced by their allowances on the way.
 */
export function boundInputTokens(body: Json, contextWindow: number): InputBound {
  let mediaTokens = 0;
  let unknownSize = body.mcp_servers !== undefined && body.mcp_servers !== null;
  // Most requests carry no media: serialise natively, and walk with a replacer only when
  // the text shows an image or a document block (JSON.stringify writes no spaces).
  let text = JSON.stringify(body);
  if (text.includes('"type":"image"') || text.includes('"type":"document"'))
    text = JSON.stringify(body, function replace(this: unknown, _key, value: unknown) {
      if (!isRecord(value)) return value;
      if (value.type === 'image') {
        mediaTokens += IMAGE_TOKENS;
        return null;
      }
      if (value.type === 'document' && isRecord(value.source)) {
        const source = value.source;
        // Text and content sources are ordinary text and blocks: let them be measured.
        if (source.type === 'text' || source.type === 'content') return value;
        const pages = source.type === 'base64' ? countPdfPages(source.data) : 0;
        if (pages === 0) unknownSize = true;
        mediaTokens += pages * PDF_PAGE_TOKENS;
        return { ...value, source: null };
      }
      return value;
    });
  if (unknownSize) return { tokens: contextWindow, capped: true };
  const messages = Array.isArray(body.messages) ? body.messages.length : 0;
  const tools = Array.isArray(body.tools) ? body.tools : [];
  let anthropicTools = 0;
  for (const tool of tools) {
    if (isRecord(tool) && typeof tool.type === 'string' && tool.type !== 'custom')
      anthropicTools += 1;
  }
  const tokens =
    Buffer.byteLength(text, 'utf8') +
    REQUEST_FRAMING_TOKENS +
    messages * MESSAGE_FRAMING_TOKENS +
    (tools.length > 0 ? TOOL_SYSTEM_PROMPT_TOKENS : 0) +
    anthropicTools * ANTHROPIC_TOOL_TOKENS +
    mediaTokens;
  return tokens >= contextWindow
    ? { tokens: contextWindow, capped: true }
    : { tokens, capped: false };
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
