/**
 * `@tollgate/anthropic`: `withBudget(new Anthropic(), { budget })` refuses a Messages call
 * that would break a limit before it is sent, and charges every call its exact cost.
 */
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
export type { Budgeted } from '@tollgate/core/adapter';
export { InvalidUsageError, UnknownModelError } from '@tollgate/pricing';
export {
  ANTHROPIC_TOOL_TOKENS,
  boundInputTokens,
  IMAGE_TOKENS,
  type InputBound,
  MESSAGE_FRAMING_TOKENS,
  PDF_PAGE_TOKENS,
  REQUEST_FRAMING_TOKENS,
  TOOL_SYSTEM_PROMPT_TOKENS,
} from './bound-input-tokens.js';
export { FREE_ENDPOINTS, UNMETERED_ENDPOINTS } from './route-request.js';
export {
  ASSUMED_TOOL_USES,
  WEB_FETCH_RESULT_TOKENS,
  WEB_SEARCH_RESULT_TOKENS,
} from './server-tools.js';
export {
  type AnthropicClientLike,
  type AnthropicMeteringOptions,
  type PrivateBudgetOptions,
  type WithBudgetOptions,
  withBudget,
} from './with-budget.js';
