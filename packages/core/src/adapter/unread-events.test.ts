import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnreadEvents } from './unread-events.js';

describe('UnreadEvents', () => {
  it('hands back every event, in order, exactly once, and keeps no more than its limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 80 }),
        (events, limit) => {
          const unread = new UnreadEvents(limit);
          const read: string[] = [];
          let kept = 0;
          for (const data of events) {
            const batch = unread.keep(data);
            kept += data.length;
            if (batch !== undefined) {
              read.push(...batch);
              kept = 0;
            }
            expect(kept).toBeLessThan(limit);
          }
          read.push(...unread.take());
          expect(read).toEqual(events);
          expect(unread.take()).toEqual([]);
        },
      ),
    );
  });

  it('forgets what it kept when dropped', () => {
    const unread = new UnreadEvents();
    expect(unread.keep('a')).toBeUndefined();
    unread.drop();
    expect(unread.take()).toEqual([]);
    expect(unread.keep('x'.repeat(65_536))).toEqual(['x'.repeat(65_536)]);
  });
});
