import { isUsd, TollgateError } from '@tollgate/core';
import type { ResponseObserver } from '@tollgate/core/adapter';
import { chargingObserver } from '@tollgate/core/testing';
import { defaultPricing, usagePricer } from '@tollgate/pricing';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { CallContext } from './call-context.js';
import { ChatObserver } from './chat-observer.js';
import { ResponsesObserver } from './responses-observer.js';

const context: CallContext = {
  provider: 'openai',
  model: 'gpt-4o',
  encoding: 'o200k_base',
  requestedTier: undefined,
  heldInputTokens: 100,
  searchesPerRequest: 0,
  outputBound: { perChoice: 16_384, total: 16_384 },
};

/** The observer with the kit's pricing step, as the kit settles it. */
const charging = (observer: ResponseObserver) =>
  chargingObserver(observer, usagePricer(defaultPricing(), 'openai', 'gpt-4o'), 'gpt-4o');

const count = fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, Number.NaN, null), fc.string());
const usage = fc.oneof(
  fc.anything(),
  fc.record(
    {
      prompt_tokens: count,
      completion_tokens: count,
      input_tokens: count,
      output_tokens: count,
      prompt_tokens_details: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);
// Stream events as a provider (or a broken proxy) might send them: well-formed chunks with odd
// usage, other shapes, and text that is not JSON at all.
const data = fc
  .oneof(
    fc.record(
      {
        choices: fc.oneof(fc.constant([]), fc.anything()),
        usage: fc.oneof(fc.constant(null), usage),
        service_tier: fc.anything(),
        model: fc.anything(),
      },
      { requiredKeys: [] },
    ),
    fc.record(
      {
        type: fc.constantFrom(
          'response.created',
          'response.output_text.delta',
          'response.completed',
          'response.failed',
          'error',
        ),
        delta: fc.anything(),
        response: fc.oneof(
          fc.anything(),
          fc.record(
            { usage, service_tier: fc.anything(), output: fc.anything() },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  )
  .map((value) => JSON.stringify(value) ?? 'undefined');
const event = fc.record({
  event: fc.oneof(fc.constant(null), fc.string()),
  data: fc.oneof(data, fc.string(), fc.constant('[DONE]')),
});

it.each([
  ['chat', () => charging(new ChatObserver(context, true))],
  ['responses', () => charging(new ResponsesObserver(context))],
] as const)(
  'the %s observer takes any stream and any body, and prices a valid amount or refuses with a typed error',
  (_name, make) => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 12 }),
        fc.constantFrom('complete', 'interrupted'),
        fc.anything(),
        (events, how, body) => {
          const observer = make();
          for (const item of events) {
            const verdict = observer.event(item);
            if (typeof verdict !== 'boolean') expect(verdict).toEqual({ cut: ',"usage":null' });
          }
          expect(priced(() => observer.end(how))).toBe(true);
          expect(priced(() => make().json(body))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  },
);

/** A charge with a valid amount, or a Tollgate error (the kit then charges the hold): never anything else. */
function priced(charge: () => { costUsd: string }): boolean {
  try {
    return isUsd(charge().costUsd);
  } catch (error) {
    return TollgateError.isInstance(error);
  }
}
