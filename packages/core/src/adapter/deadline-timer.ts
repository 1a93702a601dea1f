import { SteadyMap } from '../steady-map.js';

/**
 * The deadlines of many calls on one timer. A timer per call costs more than the call's
 * metering on a fast provider: Node keeps one timer list per distinct delay, and a delay
 * measured from the hold's expiry differs by a millisecond from call to call, so every
 * call made and tore down a list in Node's priority queue. Here a call costs a map entry (in
 * a `SteadyMap`: calls made one after another do not shrink and regrow its table);
 * the one timer is armed for the earliest deadline and, when it fires, ends the calls due
 * and re-arms for the next. Unref'd: it never keeps the process alive.
 */
export class DeadlineTimer<Call> {
  readonly #onDue: (call: Call) => void;
  /** Each waiting call and when it is due, in `Date.now()` milliseconds. */
  readonly #due = new SteadyMap<Call, number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the timer fires; infinite when it is not armed. */
  #armedFor = Number.POSITIVE_INFINITY;

  /** `onDue` ends a call whose deadline passed; it is called once per call, never after `delete`. */
  constructor(onDue: (call: Call) => void) {
    this.#onDue = onDue;
  }

  /** The calls waiting for their deadline. */
  get size(): number {
    return this.#due.size;
  }

  /** Ends `call` through `onDue` in `delayMs`, unless it is deleted first. */
  add(call: Call, delayMs: number): void {
    const delay = Math.max(0, delayMs);
    const dueAt = Date.now() + delay;
    this.#due.set(call, dueAt);
    if (dueAt < this.#armedFor) this.#arm(dueAt, delay);
  }

  /** Forgets `call`: it ended on its own. The timer stays armed; firing for nobody is cheap. */
  delete(call: Call): void {
    this.#due.delete(call);
  }

  #arm(dueAt: number, delayMs: number): void {
    clearTimeout(this.#timer);
    this.#armedFor = dueAt;
    // Budgets cap ttlMs at 7 days, well inside setTimeout's 24.8-day range.
    this.#timer = setTimeout(() => this.#fire(), delayMs);
    this.#timer.unref?.();
  }

  /**
   * The timer says the earliest deadline has come: every call due by then ends. The clock is
   * not read here: the timer's own time decides (as a timer per call did), so a wall clock
   * that jumps, or a test that fakes timers but not `Date`, ends nothing early or never.
   */
  #fire(): void {
    const firedFor = this.#armedFor;
    this.#timer = undefined;
    this.#armedFor = Number.POSITIVE_INFINITY;
    const due: Call[] = [];
    let next = Number.POSITIVE_INFINITY;
    for (const [call, dueAt] of this.#due.entries()) {
      if (dueAt <= firedFor) due.push(call);
      else if (dueAt < next) next = dueAt;
    }
    for (const call of due) this.#due.delete(call);
    if (next !== Number.POSITIVE_INFINITY) this.#arm(next, next - firedFor);
    for (const call of due) this.#onDue(call);
  }
}

/** How much earlier than the store's expiry a call's deadline fires, at most (a tenth of the TTL below). */
const deadlineLeadMaxMs = 10_000;

/**
 * How long from now a held call's deadline is, given its reservation's time to live: shortly
 * before the store would expire the hold, so a charge made then lands while it is held.
 */
export function deadlineDelay(timeToLiveMs: number): number {
  return timeToLiveMs - Math.min(timeToLiveMs / 10, deadlineLeadMaxMs);
}
