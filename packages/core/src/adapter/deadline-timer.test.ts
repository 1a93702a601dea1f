import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DeadlineTimer } from './deadline-timer.js';

describe('DeadlineTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a call is ended once, when its delay has passed', () => {
    const ended: string[] = [];
    const timer = new DeadlineTimer<string>((call) => ended.push(call));
    timer.add('a', 1_000);
    vi.advanceTimersByTime(999);
    expect(ended).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ended).toEqual(['a']);
    vi.advanceTimersByTime(10_000);
    expect(ended).toEqual(['a']);
    expect(timer.size).toBe(0);
  });

  test('a deleted call is never ended, and the timer fires for nobody without harm', () => {
    const ended: string[] = [];
    const timer = new DeadlineTimer<string>((call) => ended.push(call));
    timer.add('a', 1_000);
    timer.delete('a');
    vi.advanceTimersByTime(5_000);
    expect(ended).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a call due earlier than the armed one re-arms the timer; later ones wait their turn', () => {
    const ended: Array<[string, number]> = [];
    const started = Date.now();
    const timer = new DeadlineTimer<string>((call) => ended.push([call, Date.now() - started]));
    timer.add('late', 3_000);
    timer.add('early', 1_000);
    timer.add('middle', 2_000);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3_000);
    expect(ended).toEqual([
      ['early', 1_000],
      ['middle', 2_000],
      ['late', 3_000],
    ]);
  });

  test('the timer decides, not the clock: timers faked without Date, or a clock that jumps', () => {
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ended: string[] = [];
    const timer = new DeadlineTimer<string>((call) => ended.push(call));
    timer.add('first', 1_000);
    timer.add('second', 3_000);
    vi.advanceTimersByTime(1_000);
    expect(ended).toEqual(['first']);
    vi.advanceTimersByTime(1_999);
    expect(ended).toEqual(['first']);
    // Due 3,000 ms after its add; Date is real here, so the real milliseconds between the
    // two adds come on top. It fires, never early.
    vi.advanceTimersByTime(250);
    expect(ended).toEqual(['first', 'second']);
    // A wall clock set an hour ahead ends nothing early.
    vi.useRealTimers();
    vi.useFakeTimers();
    timer.add('third', 1_000);
    vi.setSystemTime(Date.now() + 3_600_000);
    vi.advanceTimersByTime(999);
    expect(ended).toEqual(['first', 'second']);
    vi.advanceTimersByTime(1);
    expect(ended).toEqual(['first', 'second', 'third']);
  });

  test('a negative delay is due at once', () => {
    const ended: string[] = [];
    const timer = new DeadlineTimer<string>((call) => ended.push(call));
    timer.add('a', -50);
    vi.advanceTimersByTime(0);
    expect(ended).toEqual(['a']);
  });

  test('a call ended from inside onDue of another is not ended twice', () => {
    const ended: string[] = [];
    const timer: DeadlineTimer<string> = new DeadlineTimer<string>((call) => {
      ended.push(call);
      timer.delete('b');
    });
    timer.add('a', 100);
    timer.add('b', 100);
    vi.advanceTimersByTime(100);
    expect(ended).toEqual(['a', 'b']);
    vi.advanceTimersByTime(1_000);
    expect(ended).toEqual(['a', 'b']);
  });

  test('property: every call not deleted ends exactly once, never before its deadline', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), delay: fc.integer({ min: -10, max: 5_000 }) }),
      fc.record({ kind: fc.constant('delete' as const), index: fc.nat(40) }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 3_000 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const ended = new Map<number, number>();
        const dueAt = new Map<number, number>();
        const deleted = new Set<number>();
        const timer = new DeadlineTimer<number>((call) => {
          expect(ended.has(call)).toBe(false);
          ended.set(call, Date.now());
        });
        let next = 0;
        for (const action of steps) {
          if (action.kind === 'add') {
            dueAt.set(next, Date.now() + Math.max(0, action.delay));
            timer.add(next, action.delay);
            next += 1;
          } else if (action.kind === 'delete') {
            if (action.index < next && !ended.has(action.index)) {
              deleted.add(action.index);
              timer.delete(action.index);
            }
          } else {
            vi.advanceTimersByTime(action.ms);
          }
        }
        vi.advanceTimersByTime(10_000);
        for (let call = 0; call < next; call++) {
          if (deleted.has(call)) expect(ended.has(call)).toBe(false);
          else expect(ended.get(call)).toBeGreaterThanOrEqual(dueAt.get(call) as number);
        }
        expect(timer.size).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
