/**
 * One metering layer per model call. `withBudget` refuses a model it wrapped itself, but
 * `wrapLanguageModel` hides its middleware, so a model metered twice (`withBudget` around a
 * `budgetMiddleware`, the reverse, or the middleware listed twice) can only be seen when a
 * call runs: each layer marks the call it sends down, and a layer that finds the mark of
 * another refuses the call before it holds or sends anything.
 */
import { InvalidOptionsError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';

/** Which function made a metering layer, and on which budget: what a refusal names. */
export interface MeteringLayer {
  readonly where: 'withBudget' | 'budgetMiddleware';
  readonly budgetId: string;
}

/**
 * The marks a layer puts on the copy of the call options it sends down. On the
 * options themselves, not in an `AsyncLocalStorage`: on Node 20 and 22 an `AsyncLocalStorage`
 * makes every promise of the process slower once it is used (5-9% of a raw `generateText`,
 * measured), a cost no user should pay for a misuse check. Two marks, because middleware
 * between the layers may rebuild the options:
 * - an enumerable symbol on the options object: a middleware that spreads them
 *   (`{ ...params, ... }`) copies it; nothing serialises it (a provider reads the fields it
 *   knows). A registered symbol, so two installed copies of this package see each other's.
 * - the options' prompt (an embedding call's `values`): while the call below runs, the
 *   options carry a copy of that array of their own, marked with the same symbol. The AI
 *   SDK's `defaultSettingsMiddleware` copies the options key by key with `for...in`, which
 *   skips symbols, but passes the prompt array on, as every middleware of the AI SDK and
 *   most of users' do. A copy, because calls running side by side may share one prompt array
 *   (an evaluation sending one prompt to several models): only a call made from inside this
 *   one sees this copy. The copy holds the same messages, and a provider reads an array's
 *   elements, never a symbol key, so the request is the same. The caller's options and
 *   prompt are never changed: calls sharing them each send a marked copy of their own.
 * Only options rebuilt field by field around a new prompt array lose both. A separate call
 * made later in the same flow (a tool's `execute`, the next step of an agent loop) builds
 * options and a prompt of its own, unmarked.
 */
const mark: unique symbol = Symbol.for('tollgate.ai-sdk.metered-by') as never;

type Marked = { [mark]?: MeteringLayer | undefined; prompt?: unknown; values?: unknown };

type MarkedInput = unknown[] & { [mark]?: MeteringLayer | undefined };

/** Where a call's input list sits: a language-model call's prompt, an embedding call's values. */
function inputKeyOf(options: Marked): 'prompt' | 'values' {
  return 'prompt' in options ? 'prompt' : 'values';
}

/** The input list of a call, when it has one. */
function inputOf(options: Marked, key: 'prompt' | 'values'): MarkedInput | undefined {
  const input = options[key];
  return Array.isArray(input) ? input : undefined;
}

/**
 * Throws `InvalidOptionsError` when these call options come from another metering layer
 * whose call is running: every step would be held and charged twice.
 */
export function refuseMeteredTwice(
  inner: MeteringLayer,
  options: object,
  own: 'pass' | 'refuse' = 'pass',
): void {
  const marked = options as Marked;
  const outer = marked[mark] ?? inputOf(marked, inputKeyOf(marked))?.[mark];
  // A layer's own mark is the copy it sent down (budgetMiddleware marks in transformParams);
  // the same middleware listed twice finds it before marking, and refuses.
  if (outer === undefined || (outer === inner && own === 'pass')) return;
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

/**
 * Runs the call to the model below `layer` with a copy of its options marked as metered by
 * it (see `markedCopy`); the caller's options are never changed, so calls sharing them (a
 * best-of-n or hedging middleware above this layer, a retry) each run as their own.
 */
export function callBelow<Options extends object, Result>(
  layer: MeteringLayer,
  options: Options,
  call: (marked: Options) => PromiseLike<Result>,
): PromiseLike<Result> {
  return call(markedCopy(layer, options));
}

/**
 * A shallow copy of call options marked as metered by `layer`, with a marked copy of their
 * prompt (an embedding call's `values`): the one object and array a step allocates for the
 * check, the caller's own left as they were.
 */
export function markedCopy<Options extends object>(
  layer: MeteringLayer,
  options: Options,
): Options {
  const key = inputKeyOf(options as Marked);
  const input = inputOf(options as Marked, key);
  const copy: Marked = { ...options, [mark]: layer };
  if (input !== undefined) {
    const own: MarkedInput = input.slice();
    own[mark] = layer;
    copy[key] = own;
  }
  const tools = (options as { tools?: unknown }).tools;
  if (Array.isArray(tools) && tools.some(isShellTool))
    (copy as { tools?: unknown }).tools = tools.map(steadyShell);
  return copy as Options;
}

/** OpenAI's shell tool, whose environment decides whether it is billed per container session. */
function isShellTool(tool: unknown): boolean {
  return (tool as { id?: unknown } | null)?.id === 'openai.shell';
}

/**
 * The shell tool with its arguments read once into plain data: the step decides from them
 * whether the shell runs in a hosted container (refused) or locally, and the provider builds
 * the request from the same data. A getter answering the provider's second read differently
 * cannot send a container past the check. Arguments JSON cannot carry are left to the
 * provider, which sends only JSON.
 */
function steadyShell(tool: unknown): unknown {
  if (!isShellTool(tool)) return tool;
  const { args } = tool as { args?: unknown };
  let plain: unknown;
  try {
    plain = args === undefined ? undefined : JSON.parse(JSON.stringify(args));
  } catch {
    return tool;
  }
  return { ...(tool as object), args: plain };
}
