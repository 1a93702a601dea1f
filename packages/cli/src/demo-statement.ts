import { formatUsd, maxMoney, money, ZERO } from '@tollgate/core';
import type { BudgetView } from './budget-views.js';
import { type DemoStep, stepMode } from './demo-script.js';
import { formatTable } from './format-table.js';
import { displayCount, displayLimit, displayRemaining, displayUsd } from './format-usd.js';
import { bar, type DashboardCall, type DashboardState } from './render-dashboard.js';

/** What the demo knows about one attempted call. Money is decimal strings. */
export interface DemoCall {
  /** 1-based position in the loop. */
  n: number;
  step: DemoStep;
  state: DashboardCall['state'];
  /** What the budget held while the call was in flight. */
  holdUsd?: string;
  /** Exact cost, once settled. */
  costUsd?: string;
  inputTokens?: number;
  outputTokens?: number;
  pricingVersion?: string;
  /** Why it was refused: the budget that said no and its figures at that moment. */
  refusal?: {
    budgetId: string;
    limitUsd: string;
    spentUsd: string;
    reservedUsd: string;
    requestedUsd: string;
  };
  /** Requests the provider had received before and after the call. */
  requestsBefore: number;
  requestsAfter?: number;
  error?: string;
}

/** Everything the demo shows: the live view and the final statement are both rendered from it. */
export interface DemoState {
  /** Where the calls go, e.g. `mock provider http://127.0.0.1:4123`. */
  provider: string;
  budgets: readonly BudgetView[];
  calls: readonly DemoCall[];
  /** Requests the provider received in all. */
  requestsReceived: number;
  /** Pricing table versions of the costs, by provider. */
  pricingVersions: Readonly<Record<string, string>>;
  done: boolean;
}

/** The refusal sentence shared by the live view, the plain lines and the statement. */
export function refusalText(call: DemoCall): string {
  const r = call.refusal;
  if (r === undefined) return 'refused';
  const left = displayRemaining(
    formatUsd(
      maxMoney(ZERO, money(r.limitUsd).minus(money(r.spentUsd)).minus(money(r.reservedUsd))),
    ),
  );
  return `${r.budgetId} has ${left} left of ${displayLimit(r.limitUsd)}; this call could cost up to ${displayUsd(r.requestedUsd)}`;
}

/** Proof that a refused call sent nothing: the provider's request count did not move. */
export function dispatchText(call: DemoCall): string {
  const after = call.requestsAfter ?? call.requestsBefore;
  return after === call.requestsBefore
    ? `provider requests ${call.requestsBefore} → ${after}: nothing was sent`
    : `provider requests ${call.requestsBefore} → ${after}`;
}

/** The live view's state (pure). */
export function demoDashboard(state: DemoState): DashboardState {
  const refused = state.calls.filter((call) => call.state === 'refused');
  return {
    title:
      'tollgate demo · session budget with two plans · OpenAI and Anthropic SDKs wrapped by Tollgate',
    subtitle: `calls go to ${state.provider} · ${state.requestsReceived} requests received so far`,
    budgets: state.budgets,
    callsTitle: 'Calls',
    calls: state.calls.map((call) => ({
      label: `#${call.n}`,
      budgetId: call.step.plan,
      model: call.step.model,
      mode: stepMode(call.step),
      ...(call.inputTokens === undefined ? {} : { inputTokens: call.inputTokens }),
      ...(call.outputTokens === undefined ? {} : { outputTokens: call.outputTokens }),
      ...((call.costUsd ?? call.holdUsd) === undefined
        ? {}
        : { costUsd: call.costUsd ?? call.holdUsd }),
      state: call.state,
      ...(call.state === 'refused' && call.refusal !== undefined
        ? {
            note: `could cost up to ${displayUsd(call.refusal.requestedUsd)}, ${call.refusal.budgetId} has ${displayRemaining(leftOf(call.refusal))} left`,
          }
        : call.error === undefined
          ? {}
          : { note: call.error }),
    })),
    refusals: refused.map(
      (call) => `#${call.n} ${call.step.model} on ${call.step.plan}: ${dispatchText(call)}`,
    ),
  };
}

/** One plain line per finished call, for pipes and CI. */
export function plainCallLine(call: DemoCall): string {
  const head = `#${call.n} ${call.step.plan} ${call.step.provider} ${call.step.model} ${stepMode(call.step)}`;
  if (call.state === 'refused') {
    return `${head} REFUSED before dispatch: ${refusalText(call)}; ${dispatchText(call)}`;
  }
  if (call.state === 'failed')
    return `${head} FAILED: ${call.error ?? 'unknown error'} (hold released)`;
  return `${head} held ${displayUsd(call.holdUsd ?? '0', 6)} charged ${displayUsd(call.costUsd ?? '0', 6)} (in ${displayCount(call.inputTokens ?? 0)}, out ${displayCount(call.outputTokens ?? 0)} tokens)`;
}

/** The closing statement: every call, totals per budget, and the pricing versions (pure). */
export function renderStatement(state: DemoState): string[] {
  const charged = state.calls.filter((call) => call.costUsd !== undefined);
  const refused = state.calls.filter((call) => call.state === 'refused');
  const calls = [
    ['#', 'budget', 'model', 'mode', 'in', 'out', 'cost'],
    ...state.calls.map((call) => [
      String(call.n),
      call.step.plan,
      call.step.model,
      stepMode(call.step),
      call.inputTokens === undefined ? '—' : displayCount(call.inputTokens),
      call.outputTokens === undefined ? '—' : displayCount(call.outputTokens),
      call.costUsd !== undefined
        ? displayUsd(call.costUsd, 6)
        : call.state === 'refused'
          ? 'REFUSED'
          : (call.error ?? '—'),
    ]),
  ];
  const nameWidth = Math.max(...state.budgets.map((b) => b.id.length + 2 * b.depth));
  const totals = formatTable(
    [
      ['budget', '', 'limit', 'spent', 'left', 'calls'],
      ...state.budgets.map((b) => [
        `${'  '.repeat(b.depth)}${b.id}`.padEnd(nameWidth),
        bar(b, 20),
        displayLimit(b.limitUsd),
        displayUsd(b.spentUsd, 6),
        displayRemaining(b.remainingUsd, 6),
        String(b.calls),
      ]),
    ],
    new Set([2, 3, 4, 5]),
    '  ',
  );
  const versions = Object.entries(state.pricingVersions)
    .map(([provider, version]) => `${provider} ${version}`)
    .join(', ');
  return [
    `Statement: ${state.calls.length} calls attempted, ${charged.length} charged, ${refused.length} refused before dispatch`,
    '',
    ...formatTable(calls, new Set([0, 4, 5, 6]), '  '),
    '',
    'Totals',
    ...totals,
    '',
    ...refused.flatMap((call) => [
      `Refused before dispatch: #${call.n} ${call.step.model} on ${call.step.plan}: ${refusalText(call)}.`,
      `  ${capitalise(dispatchText(call))}.`,
    ]),
    `Provider requests: ${state.requestsReceived} received for ${state.calls.length} calls attempted.`,
    `Pricing version: ${versions === '' ? 'none used' : versions}.`,
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function leftOf(r: { limitUsd: string; spentUsd: string; reservedUsd: string }): string {
  return formatUsd(
    maxMoney(ZERO, money(r.limitUsd).minus(money(r.spentUsd)).minus(money(r.reservedUsd))),
  );
}
