import { madePerModel, reportedCostPricer, type UsagePricer } from '@tollgate/core/adapter';
import { type BoundPricer, boundPricer, usagePricer } from '@tollgate/pricing';
import type { PlanSettings } from './plan-settings.js';
import { isChatSearchModel } from './request-bounds.js';

/** What every call on one model needs from its prices, made once per client and model. */
export interface ModelSteps {
  /** The hold step (see `boundPricer`). */
  readonly bound: BoundPricer;
  /** The pricing step of its usage, settling on a provider's reported cost. */
  readonly price: UsagePricer;
  /** A Chat search model: it searches the web once on every request. */
  readonly searchModel: boolean;
}

/** Each client's steps per canonical model id, made once: one lookup per call for all of them. */
export const stepsFor = madePerModel<PlanSettings, ModelSteps>((settings, model) => {
  const { pricing, provider, budget, priceDriftShare } = settings;
  return {
    bound: boundPricer(pricing, provider, model),
    price: reportedCostPricer(usagePricer(pricing, provider, model), {
      budget,
      provider,
      priceDriftShare,
    }),
    searchModel: isChatSearchModel(model),
  };
});
