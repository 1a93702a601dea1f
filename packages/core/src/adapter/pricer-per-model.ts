import { describeValue, InvalidOptionsError } from '../errors.js';
import type { UsagePricer } from './types.js';

/**
 * Makes what an adapter needs per model once (its pricing step, hold step, flags): the first
 * call of a model on a given settings object (one per wrapped client) builds it with `make`,
 * and every later call of that model reuses it, one lookup per call. Key it by canonical model
 * id, so there is at most one per priced model; what was made goes when its settings object
 * does. `name` names the maker in errors. Throws `InvalidOptionsError` for a `make` that is
 * not a function, and the function it returns for settings that are not an object.
 */
export function madePerModel<Settings extends object, Made>(
  make: (settings: Settings, model: string) => Made,
  name = 'madePerModel',
): (settings: Settings, model: string) => Made {
  if (typeof make !== 'function') {
    throw new InvalidOptionsError(
      `${name}: expected a function making a model's steps, received ${describeValue(make)}`,
      [{ path: 'make', message: 'expected a function' }],
    );
  }
  const made = new WeakMap<Settings, Map<string, Made>>();
  return (settings, model) => {
    let byModel = made.get(settings);
    if (byModel === undefined) {
      if (typeof settings !== 'object' || settings === null) {
        throw new InvalidOptionsError(
          `${name}: expected the settings of one client (an object), received ${describeValue(settings)}`,
          [{ path: 'settings', message: 'expected an object' }],
        );
      }
      byModel = new Map();
      made.set(settings, byModel);
    }
    let steps = byModel.get(model);
    if (steps === undefined) {
      steps = make(settings, model);
      byModel.set(model, steps);
    }
    return steps;
  };
}

/** `madePerModel` for an adapter's pricing step alone. */
export function pricerPerModel<Settings extends object>(
  make: (settings: Settings, model: string) => UsagePricer,
): (settings: Settings, model: string) => UsagePricer {
  return madePerModel(make, 'pricerPerModel');
}
