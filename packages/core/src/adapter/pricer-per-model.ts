import type { UsagePricer } from './types.js';

/**
 * Makes an adapter's pricing step per model once: the first call of a model on a given
 * settings object (one per wrapped client) builds it with `make`, and every later call of that
 * model reuses it. Key it by canonical model id, so there is at most one per priced model; the
 * steps go when their settings object does.
 */
export function pricerPerModel<Settings extends object>(
  make: (settings: Settings, model: string) => UsagePricer,
): (settings: Settings, model: string) => UsagePricer {
  const made = new WeakMap<Settings, Map<string, UsagePricer>>();
  return (settings, model) => {
    let byModel = made.get(settings);
    if (byModel === undefined) {
      byModel = new Map();
      made.set(settings, byModel);
    }
    let pricer = byModel.get(model);
    if (pricer === undefined) {
      pricer = make(settings, model);
      byModel.set(model, pricer);
    }
    return pricer;
  };
}
