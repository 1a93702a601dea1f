export { AbortsAfterHeaders } from './aborts-after-headers.js';
export type { InputKind, TextTokenCounter } from './count-input-tokens.js';
export {
  countInputTokens,
  countInputTokensWith,
  countTextTokens,
  loadTokenizer,
  MESSAGE_FRAMING_TOKENS,
  REPLY_PRIMING_TOKENS,
  SKIPPED_KEYS,
} from './count-input-tokens.js';
export { countWords, loremPieces, loremText } from './lorem.js';
export type { MockRequest, ProviderName } from './mock-request.js';
export { embeddingVector } from './openai-embeddings.js';
export type {
  RequestMatch,
  ScriptedError,
  ScriptedResponse,
  ScriptedToolCall,
  ScriptRule,
  UsageOverride,
} from './script-rule.js';
export type {
  InputTokenCounter,
  MockProvider,
  MockProviderOptions,
  WaitForRequestsOptions,
} from './start-mock-provider.js';
export { startMockProvider } from './start-mock-provider.js';
