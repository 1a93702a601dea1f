import { LinkCache } from './chain-links.js';
import { type Clock, readClock } from './clock.js';
import { BudgetConflictError } from './errors.js';
import type { BudgetDefinition, BudgetSnapshot, BudgetStore, WindowSpec } from './store.js';
import { callStore } from './store-commands.js';
import { describeWindow, toWindowSpec, type WindowOption } from './window.js';

/**
 * A budget's definition as the store holds it: defined there once, before the budget's first
 * command (its ancestors first), and tried again on the next call if the store could not be
 * reached. Keeps the link commands carry, rebuilt when the window moves on.
 */
export class StoredDefinition {
  #definition: BudgetDefinition;
  /** True when no window was given and the parent's is followed (see `#defineInStore`). */
  readonly #inheritsWindow: boolean;
  readonly #parent: StoredDefinition | undefined;
  readonly #store: BudgetStore;
  readonly #clock: Clock;
  /** The link commands carry for this budget, in the window current at the time asked. */
  readonly link: LinkCache;
  #ready: Promise<void> | undefined;
  #isReady = false;
  /**
   * Told the budget's figures before and after this process defined it, when it was stored
   * already and someone listens for crossings: a definition with a lower limit than the
   * stored one replaces it, and crosses thresholds as a lowered limit does.
   */
  #redefined: RedefinitionReport | undefined;

  constructor(
    init: {
      id: string;
      limitUsd: string;
      window: WindowOption | null | undefined;
      enforce: boolean;
    },
    parent: StoredDefinition | undefined,
    store: BudgetStore,
    clock: Clock,
  ) {
    this.#parent = parent;
    this.#store = store;
    this.#clock = clock;
    this.#inheritsWindow = init.window === undefined && parent !== undefined;
    this.#definition = {
      id: init.id,
      parentId: parent === undefined ? null : parent.#definition.id,
      limitUsd: init.limitUsd,
      window: ownWindow(init.window, parent === undefined ? null : parent.#definition.window),
    };
    this.link = new LinkCache(this.#definition, init.enforce);
  }

  /**
   * Asks to be told when this process's definition replaced a stored budget's figures (see
   * `RedefinitionReport`); set before the budget's first command.
   */
  reportRedefinition(report: RedefinitionReport): void {
    this.#redefined = report;
  }

  /** What the store is asked to hold for this budget. */
  get definition(): BudgetDefinition {
    return this.#definition;
  }

  /** True once the budget and its ancestors are defined in the store. */
  get isReady(): boolean {
    return this.#isReady;
  }

  /** Defines the budget (its ancestors first), once; a failed definition is tried again on the next call. */
  ready(): Promise<void> {
    if (this.#ready === undefined) {
      const parentReady = this.#parent === undefined ? Promise.resolve() : this.#parent.ready();
      this.#ready = parentReady
        .then(() => this.#defineInStore())
        .then(() => {
          this.#isReady = true;
        });
      this.#ready.catch(() => {
        this.#ready = undefined;
      });
    }
    return this.#ready;
  }

  /**
   * Defines this budget in the store. A child that follows its parent's window takes the
   * window the parent settled on, and attaches without a window to a record stored before
   * children inherited windows (such a child never reset, and keeps doing so rather than
   * failing with a conflict its code never asked for).
   */
  async #defineInStore(): Promise<void> {
    const parent = this.#parent;
    if (this.#inheritsWindow && parent !== undefined) {
      this.#redefineWindow(parent.#definition.window);
    }
    const store = this.#store;
    const now = readClock(this.#clock);
    const report = this.#redefined;
    // Read only for a listener, once: the figures of the current window the definition may
    // change (a spend in a window gone by crosses nothing now).
    const before = report?.wanted() === true ? await this.#status(now) : undefined;
    try {
      await callStore(store, () => store.define(this.#definition, now));
    } catch (error) {
      if (!(error instanceof BudgetConflictError) || !this.#inheritsWindow) throw error;
      if (this.#definition.window === null) throw error;
      const inherited = this.#definition.window;
      this.#redefineWindow(null);
      try {
        await callStore(store, () => store.define(this.#definition, now));
      } catch (retryError) {
        this.#redefineWindow(inherited);
        if (!(retryError instanceof BudgetConflictError)) throw retryError;
        throw new BudgetConflictError(
          this.#definition.id,
          `${error.message} (The window ${describeWindow(inherited)} is inherited from parent "${parent === undefined ? '' : parent.#definition.id}": pass \`window\` to choose another.)`,
        );
      }
    }
    if (before === undefined) return;
    const after = await this.#status(now);
    const limitUsd = this.#definition.limitUsd;
    // Only what this definition changed: the limit, to the one it gives, in the same window.
    // Anything else between the two reads (a settlement, another handle's `setLimit`) was
    // reported by whoever made it.
    if (
      after === undefined ||
      after.limitUsd !== limitUsd ||
      before.limitUsd === limitUsd ||
      after.windowStart !== before.windowStart
    )
      return;
    report?.report(before, { ...before, limitUsd });
  }

  /** The stored figures in the window current at `now`, or `undefined` if not stored. */
  #status(now: number): Promise<BudgetSnapshot | undefined> {
    const store = this.#store;
    return callStore(store, () => store.status(this.link.at(now), now));
  }

  #redefineWindow(window: WindowSpec | null): void {
    if (this.#definition.window === window) return;
    this.#definition = { ...this.#definition, window };
    this.link.redefine(this.#definition);
  }
}

/** How a budget hears that its definition replaced a stored budget's figures. */
export interface RedefinitionReport {
  /** True when the figures are wanted (someone listens for threshold or exceeded events). */
  wanted(): boolean;
  /** The stored figures before this process's definition, and after it. */
  report(before: BudgetSnapshot, after: BudgetSnapshot): void;
}

/** The stored window: the option given, or the parent's when none was (`null`: never resets). */
function ownWindow(
  option: WindowOption | null | undefined,
  parentWindow: WindowSpec | null,
): WindowSpec | null {
  if (option === undefined) return parentWindow;
  return option === null ? null : toWindowSpec(option);
}
