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
export { UnknownModelError } from '@tollgate/pricing';
export { classifyEndpoint, type EndpointClass, FREE_WRITES } from './classify-endpoint.js';
export { imageTokens } from './image-tokens.js';
export { ASSUMED_WEB_SEARCHES } from './plan-call.js';
export type { EstimateMode, MeteredEndpoint } from './plan-settings.js';
export { type OpenAIAdapterOptions, type WithBudgetOptions, withBudget } from './with-budget.js';
