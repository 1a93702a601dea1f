import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SteadyMap } from './steady-map.js';

type Operation = { kind: 'set'; key: string; value: number } | { kind: 'delete'; key: string };

const key = fc.constantFrom('a', 'b', 'c', 'd', '');
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key, value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), key }),
);

describe('SteadyMap', () => {
  it('answers every query as a Map given the same operations would', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const steady = new SteadyMap<string, number>();
        const plain = new Map<string, number>();
        for (const step of operations) {
          if (step.kind === 'set') {
            expect(steady.set(step.key, step.value)).toBe(steady);
            plain.set(step.key, step.value);
          } else {
            expect(steady.delete(step.key)).toBe(plain.delete(step.key));
          }
          expect(steady.size).toBe(plain.size);
        }
        expect([...steady.entries()]).toEqual([...plain.entries()]);
        expect([...steady.keys()]).toEqual([...plain.keys()]);
        expect([...steady.values()]).toEqual([...plain.values()]);
        for (const name of ['a', 'b', 'c', 'd', '']) {
          expect(steady.has(name)).toBe(plain.has(name));
          expect(steady.get(name)).toBe(plain.get(name));
        }
      }),
    );
  });

  it('compares keys as a Map does, in the slot and in the table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom(Number.NaN, 0, -0, 1, 2)), {
          maxLength: 40,
        }),
        (operations) => {
          const steady = new SteadyMap<number, number>();
          const plain = new Map<number, number>();
          operations.forEach(([setting, key], index) => {
            if (setting) {
              steady.set(key, index);
              plain.set(key, index);
            } else {
              expect(steady.delete(key)).toBe(plain.delete(key));
            }
            for (const probe of [Number.NaN, 0, -0, 1, 2]) {
              expect(steady.has(probe)).toBe(plain.has(probe));
              expect(steady.get(probe)).toBe(plain.get(probe));
            }
          });
          expect([...steady.entries()]).toEqual([...plain.entries()]);
          expect(steady.size).toBe(plain.size);
        },
      ),
    );
  });

  it('is empty when nothing is stored, whatever it keeps for itself', () => {
    const steady = new SteadyMap<unknown, unknown>();
    expect(steady.size).toBe(0);
    expect([...steady.entries()]).toEqual([]);
    expect(steady.has(undefined)).toBe(false);
    expect(steady.get(undefined)).toBeUndefined();
  });
});
