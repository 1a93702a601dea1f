/**
 * The hold of one step: a slot in the model's line (when calls in flight are limited),
 * the plan, the `unbounded-output` event, and the reservation, with the kit's rules.
 */
import type { Budget } from '@tollgate/core';
import { announceUnboundedOutput, type Held, holdPlan } from '@tollgate/core/adapter';
import type { MeteringLayer } from './metering-layer.js';
import type { StepPlan, StepSettings } from './plan-step.js';

/** Everything a metered step needs besides its own options. */
export interface MeterSettings extends StepSettings {
  readonly budget: Budget;
  /**
   * `'allow'` lets a feature Tollgate cannot price through (Anthropic fast mode, a per-use
   * tool): the step is still held and charged its tokens; only the feature's fee is not.
   */
  readonly unmetered: 'refuse' | 'allow';
  /** A reported cost differing from the table's by more than this share emits `price-drift`. */
  readonly priceDriftShare: number;
  /**
   * Waits for a free slot when calls in flight are limited; resolves its release, or rejects
   * with the signal's reason as soon as `signal` aborts.
   */
  readonly acquireSlot: ((signal?: AbortSignal) => Promise<() => void>) | undefined;
  /** This layer, as a refusal of a model metered twice names it. */
  readonly layer: MeteringLayer;
}

/** A held step, with the slot it occupies. */
export interface HeldStep extends Held<StepPlan> {
  readonly settings: MeterSettings;
  /** Frees the slot: called once, by whichever ending comes (see `endStep`, `releaseStep`). */
  readonly releaseSlot: () => void;
}

/**
 * Waits for a slot, plans and holds one step; throws (slot freed) to refuse it. The step's
 * `signal` ends either wait (for a slot, or for money in wait mode) at once when it aborts:
 * the step then rejects with the signal's reason and holds nothing.
 */
export function holdStep(
  planOf: (settings: StepSettings) => StepPlan,
  settings: MeterSettings,
  signal: AbortSignal | undefined,
): Promise<HeldStep> {
  // Without a line there is no slot to wait for: no extra promise on every step.
  if (settings.acquireSlot === undefined) return holdInSlot(planOf, settings, signal, noSlot);
  return settings
    .acquireSlot(signal)
    .then((releaseSlot) => holdInSlot(planOf, settings, signal, releaseSlot));
}

function noSlot(): void {}

async function holdInSlot(
  planOf: (settings: StepSettings) => StepPlan,
  settings: MeterSettings,
  signal: AbortSignal | undefined,
  releaseSlot: () => void,
): Promise<HeldStep> {
  try {
    const plan = planOf(settings);
    announceUnboundedOutput(settings.budget, plan);
    const held = await holdPlan(settings.budget, plan, signal);
    return { plan: held.plan, reservation: held.reservation, settings, releaseSlot };
  } catch (error) {
    releaseSlot();
    throw error;
  }
}
