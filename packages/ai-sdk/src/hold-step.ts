/**
 * The hold of one step: a slot in the model's line (when calls in flight are limited),
 * the plan, the `unbounded-output` event, and the reservation, with the kit's rules.
 */
import type { Budget } from '@tollgate/core';
import { announceUnboundedOutput, type Held, holdPlan } from '@tollgate/core/adapter';
import type { StepPlan, StepSettings } from './plan-step.js';

/** Everything a metered step needs besides its own options. */
export interface MeterSettings extends StepSettings {
  readonly budget: Budget;
  /** `'allow'` lets calls Tollgate cannot price through, uncharged (Anthropic fast mode). */
  readonly unmetered: 'refuse' | 'allow';
  /** A reported cost differing from the table's by more than this share emits `price-drift`. */
  readonly priceDriftShare: number;
  /** Waits for a free slot when calls in flight are limited; resolves its release. */
  readonly acquireSlot: (() => Promise<() => void>) | undefined;
}

/** A held step, with the slot it occupies. */
export interface HeldStep extends Held<StepPlan> {
  readonly settings: MeterSettings;
  /** Frees the slot: called once, by whichever ending comes (see `endStep`, `releaseStep`). */
  readonly releaseSlot: () => void;
}

/** Waits for a slot, plans and holds one step; throws (slot freed) to refuse it. */
export async function holdStep(
  planOf: (settings: StepSettings) => StepPlan,
  settings: MeterSettings,
): Promise<HeldStep> {
  const releaseSlot = (await settings.acquireSlot?.()) ?? (() => {});
  try {
    const plan = planOf(settings);
    announceUnboundedOutput(settings.budget, plan);
    return { ...(await holdPlan(settings.budget, plan)), settings, releaseSlot };
  } catch (error) {
    releaseSlot();
    throw error;
  }
}
