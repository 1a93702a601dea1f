import type { Provider } from '@tollgate/pricing';

/**
 * The wire API behind a model: it decides how the prompt is framed and usage is read.
 * `openai-*` are OpenAI's models (OpenAI, Azure OpenAI), whose tokenizers and image sizing
 * are public; `openai-compatible-*` are other providers' models on the same wire shapes;
 * `google` is Gemini's `generateContent` (Gemini API and Vertex AI); `bedrock-converse` is
 * Amazon Bedrock's Converse API.
 */
export type ProviderApi =
  | 'openai-responses'
  | 'openai-chat'
  | 'openai-embedding'
  | 'anthropic'
  // Amazon Bedrock's Converse API (`@ai-sdk/amazon-bedrock`): Claude, Nova, Llama, Mistral...
  | 'bedrock-converse'
  | 'google'
  | 'openai-compatible-chat'
  | 'openai-compatible-responses'
  | 'openai-compatible-embedding';

/** How one AI SDK provider string is priced. */
export interface ProviderRoute {
  /** The price table (`computeCost`'s provider id). */
  readonly provider: Provider;
  /** The wire API behind the provider's models: how the prompt is framed and usage read. */
  readonly api: ProviderApi;
  /** The key of this provider's `providerOptions` and `providerMetadata`. */
  readonly optionsKey: string;
}
