/**
 * One metering layer per model call. `withBudget` refuses a model it wrapped itself, but
 * `wrapLanguageModel` hides its middleware, so a model metered twice (`withBudget` around a
 * `budgetMiddleware`, the reverse, or the middleware listed twice) can only be seen when a
 * call runs: each layer marks the call it sends down, and a layer that finds the mark of
 * another refuses the call before it holds or sends anything.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { InvalidOptionsError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';

/** Which function made a metering layer, and on which budget: what a refusal names. */
export interface MeteringLayer {
  readonly where: 'withBudget' | 'budgetMiddleware';
  readonly budgetId: string;
}

/**
 * The layer whose call to the model below is running. An `AsyncLocalStorage`, because
 * `wrapLanguageModel` copies the call options (`transformParams`) and any mark on them would
 * be lost. Entered only around the call below a layer, so a separate call made later in the
 * same flow (a tool's `execute`, the next step of an agent loop) is not inside it. Kept on
 * the global object so two installed copies of this package see each other's marks.
 */
const running: AsyncLocalStorage<MeteringLayer> = (() => {
  const key = Symbol.for('tollgate.ai-sdk.metering-layer');
  const global = globalThis as { [key]?: AsyncLocalStorage<MeteringLayer> };
  global[key] ??= new AsyncLocalStorage<MeteringLayer>();
  return global[key];
})();

/**
 * Throws `InvalidOptionsError` when this call runs inside the call of another metering
 * layer: every step would be held and charged twice.
 */
export function refuseMeteredTwice(inner: MeteringLayer): void {
  const outer = running.getStore();
  if (outer === undefined) return;
  const message =
    `expected a model metered once, received one already metered by ${outer.where} ` +
    `(budget ${describeValue(outer.budgetId)}) around this ${inner.where} ` +
    `(budget ${describeValue(inner.budgetId)}): every step would be held and charged twice. ` +
    'Meter the model once: drop the inner or the outer layer (wrapLanguageModel hides its ' +
    'middleware: give it the unwrapped model). To draw on two budgets, meter on a child ' +
    "(parent.child({ id, limitUsd })): a child's spend counts against its parent";
  throw new InvalidOptionsError(`Invalid ${inner.where} options: model: ${message}`, [
    { path: 'model', message },
  ]);
}

/** Runs the call to the model below `layer`, marked as metered by it. */
export function callBelow<Result>(layer: MeteringLayer, call: () => Result): Result {
  return running.run(layer, call);
}
