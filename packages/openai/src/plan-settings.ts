import type { Budget, Metadata } from '@tollgate/core';
import type { Pricing } from '@tollgate/pricing';
import type { AzureDeployment } from './azure-client.js';
import type { CompatibleProvider } from './provider-of-client.js';

/** The three metered endpoints. */
export type MeteredEndpoint = 'chat' | 'responses' | 'embeddings';

/** How input tokens are bounded before a call. */
export type EstimateMode = 'auto' | 'bytes' | 'tokenizer';

/** Settings shared by every call of one wrapped client. */
export interface PlanSettings {
  readonly budget: Budget;
  readonly pricing: Pricing;
  /** The price table the client's calls are priced from. */
  readonly provider: CompatibleProvider;
  readonly estimate: EstimateMode;
  readonly metadata: Metadata | undefined;
  /** See `priceDriftShare` in the adapter options. */
  readonly priceDriftShare: number;
  /** What happens to a call with paid features no table prices (see `AdapterOptions.unmetered`). */
  readonly unmetered: 'refuse' | 'allow';
  /** The deployment an `AzureOpenAI` client routes to; `undefined` for other clients. */
  readonly deployment: AzureDeployment | undefined;
}
