import { isUsd, TollgateError } from '@tollgate/core';
import { chargingObserver } from '@tollgate/core/testing';
import { defaultPricing, usagePricer } from '@tollgate/pricing';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { MessageObserver } from './message-observer.js';

const count = fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, Number.NaN, null), fc.string());
const usage = fc.oneof(
  fc.anything(),
  fc.record(
    {
      input_tokens: count,
      output_tokens: count,
      cache_read_input_tokens: count,
      cache_creation_input_tokens: count,
      cache_creation: fc.oneof(
        fc.anything(),
        fc.record({ ephemeral_5m_input_tokens: count, ephemeral_1h_input_tokens: count }),
      ),
      server_tool_use: fc.anything(),
      service_tier: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);
const names = fc.constantFrom(
  'message_start',
  'content_block_start',
  'content_block_delta',
  'content_block_stop',
  'message_delta',
  'message_stop',
  'ping',
  'error',
  'unknown_event',
);
const data = fc
  .oneof(
    fc.record(
      {
        type: names,
        message: fc.oneof(
          fc.anything(),
          fc.record({ usage, model: fc.anything() }, { requiredKeys: [] }),
        ),
        usage,
        delta: fc.anything(),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  )
  .map((value) => JSON.stringify(value) ?? 'undefined');
const event = fc.record({
  event: fc.oneof(fc.constant(null), names, fc.string()),
  data: fc.oneof(data, fc.string()),
});

it('the message observer takes any stream and any body, and prices a valid amount or refuses with a typed error', () => {
  fc.assert(
    fc.property(
      fc.array(event, { maxLength: 12 }),
      fc.constantFrom('complete', 'interrupted'),
      fc.anything(),
      (events, how, body) => {
        const make = () =>
          chargingObserver(
            new MessageObserver({ model: 'claude-haiku-4-5', maxOutputTokens: 1000 }),
            usagePricer(defaultPricing(), 'anthropic', 'claude-haiku-4-5'),
            'claude-haiku-4-5',
          );
        const observer = make();
        for (const item of events) expect(typeof observer.event(item)).toBe('boolean');
        expect(priced(() => observer.end(how))).toBe(true);
        expect(priced(() => make().json(body))).toBe(true);
      },
    ),
    { numRuns: 300 },
  );
});

/** A charge with a valid amount, or a Tollgate error (the kit then charges the hold): never anything else. */
function priced(charge: () => { costUsd: string }): boolean {
  try {
    return isUsd(charge().costUsd);
  } catch (error) {
    return TollgateError.isInstance(error);
  }
}
