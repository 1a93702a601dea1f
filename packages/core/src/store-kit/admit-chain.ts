import type { BudgetRefusal } from '../errors.js';
import { endedRefusal, type PicoFigures, picoRefusal } from '../pico-refusal.js';
import type { ChainLink, ReserveOutcome } from '../store.js';

/** What admission reads and writes of one budget: its money in pico-dollars and whether it is closed. */
export interface AdmissionFigures extends PicoFigures {
  /** When the budget was closed (ms since epoch), `null` while it is open. */
  closedAt: number | null;
}

/**
 * Where admission reads a link's figures, as an object with a `touch` method. A function
 * works too, but a closure made per store instance makes the call site polymorphic in a
 * process with several stores, and admission then loses its inlining.
 */
export interface ChainFigures<Figures> {
  /** The link's figures, rolled into the link's window, recreated if the store lost them. */
  touch(link: ChainLink): Figures;
}

/**
 * Admits a reserve of `amount` pico-dollars across `chain`, leaf first, all or nothing: the
 * admission rule of the store contract, in one place for every store that counts in
 * integers. `budgets` (its `touch`, or itself when a function) returns each link's figures,
 * already rolled into the link's window (and recreated from the link if the store lost the
 * budget); each one it returns is pushed to `touched`, so the caller can write back the rolls and records it made, admitted or
 * not. A closed link refuses (`closed: true`) whether it enforces or not; an enforcing link
 * that would go over refuses; a shadow link that would go over is listed in `wouldRefuse`.
 * Links after the first refusal are not read. On admission `amount` is added to the
 * `reserved` of every link's figures, so the caller only has to write them back.
 *
 * It allocates nothing beyond the outcome (and a refusal when there is one).
 */
export function admitChain<Figures extends AdmissionFigures>(
  chain: readonly ChainLink[],
  budgets: ChainFigures<Figures> | ((link: ChainLink) => Figures),
  amount: bigint,
  amountUsd: string,
  touched: Figures[],
): ReserveOutcome {
  let wouldRefuse: BudgetRefusal[] | undefined;
  // Indexed loops: a `for...of` over the frozen chain runs the array iterator on every call.
  for (let index = 0; index < chain.length; index += 1) {
    const link = chain[index] as ChainLink;
    const figures = typeof budgets === 'function' ? budgets(link) : budgets.touch(link);
    touched.push(figures);
    if (figures.closedAt !== null) {
      return { admitted: false, closed: true, refusal: endedRefusal(link.id, figures, amountUsd) };
    }
    const refusal = picoRefusal(link.id, figures, amount, amountUsd);
    if (refusal === undefined) continue;
    if (link.enforce) return { admitted: false, refusal };
    wouldRefuse ??= [];
    wouldRefuse.push(refusal);
  }
  for (let index = 0; index < touched.length; index += 1)
    (touched[index] as Figures).reserved += amount;
  return { admitted: true, wouldRefuse: wouldRefuse ?? [] };
}
