import { describeValue, InvalidOptionsError } from '../errors.js';
import type { UsagePricer } from './types.js';

/**
 * Makes an adapter's pricing step per model once: the first call of a model on a given
 * settings object (one per wrapped client) builds it with `make`, and every later call of that
 * model reuses it. Key it by canonical model id, so there is at most one per priced model; the
 * steps go when their settings object does. Throws `InvalidOptionsError` for a `make` that is
 * not a function, and the function it returns for settings that are not an object.
 */
export function pricerPerModel<Settings extends object>(
  make: (settings: Settings, model: string) => UsagePricer,
): (settings: Settings, model: string) => UsagePricer {
  if (typeof make !== 'function') {
    throw new InvalidOptionsError(
      `pricerPerModel: expected a function making a model's pricing step, received ${describeValue(make)}`,
      [{ path: 'make', message: 'expected a function' }],
    );
  }
  const made = new WeakMap<Settings, Map<string, UsagePricer>>();
  return (settings, model) => {
    let byModel = made.get(settings);
    if (byModel === undefined) {
      if (typeof settings !== 'object' || settings === null) {
        throw new InvalidOptionsError(
          `pricerPerModel: expected the settings of one client (an object), received ${describeValue(settings)}`,
          [{ path: 'settings', message: 'expected an object' }],
        );
      }
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
