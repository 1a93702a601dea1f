import type { BudgetDefinition, ChainLink } from './store.js';
import { windowBounds } from './window.js';

/**
 * One budget's link as commands see it, rebuilt only when the window moves on: reserve and
 * settle reuse it.
 */
export class LinkCache {
  #definition: BudgetDefinition;
  readonly #enforce: boolean;
  #cached: ChainLink | undefined;

  constructor(definition: BudgetDefinition, enforce: boolean) {
    this.#definition = definition;
    this.#enforce = enforce;
  }

  /**
   * Replaces the definition (a budget that inherits its parent's window settles on the
   * window the store accepted): links built from the old one are never reused.
   */
  redefine(definition: BudgetDefinition): void {
    this.#definition = definition;
    this.#cached = undefined;
  }

  /** The link for the window current at `now`. */
  at(now: number): ChainLink {
    const cached = this.#cached;
    if (
      cached !== undefined &&
      // A link with a window end has a window start: both come from one windowBounds().
      (cached.windowEnd === null ||
        (now >= (cached.windowStart as number) && now < cached.windowEnd))
    ) {
      return cached;
    }
    const window = this.#definition.window;
    const bounds = window === null ? null : windowBounds(window, now);
    this.#cached = Object.freeze({
      ...this.#definition,
      enforce: this.#enforce,
      windowStart: bounds?.start ?? null,
      windowEnd: bounds?.end ?? null,
    });
    return this.#cached;
  }
}

/** The links of a whole chain, leaf first, reused while no window moves on. */
export class ChainLinks {
  readonly #links: readonly LinkCache[];
  #cached: readonly ChainLink[] | undefined;

  constructor(links: readonly LinkCache[]) {
    this.#links = links;
  }

  at(now: number): readonly ChainLink[] {
    const cached = this.#cached;
    const links = this.#links;
    let fresh = cached !== undefined;
    for (let index = 0; fresh && index < links.length; index += 1) {
      fresh = (links[index] as LinkCache).at(now) === cached?.[index];
    }
    if (fresh && cached !== undefined) return cached;
    this.#cached = Object.freeze(links.map((link) => link.at(now)));
    return this.#cached;
  }
}
