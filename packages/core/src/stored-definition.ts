import { LinkCache } from './chain-links.js';
import { type Clock, readClock } from './clock.js';
import { BudgetConflictError } from './errors.js';
import type { BudgetDefinition, BudgetStore, WindowSpec } from './store.js';
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
  }

  #redefineWindow(window: WindowSpec | null): void {
    if (this.#definition.window === window) return;
    this.#definition = { ...this.#definition, window };
    this.link.redefine(this.#definition);
  }
}

/** The stored window: the option given, or the parent's when none was (`null`: never resets). */
function ownWindow(
  option: WindowOption | null | undefined,
  parentWindow: WindowSpec | null,
): WindowSpec | null {
  if (option === undefined) return parentWindow;
  return option === null ? null : toWindowSpec(option);
}
