import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PendingCommand, TickBatcher } from './tick-batcher.js';

/** A batcher whose `send` answers each command with its work doubled, recording each batch. */
function recording(maxBatch: number) {
  const batches: { key: string; works: number[] }[] = [];
  const batcher = new TickBatcher<number, number>({
    maxBatch,
    send(batch: PendingCommand<number, number>[], key) {
      batches.push({ key, works: batch.map((pending) => pending.work) });
      for (const pending of batch) pending.resolve(pending.work * 2);
    },
  });
  return { batcher, batches };
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('TickBatcher', () => {
  it('sends the commands of one tick together, by key, in the order they were issued', async () => {
    const { batcher, batches } = recording(10);
    const answers = Promise.all([
      batcher.enqueue(1, 'a'),
      batcher.enqueue(2, 'b'),
      batcher.enqueue(3, 'a'),
    ]);
    expect(batches).toEqual([]);
    expect(await answers).toEqual([2, 4, 6]);
    expect(batches).toEqual([
      { key: 'a', works: [1, 3] },
      { key: 'b', works: [2] },
    ]);
  });

  it('sends a group as soon as it is full and starts the next one', async () => {
    const { batcher, batches } = recording(2);
    const answers = [1, 2, 3].map((work) => batcher.enqueue(work));
    expect(batches).toEqual([{ key: '', works: [1, 2] }]);
    await Promise.all(answers);
    expect(batches).toEqual([
      { key: '', works: [1, 2] },
      { key: '', works: [3] },
    ]);
  });

  it('lets the first command of each tick claim it, and only that one', async () => {
    const { batcher } = recording(4);
    expect(batcher.claimTick()).toBe(true);
    expect(batcher.claimTick()).toBe(false);
    await nextTick();
    expect(batcher.claimTick()).toBe(true);
  });

  it('sends the commands of a later tick apart', async () => {
    const { batcher, batches } = recording(4);
    await batcher.enqueue(1);
    await batcher.enqueue(2);
    expect(batches.map((batch) => batch.works)).toEqual([[1], [2]]);
  });

  it('fails every command of a group whose send throws, and keeps working', async () => {
    let fail = true;
    const batcher = new TickBatcher<number, number>({
      maxBatch: 4,
      send(batch) {
        if (fail) throw new Error('backend gone');
        for (const pending of batch) pending.resolve(pending.work);
      },
    });
    const outcomes = await Promise.allSettled([batcher.enqueue(1), batcher.enqueue(2)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batcher.enqueue(3)).toBe(3);
  });

  it('answers every command exactly once, in groups no larger than the maximum', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 60 }),
        async (maxBatch, keys) => {
          const { batcher, batches } = recording(maxBatch);
          const answers = await Promise.all(keys.map((key, work) => batcher.enqueue(work, key)));
          expect(answers).toEqual(keys.map((_, work) => work * 2));
          const sent = batches.flatMap((batch) => batch.works).sort((a, b) => a - b);
          expect(sent).toEqual(keys.map((_, work) => work));
          for (const batch of batches) {
            expect(batch.works.length).toBeLessThanOrEqual(maxBatch);
            expect(batch.works).toEqual([...batch.works].sort((a, b) => a - b));
            for (const work of batch.works) expect(keys[work]).toBe(batch.key);
          }
        },
      ),
    );
  });
});
