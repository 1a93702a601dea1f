import fc from 'fast-check';
import { expect, it } from 'vitest';
import { DeadlineHeap } from './deadline-heap.js';

it('pops deadlines in order, whatever the order they were pushed in (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 60 }), (deadlines) => {
      const heap = new DeadlineHeap();
      for (const [index, at] of deadlines.entries()) heap.push(at, `r${index}`);
      expect(heap.size).toBe(deadlines.length);
      const popped: number[] = [];
      for (let next = heap.pop(); next !== undefined; next = heap.pop()) popped.push(next.at);
      expect(popped).toEqual([...deadlines].sort((a, b) => a - b));
      expect(heap.peek()).toBeUndefined();
    }),
  );
});
