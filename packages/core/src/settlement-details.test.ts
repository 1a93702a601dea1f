import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usageTokens } from './call-usage.js';
import { checkBuiltDetails, checkSettlementDetails } from './settlement-details.js';

const threw = (check: () => unknown): boolean => {
  try {
    check();
    return false;
  } catch {
    return true;
  }
};

const stringField = fc.oneof(fc.constant(undefined), fc.string(), fc.integer(), fc.constant(null));

describe('checkBuiltDetails', () => {
  it('property: its one-pass check accepts exactly the details the full check accepts', () => {
    fc.assert(
      fc.property(
        fc.record({
          provider: stringField,
          model: stringField,
          pricingVersion: stringField,
          requestModel: stringField,
          responseModel: stringField,
          serviceTier: stringField,
          operation: stringField,
          partial: fc.oneof(fc.constant(undefined), fc.boolean(), fc.string()),
          capped: fc.oneof(fc.constant(undefined), fc.boolean(), fc.constant(1)),
          uncappedUsd: fc.oneof(
            fc.constant(undefined),
            fc.constant('0.25'),
            fc.constant(0.25),
            fc.constant('-1'),
            fc.constant('1e3'),
            fc.string(),
          ),
          tokens: fc.oneof(
            fc.constant(undefined),
            fc.nat().map((count) => usageTokens({ uncached: count }, { text: count })),
            fc.constant(usageTokens({ uncached: -1 })),
            fc.constant({ ...usageTokens(), extra: 1 }),
          ),
          toolCalls: fc.oneof(
            fc.constant(undefined),
            fc.constant({ webSearch: 2 }),
            fc.constant({ webSearch: 1.5 }),
          ),
        }),
        (fields) => {
          const details = Object.fromEntries(
            Object.entries(fields).filter(([, value]) => value !== undefined),
          );
          expect(threw(() => checkBuiltDetails({ ...details } as never))).toBe(
            threw(() => checkSettlementDetails({ ...details })),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
