/**
 * How a step of a v2 model (`ai` 5, `@ai-sdk/*` 2) is metered: refused unsent when its
 * provider's v2 usage is not read here, held on its options in v4 shapes, and charged
 * from its usage read into the provider's own shape.
 */
import { USAGE_SHAPE_V2 } from './malformed-result.js';
import type { StepReading } from './meter-step.js';
import { planViewV2 } from './plan-view-v2.js';
import {
  type LanguageModelV2CallOptions,
  type LanguageModelV2GenerateResult,
  type LanguageModelV2StreamPart,
  refuseUnmeteredV2,
} from './spec-v2.js';
import { finishedOutcomeV2, generatedOutcomeV2 } from './usage-v2.js';

type FinishV2 = Extract<LanguageModelV2StreamPart, { type: 'finish' }>;

/** The reading of v2 steps. */
export const STEP_READING_V2: StepReading<
  LanguageModelV2CallOptions,
  LanguageModelV2GenerateResult
> = {
  planView(name, options, settings) {
    refuseUnmeteredV2(name, settings);
    return planViewV2(options, name.provider);
  },
  generated: (plan, result, webSearches) => generatedOutcomeV2(plan.route, result, webSearches),
  // The stream is a v2 model's, so its finish part is v2's (flat usage), whatever the
  // watcher's part type says.
  finished: (plan, part, webSearches) =>
    finishedOutcomeV2(plan.route, part as unknown as FinishV2, webSearches),
  usageShape: USAGE_SHAPE_V2,
};
