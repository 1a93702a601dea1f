export {
  Budget,
  BudgetClosedError,
  BudgetConflictError,
  BudgetExceededError,
  type BudgetStatus,
  codeOf,
  createBudget,
  InvalidAmountError,
  InvalidBudgetIdError,
  InvalidOptionsError,
  InvalidRequestError,
  StoreUnavailableError,
  TollgateError,
  type TollgateErrorCode,
  tollgateErrorOf,
  UnmeteredEndpointError,
} from '@tollgate/core';
export { UnknownModelError } from '@tollgate/pricing';
export type { AiSdkAdapterOptions, WithBudgetOptions } from './adapter-settings.js';
export { API_FRAMING, type ApiFraming } from './api-framing.js';
export {
  boundEmbeddingValues,
  boundPrompt,
  IMAGE_TOKENS,
  MESSAGE_FRAMING_TOKENS,
  PART_FRAMING_TOKENS,
  PROVIDER_TOOL_TOKENS,
  type PromptBound,
  REQUEST_FRAMING_TOKENS,
  TOOL_SYSTEM_PROMPT_TOKENS,
} from './bound-prompt.js';
export { type BudgetMiddleware, budgetMiddleware } from './budget-middleware.js';
export { ASSUMED_TOOL_USES, TOOL_RESULT_TOKENS } from './plan-step.js';
export type { ProviderApi, ProviderRoute } from './provider-route.js';
export { PROVIDER_ROUTES } from './provider-routes.js';
export { METERED_V2_PROVIDERS } from './spec-v2.js';
export { type BudgetedModel, type MeterableModel, withBudget } from './with-budget.js';
