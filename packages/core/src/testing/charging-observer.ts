import { chargeUsage } from '../adapter/charge-usage.js';
import type {
  Charge,
  EventVerdict,
  ObservedUsage,
  ResponseObserver,
  ServerSentEvent,
  UsagePricer,
} from '../adapter/index.js';

/** An observer whose `json` and `end` answer what the kit settles: the priced `Charge`. */
export interface ChargingObserver {
  /** Reads a JSON body and returns the priced charge the kit would settle. */
  json(body: unknown): Charge;
  /** Passes one stream event to the observer; `false` hides it from the caller, a cut trims it. */
  event(event: ServerSentEvent): EventVerdict;
  /** `how` defaults to `complete`. */
  end(how?: 'complete' | 'interrupted'): Charge;
}

/**
 * Wraps an adapter's observer with the kit's pricing step, so a test reads the settlement
 * the kit would record for the same body or stream of a call that asked for `requestModel`.
 */
export function chargingObserver(
  observer: ResponseObserver,
  price: UsagePricer,
  requestModel: string,
): ChargingObserver {
  const charge = (observed: ObservedUsage) => chargeUsage(price, observed, requestModel);
  return {
    json: (body) => charge(observer.json(body)),
    event: (event) => observer.event(event),
    end: (how = 'complete') => charge(observer.end(how)),
  };
}
