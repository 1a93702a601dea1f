import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { usageTokens } from './call-usage.js';
import { InvalidAmountError, InvalidOptionsError } from './errors.js';
import { picoToUsd } from './money.js';
import { scriptedStore } from './test-support/scripted-store.js';

function caught(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return error;
  }
}

const cycle: Record<string, unknown> = { name: 'loop' };
cycle.self = cycle;

describe('reserve options', () => {
  it.each([
    [{ ttlMs: -1 }, 'ttlMs', /whole number of ms from 1 to 604800000, received -1/],
    [{ ttlMs: Number.NaN }, 'ttlMs', /received NaN/],
    [{ ttlMs: 1.5 }, 'ttlMs', /received 1.5/],
    [{ ttlMs: '60000' }, 'ttlMs', /received "60000"/],
    [{ ttlMs: 0 }, 'ttlMs', /received 0/],
    [{ waitTimeoutMs: -5 }, 'waitTimeoutMs', /from 0 to 3600000/],
    [{ waitingSince: Number.POSITIVE_INFINITY }, 'waitingSince', /finite number/],
    [{ waitingSince: -1 }, 'waitingSince', /from 0 \(1970\) to 8640000000000000.*received -1/],
    [{ waitingSince: 8.64e15 + 1 }, 'waitingSince', /from 0 \(1970\) to 8640000000000000/],
    [{ waitingSince: '2026-12-01' }, 'waitingSince', /received "2026-12-01"/],
    [{ onLimit: 'queue' }, 'onLimit', /'reject' or 'wait', received "queue"/],
    [{ signal: { aborted: false } }, 'signal', /an AbortSignal, received an object/],
    [{ reportRefusal: false }, 'reportRefusal', /unknown option reportRefusal/],
    [{ ttl: 5 }, 'ttl', /unknown option ttl/],
    [{ metadata: { user: 10n } }, 'metadata.user', /plain data .* received 10 \(bigint\)/],
    [{ metadata: { user: () => 'x' } }, 'metadata.user', /received a function/],
    [{ metadata: { score: Number.NaN } }, 'metadata.score', /received NaN/],
    [
      { metadata: { nested: { deep: 1 } } },
      'metadata.nested',
      /a string, finite number, boolean or null, received an object/,
    ],
    [{ metadata: cycle }, 'metadata.self', /a cycle/],
    [{ metadata: 'user-1' }, 'metadata', /an object of strings/],
    [{ metadata: { when: new Date(0) } }, 'metadata.when', /an instance of Date/],
    [
      { metadata: { thing: new (class {})() } },
      'metadata.thing',
      /plain data .* received an object/,
    ],
  ])(
    'rejects bad options (case %#), before the store is touched',
    async (options, path, message) => {
      const store = scriptedStore();
      const budget = createBudget({ id: 'checked', limitUsd: 1, store });
      const error = await budget
        .reserve('0.1', options as never)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).issues.map((issue) => issue.path)).toEqual([path]);
      expect((error as Error).message).toMatch(message);
      expect(store.calls.reserve).toBe(0);
      expect(store.calls.define).toBe(0);
    },
  );

  it('lists every problem at once, and accepts undefined fields as absent', async () => {
    const budget = createBudget({ id: 'many-problems', limitUsd: 1 });
    const error = (await budget
      .reserve('0.1', { ttlMs: -1, onLimit: 'x', extra: true } as never)
      .catch((caught: unknown) => caught)) as InvalidOptionsError;
    expect(error.issues.map((issue) => issue.path)).toEqual(['ttlMs', 'onLimit', 'extra']);
    await expect(budget.reserve('0.1', null as never)).rejects.toThrow(
      /Invalid budget.reserve options: \(value\): expected an object of options, received null/,
    );
    const reservation = await budget.reserve('0.1', {
      ttlMs: undefined,
      metadata: { user: 'u', n: 1, ok: true, none: null },
    } as never);
    expect(reservation.metadata).toEqual({ user: 'u', n: 1, ok: true, none: null });
  });
});

describe('settlement details', () => {
  it.each([
    [{ tokens: { input: 10n } }, 'tokens.input'],
    [{ tokens: { input: -1 } }, 'tokens.input'],
    [{ tokens: { input: Number.POSITIVE_INFINITY } }, 'tokens.input'],
    [{ tokens: [1, 2] }, 'tokens'],
    [{ tokens: { input: { uncached: -1 }, output: {} } }, 'tokens.input.uncached'],
    [{ tokens: { input: usageTokens().input, output: { text: 1 } } }, 'tokens.output.reasoning'],
    [{ toolCalls: 3 }, 'toolCalls'],
    [{ toolCalls: { webSearch: 1.5 } }, 'toolCalls.webSearch'],
    [{ toolCalls: { imageGeneration: 1 } }, 'toolCalls.imageGeneration'],
    [{ model: 4 }, 'model'],
    [{ partial: 'yes' }, 'partial'],
    [{ partial: true, capped: 'yes' }, 'capped'],
    [{ partial: true, capped: true, uncappedUsd: 0.5 }, 'uncappedUsd'],
    [{ partial: true, capped: true, uncappedUsd: '-0.5' }, 'uncappedUsd'],
    [{ partial: true, capped: true, uncappedUsd: '5e-1' }, 'uncappedUsd'],
    [{ metadata: { user: 1n } }, 'metadata.user'],
    [{ extra: { when: () => 1 } }, 'extra.when'],
    [{ extra: cycle }, 'extra.self'],
  ])(
    'rejects bad details (case %#) at settle, leaving the hold for a corrected settle',
    async (details, path) => {
      const store = scriptedStore();
      const budget = createBudget({ id: 'details', limitUsd: 1, store });
      const reservation = await budget.reserve('0.5');
      const error = await reservation
        .settle('0.2', details as never)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).issues.map((issue) => issue.path)).toEqual([path]);
      expect(store.calls.settle).toBe(0);
      expect(reservation.state).toBe('held');
      await reservation.settle('0.2', {
        tokens: { input: 10, webSearches: undefined },
        extra: { list: [1, 'a'] },
      } as never);
      await expect(budget.flush()).resolves.toBeUndefined();
      expect(await budget.status()).toMatchObject({ spentUsd: '0.2', calls: 1 });
    },
  );

  it('records typed tokens and tool calls as given', async () => {
    const budget = createBudget({ id: 'typed', limitUsd: 1 });
    const reservation = await budget.reserve('0.5');
    const tokens = usageTokens({ uncached: 3, cacheRead: 4 }, { text: 1, reasoning: 2 });
    await reservation.settle('0.1', { tokens, toolCalls: { webSearch: 2, webFetch: 0 } });
    expect((await budget.ledger())[0]?.details).toEqual({
      tokens,
      toolCalls: { webSearch: 2, webFetch: 0 },
    });
  });

  it('rejects details that are not an object', async () => {
    const budget = createBudget({ id: 'not-object', limitUsd: 1 });
    const reservation = await budget.reserve('0.5');
    await expect(reservation.settle('0.1', 'gpt-4o' as never)).rejects.toThrow(
      /Invalid settlement details: \(value\): expected an object, received "gpt-4o"/,
    );
  });
});

describe('clock and amounts', () => {
  it.each([
    ['a string', '2026-01-01'],
    ['NaN', Number.NaN],
    ['undefined', undefined],
  ])('rejects a clock answering %s with a typed error at the call', async (_, answer) => {
    let broken = false;
    const clock = { now: () => (broken ? answer : Date.UTC(2026, 0, 5)) as number };
    const budget = createBudget({ id: 'clock', limitUsd: 1, clock });
    const reservation = await budget.reserve('0.5');
    broken = true;
    const error = await budget.reserve('0.1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as Error).message).toMatch(
      /clock.now\(\) to return milliseconds since the epoch/,
    );
    await expect(reservation.settle('0.1')).rejects.toBeInstanceOf(InvalidOptionsError);
    expect(reservation.state).toBe('held');
    await expect(budget.status()).rejects.toBeInstanceOf(InvalidOptionsError);
    broken = false;
    expect(await reservation.settle('0.1')).toMatchObject({ actualUsd: '0.1' });
  });

  it.each([
    1e-13,
    '0.0000000000001',
    '0.0000000000009',
    '0.0000000000019',
    '1.0000000000001',
    '2.50000000000000001',
    0.1 + 0.2,
  ])(
    'refuses the limit %s, which 12 decimal places would round, instead of rounding it',
    (limitUsd) => {
      const message =
        /^Invalid (createBudget|budget\.child) options: limitUsd: expected at most 12 decimal places \(0\.000000000001 USD, the smallest amount kept\), received /;
      const error = caught(() => createBudget({ id: 'tiny', limitUsd }));
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toMatch(message);
      const parent = createBudget({ id: 'parent', limitUsd: 1 });
      const childError = caught(() => parent.child({ id: 'tiny', limitUsd }));
      expect(childError).toBeInstanceOf(InvalidOptionsError);
      expect((childError as Error).message).toMatch(message);
    },
  );

  it('keeps every limit 12 places can hold exactly as written, and refuses any further place', () => {
    fc.assert(
      fc.property(
        // Below the one-trillion cap, in pico-dollars, and places beyond the 12th (none, or
        // ending in a non-zero digit, so the amount really has them).
        fc.bigInt({ min: 0n, max: 10n ** 24n - 1n }),
        fc.option(fc.stringMatching(/^\d{0,6}[1-9]$/), { nil: undefined }),
        (pico, extra) => {
          const twelve = pico.toString().padStart(13, '0');
          const limitUsd = `${twelve.slice(0, -12)}.${twelve.slice(-12)}${extra ?? ''}`;
          const kept = caught(() => createBudget({ id: 'any', limitUsd }).limitUsd);
          if (extra === undefined) expect(kept).toBe(picoToUsd(pico));
          else expect(kept).toBeInstanceOf(InvalidOptionsError);
        },
      ),
    );
  });

  it('keeps limits that 12 places can hold, and holds and charges tiny amounts as one picodollar', async () => {
    expect(createBudget({ id: 'zero', limitUsd: 0 }).limitUsd).toBe('0');
    expect(createBudget({ id: 'pico', limitUsd: 1e-12 }).limitUsd).toBe('0.000000000001');
    expect(createBudget({ id: 'places', limitUsd: '1.0000000000010000' }).limitUsd).toBe(
      '1.000000000001',
    );
    const budget = createBudget({ id: 'amounts', limitUsd: 1 });
    const reservation = await budget.reserve(1e-13);
    expect(reservation.amountUsd).toBe('0.000000000001');
    expect(await reservation.settle('0.0000000000001')).toMatchObject({
      actualUsd: '0.000000000001',
    });
    await expect(budget.reserve('-0.1')).rejects.toBeInstanceOf(InvalidAmountError);
  });
});
