/**
 * The kit's checks of the plans an adapter answers with: one cheap pass of `typeof` checks per
 * call, on the plan and on a tighter plan its `tighten()` returns, so a plan the kit cannot hold
 * or observe is refused at the call, before any byte is sent, instead of being sent and then
 * charged its whole hold when its observer or price turns out missing. What is wrong is only
 * worked out (and put into words) when a plan fails.
 */
import { isTokenCount } from '../call-usage.js';
import { describeValue, type InvalidOptionsError, type ValidationIssue } from '../errors.js';
import { isRecord } from '../is-record.js';
import { invalidOptions } from '../parse-options.js';
import { expectedIssue } from '../plain-data.js';

/** What a plan's `tighten` must be, in the errors that refuse one. */
export const TIGHTEN = 'a function returning a tighter plan';
const MODEL = 'a non-empty model id';
const TOKENS = 'a whole number of tokens from 0';
const OBSERVER = 'a ResponseObserver (an object with json, event and end functions)';

/**
 * True for what can be held and observed as a MeteringPlan: `price` and the observer's `json`,
 * `event` and `end` functions, `model` a non-empty string, and `body` (an object),
 * `unboundedOutputTokens` (a token count) and `tighten` (a function) when set. One cheap check
 * per call, allocating nothing.
 */
export function isMeteringPlan(plan: unknown): boolean {
  if (typeof plan !== 'object' || plan === null) return false;
  const { price, observer, body, tighten } = plan as Partial<Record<string, unknown>>;
  return (
    typeof price === 'function' &&
    isObserver(observer) &&
    isHoldable(plan) &&
    (body === undefined || isRecord(body)) &&
    (tighten === undefined || typeof tighten === 'function')
  );
}

function isObserver(observer: unknown): boolean {
  if (typeof observer !== 'object' || observer === null) return false;
  const { json, event, end } = observer as Partial<Record<string, unknown>>;
  return typeof json === 'function' && typeof event === 'function' && typeof end === 'function';
}

/** What `holdPlan` reads of any plan besides its hold (checked by the reservation itself). */
function isHoldable(plan: object): boolean {
  const { model, unboundedOutputTokens } = plan as Partial<Record<string, unknown>>;
  return (
    typeof model === 'string' &&
    model !== '' &&
    (unboundedOutputTokens === undefined || isTokenCount(unboundedOutputTokens))
  );
}

/**
 * The problems of a plan `holdPlan` is given (or a tighter one), each naming its field under
 * `path` and what arrived: its `model`, `unboundedOutputTokens` and `tighten`. None for a plan
 * that passes; for the failure path and for `holdPlan`'s checked entry.
 */
export function holdablePlanIssues(plan: object, path: string): ValidationIssue[] {
  const { model, unboundedOutputTokens, tighten } = plan as Partial<Record<string, unknown>>;
  const issues: ValidationIssue[] = [];
  if (typeof model !== 'string' || model === '') {
    issues.push(expectedIssue(`${path}.model`, MODEL, model));
  }
  if (unboundedOutputTokens !== undefined && !isTokenCount(unboundedOutputTokens)) {
    issues.push(expectedIssue(`${path}.unboundedOutputTokens`, TOKENS, unboundedOutputTokens));
  }
  if (tighten !== undefined && typeof tighten !== 'function') {
    issues.push(expectedIssue(`${path}.tighten`, TIGHTEN, tighten));
  }
  return issues;
}

/**
 * The error of a route's `plan` (or of its `tighten()`, `from`) that returned something that is
 * not a MeteringPlan: names the request, each wrong field and what arrived.
 */
export function badPlanError(
  plan: unknown,
  request: { method: string; path: string },
  from: 'plan(request)' | 'tighten()' = 'plan(request)',
): InvalidOptionsError {
  const returned = from === 'tighten()' ? "plan's tighten()" : 'plan(request)';
  return invalidOptions('meterClient', [
    {
      path: 'route',
      message: `expected the metered route's ${returned} to return a MeteringPlan ({ holdUsd, model, observer, price }), received ${describePlan(plan)} for ${request.method} ${request.path}`,
    },
  ]);
}

function describePlan(plan: unknown): string {
  if (typeof plan !== 'object' || plan === null) return describeValue(plan);
  const { observer, price, model, body, unboundedOutputTokens, tighten } = plan as Partial<
    Record<string, unknown>
  >;
  const wrong: string[] = [];
  const note = (field: string, value: unknown, expected: string) =>
    wrong.push(`${field} ${describeValue(value)}, where ${expected} was expected`);
  if (typeof observer !== 'object' || observer === null) note('observer', observer, OBSERVER);
  else {
    for (const method of ['json', 'event', 'end'] as const) {
      const value = (observer as Partial<Record<string, unknown>>)[method];
      if (typeof value !== 'function') note(`observer.${method}`, value, 'a function');
    }
  }
  if (typeof price !== 'function') note('price', price, 'a UsagePricer function');
  if (typeof model !== 'string' || model === '') note('model', model, MODEL);
  if (body !== undefined && !isRecord(body)) note('body', body, 'a JSON object or none');
  if (unboundedOutputTokens !== undefined && !isTokenCount(unboundedOutputTokens)) {
    note('unboundedOutputTokens', unboundedOutputTokens, `${TOKENS} or none`);
  }
  if (tighten !== undefined && typeof tighten !== 'function') {
    note('tighten', tighten, `${TIGHTEN} or none`);
  }
  return `a plan with ${wrong.join('; ')}`;
}
