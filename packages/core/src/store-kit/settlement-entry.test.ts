import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { picoToUsd, usdToPico } from '../money.js';
import type { ChainLink, SettleCommand } from '../store.js';
import { chainLink } from '../testing/chain-link.js';
import { chainIds, overrunUsd, settlementAmounts, settlementEntry } from './settlement-entry.js';

const link = (id: string) => chainLink(id);

const command = (chain: readonly ChainLink[]): SettleCommand => ({
  reservationId: 'r1',
  chain,
  reservedUsd: '0.5',
  actualUsd: '0.7',
  now: 1_000,
  details: { model: 'gpt-4o' },
});

describe('settlement amounts', () => {
  it('record what went past the hold, and "0" when nothing did', () => {
    expect(settlementAmounts(500n, 700n)).toEqual({
      reservedUsd: '0.0000000005',
      actualUsd: '0.0000000007',
      overrunUsd: '0.0000000002',
    });
    expect(overrunUsd(700n, 500n)).toBe('0');
    expect(overrunUsd(700n, 700n)).toBe('0');
  });

  it('make the overrun exactly max(actual - reserved, 0)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        (reserved, actual) => {
          const amounts = settlementAmounts(reserved, actual);
          const overrun = usdToPico(amounts.overrunUsd);
          expect(overrun).toBe(actual > reserved ? actual - reserved : 0n);
          expect(usdToPico(amounts.reservedUsd)).toBe(reserved);
          expect(amounts.actualUsd).toBe(picoToUsd(actual));
        },
      ),
    );
  });
});

describe('settlementEntry', () => {
  it("builds the ledger entry from the command: leaf, chain, details and the command's time", () => {
    const chain = Object.freeze([link('leaf'), link('root')]);
    const entry = settlementEntry(command(chain), settlementAmounts(5n, 7n), { late: true });
    expect(entry).toEqual({
      reservationId: 'r1',
      budgetId: 'leaf',
      chain: ['leaf', 'root'],
      reservedUsd: '0.000000000005',
      actualUsd: '0.000000000007',
      overrunUsd: '0.000000000002',
      settledAt: 1_000,
      late: true,
      details: { model: 'gpt-4o' },
    });
    const recorded = settlementEntry(command(chain), settlementAmounts(5n, 7n), {
      late: false,
      settledAt: 500,
    });
    expect(recorded).toMatchObject({ settledAt: 500, late: false });
  });
});

describe('chainIds', () => {
  it('works out the ids of a frozen chain once', () => {
    const chain = Object.freeze([link('a'), link('b')]);
    const ids = chainIds(chain);
    expect(ids).toEqual(['a', 'b']);
    expect(Object.isFrozen(ids)).toBe(true);
    expect(chainIds(chain)).toBe(ids);
  });

  it('reads a chain that is not frozen every time, so a change to it shows', () => {
    const chain = [link('a')];
    expect(chainIds(chain)).toEqual(['a']);
    chain.push(link('b'));
    expect(chainIds(chain)).toEqual(['a', 'b']);
  });
});
