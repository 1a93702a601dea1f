import { describe, expect, it } from 'vitest';
import { usageTokens } from '../call-usage.js';
import { InvalidOptionsError } from '../errors.js';
import { chargeUsage } from './charge-usage.js';
import type { UsagePricer } from './types.js';

const price: UsagePricer = (usage) => ({
  costUsd: String(usage.tokens.output.text),
  provider: 'p',
  model: `${usage.model}-canonical`,
  pricingVersion: 'v1',
});

describe('chargeUsage', () => {
  it('settles the priced cost with the typed tokens and how they were priced', () => {
    const tokens = usageTokens({ uncached: 5 }, { text: 2 });
    expect(chargeUsage(price, { usage: { tokens, model: 'm' } }, 'm')).toEqual({
      costUsd: '2',
      details: {
        provider: 'p',
        model: 'm-canonical',
        tokens,
        pricingVersion: 'v1',
        requestModel: 'm',
      },
    });
  });

  it('records the model and tier that answered, and the operation, only when they say something', () => {
    const tokens = usageTokens();
    const answered = chargeUsage(
      price,
      {
        usage: { tokens, model: 'm-2025', serviceTier: 'flex' },
        responseModel: 'm-2025',
        operation: 'embeddings',
      },
      'm',
    );
    expect(answered.details).toMatchObject({
      requestModel: 'm',
      responseModel: 'm-2025',
      serviceTier: 'flex',
      operation: 'embeddings',
    });
    const same = chargeUsage(price, { usage: { tokens, model: 'm' } }, 'm').details;
    expect(same).not.toHaveProperty('responseModel');
    expect(same).not.toHaveProperty('serviceTier');
    expect(same).not.toHaveProperty('operation');
  });

  it('records tool calls only when one ran, and partial only when the call ended early', () => {
    const tokens = usageTokens();
    const quiet = chargeUsage(
      price,
      {
        usage: { tokens, model: 'm', toolCalls: { webSearch: 0 } },
        partial: false,
      },
      'm',
    );
    expect(quiet.details).not.toHaveProperty('toolCalls');
    expect(quiet.details).not.toHaveProperty('partial');
    const busy = chargeUsage(
      price,
      {
        usage: { tokens, model: 'm', toolCalls: { webSearch: 0, webFetch: 2 } },
        partial: true,
      },
      'm',
    );
    expect(busy.details).toMatchObject({ toolCalls: { webSearch: 0, webFetch: 2 }, partial: true });
  });

  it('keeps plain extra token keys an observer adds (they store as they are)', () => {
    const tokens = usageTokens({ uncached: 5 }, { text: 2 });
    const extended = { ...tokens, input: { ...tokens.input, audio: 3 } };
    const charge = chargeUsage(price, { usage: { tokens: extended, model: 'm' } }, 'm');
    expect(charge.details.tokens).toEqual(extended);
  });

  it('lets a pricing failure through: the kit then charges the hold', () => {
    const failing: UsagePricer = () => {
      throw new Error('unknown model');
    };
    expect(() =>
      chargeUsage(failing, { usage: { tokens: usageTokens(), model: 'm' } }, 'm'),
    ).toThrow('unknown model');
  });

  it('refuses counts no store could keep, so the kit charges the hold instead', () => {
    const tokens = usageTokens({ uncached: 5 }, { text: 2 });
    for (const bad of [
      { ...tokens, input: { ...tokens.input, uncached: Number.NaN } },
      { ...tokens, output: { ...tokens.output, reasoning: -1 } },
      { ...tokens, extra: 10n },
      // Keys beyond the typed counts are walked like any other data the store must keep.
      { ...tokens, input: { ...tokens.input, note: () => 1 } },
      { ...tokens, output: { ...tokens.output, audio: 2n } },
    ]) {
      expect(() =>
        chargeUsage(price, { usage: { tokens: bad as typeof tokens, model: 'm' } }, 'm'),
      ).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    }
  });
});

describe('chargeUsage misuse', () => {
  it('refuses what is not a pricer or an observed usage, naming what arrived', () => {
    const observed = { usage: { tokens: usageTokens({ uncached: 1 }, { text: 1 }), model: 'm' } };
    const wrong: [unknown, unknown, RegExp][] = [
      [null, observed, /price: expected a UsagePricer function .*received null$/],
      [price, null, /observed: expected an observed usage \({ usage }\), received null$/],
      [price, {}, /observed\.usage: expected a usage object .*received undefined$/],
      [price, { usage: 'x' }, /observed\.usage: .*received "x"$/],
    ];
    for (const [pricer, given, named] of wrong) {
      const charge = () => chargeUsage(pricer as UsagePricer, given as never, 'm');
      expect(charge).toThrow(InvalidOptionsError);
      expect(charge).toThrow(/^Invalid chargeUsage arguments: /);
      expect(charge).toThrow(named);
    }
  });
});
