export type { InputKind, TextTokenCounter } from './count-input-tokens.ts';
export {
  countInputTokens,
  countInputTokensWith,
  countTextTokens,
  loadTokenizer,
  MESSAGE_FRAMING_TOKENS,
  REPLY_PRIMING_TOKENS,
  SKIPPED_KEYS,
} from './count-input-tokens.ts';
export { countWords, loremPieces, loremText } from './lorem.ts';
export type { MockRequest, ProviderName } from './mock-request.ts';
export { embeddingVector } from './openai-embeddings.ts';
export type {
  RequestMatch,
  ScriptedError,
  ScriptedResponse,
  ScriptedToolCall,
  ScriptRule,
  UsageOverride,
} from './script-rule.ts';
export type {
  InputTokenCounter,
  MockProvider,
  MockProviderOptions,
  WaitForRequestsOptions,
} from './start-mock-provider.ts';
export { startMockProvider } from './start-mock-provider.ts';
