import { describe, expect, it } from 'vitest';
import { Tombstones } from './tombstones.js';

describe('Tombstones', () => {
  it('keeps each id until its time, extends it, and forgets it afterwards', () => {
    const tombstones = new Tombstones();
    tombstones.add('a', 100);
    tombstones.add('b', 200);
    tombstones.add('a', 50); // an earlier time never shortens a tombstone
    tombstones.forget(99);
    expect([tombstones.has('a'), tombstones.has('b')]).toEqual([true, true]);
    tombstones.forget(100);
    expect([tombstones.has('a'), tombstones.has('b')]).toEqual([false, true]);
    tombstones.add('b', 300);
    tombstones.forget(250);
    expect(tombstones.has('b')).toBe(true);
    tombstones.forget(300);
    expect(tombstones.size).toBe(0);
  });

  it('does not grow without bound: every entry is forgotten after its time', () => {
    const tombstones = new Tombstones();
    for (let index = 0; index < 10_000; index += 1) tombstones.add(`r${index}`, 1000 + index);
    tombstones.forget(5000);
    expect(tombstones.size).toBe(5999);
    tombstones.forget(11_000);
    expect(tombstones.size).toBe(0);
  });
});
