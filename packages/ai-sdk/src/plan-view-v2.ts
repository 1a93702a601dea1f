/**
 * The call options of a v2 model step as the hold reads them: in the shapes of v4. Only
 * the hold reads this view; the model below gets the options it was called with.
 *
 * What differs in v2 (`@ai-sdk/provider` 2): a provider tool is `provider-defined` (v4:
 * `provider`), and a file part's data is the bytes, a base64 string or a URL itself (v4:
 * `{ type: 'data' | 'url', ... }`). A wrapped v2 model also runs under `ai` 7, which adapts
 * v2 models itself and calls them with v2 file data. Prompt messages, text, reasoning, tool calls and
 * results, `maxOutputTokens`, `responseFormat` and `providerOptions` have the same shapes,
 * but `@ai-sdk/azure` 2's models read their options under `openai` alone, where v4's read
 * `azure` (then `openai`): the view gives them under `azure` what the model reads.
 */
import type {
  LanguageModelV4CallOptions,
  LanguageModelV4Message,
  SharedV4FileData,
} from '@ai-sdk/provider';
import type { LanguageModelV2CallOptions } from './spec-v2.js';

type V2Message = LanguageModelV2CallOptions['prompt'][number];
type V2Tool = NonNullable<LanguageModelV2CallOptions['tools']>[number];
type V4Tool = NonNullable<LanguageModelV4CallOptions['tools']>[number];

/** The options of a v2 step of `provider` in v4 shapes, copying only what differs. */
export function planViewV2(
  options: LanguageModelV2CallOptions,
  provider: string,
): LanguageModelV4CallOptions {
  const tools = options.tools;
  const providerOptions = options.providerOptions;
  return {
    ...(options as Omit<LanguageModelV2CallOptions, 'prompt' | 'tools'>),
    prompt: options.prompt.map(messageV4),
    ...(tools === undefined ? {} : { tools: tools.map(toolV4) }),
    ...(providerOptions === undefined || !provider.startsWith('azure.')
      ? {}
      : { providerOptions: azureOptionsV2(providerOptions) }),
  } as LanguageModelV4CallOptions;
}

/**
 * The options an `@ai-sdk/azure` 2 model reads, under the key v4's Azure models read: its
 * `openai` options (its `azure` ones are not read, so the hold does not read them either).
 */
function azureOptionsV2(
  providerOptions: NonNullable<LanguageModelV2CallOptions['providerOptions']>,
): LanguageModelV2CallOptions['providerOptions'] {
  const { azure: _unread, ...others } = providerOptions;
  return others.openai === undefined ? others : { ...others, azure: others.openai };
}

function toolV4(tool: V2Tool): V4Tool {
  return tool.type === 'provider-defined' ? { ...tool, type: 'provider' } : tool;
}

/** A message in v4 shapes: the same object unless it holds a file part. */
function messageV4(message: V2Message): LanguageModelV4Message {
  if (typeof message.content === 'string' || !message.content.some(isFile))
    return message as LanguageModelV4Message;
  const content = (message.content as ReadonlyArray<{ type: string }>).map((part) =>
    isFile(part) ? { ...part, data: fileDataV4(part.data) } : part,
  );
  return { ...message, content } as LanguageModelV4Message;
}

function isFile(part: { type: string }): part is { type: 'file'; data: unknown } {
  return part.type === 'file';
}

/**
 * v2 file data (bytes, base64, or a URL) as v4 says it. Data already in a `{ type }` object
 * (options a newer `ai` built in its own shapes) is kept as it is: never wrapped twice.
 */
function fileDataV4(data: unknown): SharedV4FileData {
  if (data instanceof URL) return { type: 'url', url: data };
  if (typeof data === 'string' || data instanceof Uint8Array) return { type: 'data', data };
  return data as SharedV4FileData;
}
