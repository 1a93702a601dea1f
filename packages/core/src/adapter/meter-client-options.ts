import { isBudget } from '../budget.js';
import { describeValue, type InvalidOptionsError, type ValidationIssue } from '../errors.js';
import { isRecord } from '../is-record.js';
import { invalidOptions, unknownOption } from '../parse-options.js';
import { expectedIssue } from '../plain-data.js';
import { isConcurrency } from './adapter-options.js';
import { budgetImpostorIssue } from './budget-choice.js';

const meterClientKeys = [
  'budget',
  'route',
  'unmetered',
  'maxConcurrency',
  'unmeteredTransports',
] as const;

/**
 * Checks what `meterClient(client, options)` is given, once, where it is given: every
 * problem in one `InvalidOptionsError` (path `client` for the client), so a misuse fails
 * at `meterClient` rather than as a raw `TypeError` on every call. Nothing per call.
 */
export function checkMeterClient(client: unknown, options: unknown): void {
  const issues: ValidationIssue[] = [];
  if (!isClientShape(client)) {
    issues.push(
      expectedIssue(
        'client',
        'an openai or @anthropic-ai/sdk client (with fetch, request() and withOptions())',
        client,
      ),
    );
  }
  if (isRecord(options)) issues.push(...optionIssues(options));
  else issues.push(expectedIssue('', 'an object of options ({ budget, route, ... })', options));
  if (issues.length > 0) throw invalidOptions('meterClient', issues);
}

/** True for an object with the seams the kit routes through: `fetch`, `request()`, `withOptions()`. */
export function isClientShape(client: unknown): boolean {
  const candidate = client as Partial<Record<'fetch' | 'request' | 'withOptions', unknown>>;
  return (
    typeof client === 'object' &&
    client !== null &&
    typeof candidate.fetch === 'function' &&
    typeof candidate.request === 'function' &&
    typeof candidate.withOptions === 'function'
  );
}

function optionIssues(options: Readonly<Record<string, unknown>>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { budget, route, unmetered, maxConcurrency, unmeteredTransports } = options;
  if (!isBudget(budget)) {
    issues.push(
      budgetImpostorIssue(budget, 'budget') ??
        expectedIssue('budget', 'a Budget (createBudget(...))', budget),
    );
  }
  if (typeof route !== 'function') {
    issues.push(expectedIssue('route', 'a function from a request to its Route', route));
  }
  if (unmetered !== undefined && unmetered !== 'refuse' && unmetered !== 'allow') {
    issues.push(expectedIssue('unmetered', "'refuse' or 'allow'", unmetered));
  }
  if (maxConcurrency !== undefined && !isConcurrency(maxConcurrency)) {
    issues.push(
      expectedIssue('maxConcurrency', 'a whole number of at least 1, or Infinity', maxConcurrency),
    );
  }
  if (unmeteredTransports !== undefined) issues.push(...transportIssues(unmeteredTransports));
  for (const key of Object.keys(options)) {
    if (!(meterClientKeys as readonly string[]).includes(key))
      issues.push({ path: key, message: unknownOption(key, meterClientKeys) });
  }
  return issues;
}

/** The problems of `unmeteredTransports`: `{ transport, advice, doors: [{ method, passesInside }] }`. */
function transportIssues(value: unknown): ValidationIssue[] {
  const path = 'unmeteredTransports';
  if (!isRecord(value)) {
    return [expectedIssue(path, 'an object { transport, advice, doors }', value)];
  }
  const issues: ValidationIssue[] = [];
  for (const key of ['transport', 'advice'] as const) {
    if (typeof value[key] !== 'string')
      issues.push(expectedIssue(`${path}.${key}`, 'a string', value[key]));
  }
  if (!Array.isArray(value.doors)) {
    issues.push(
      expectedIssue(`${path}.doors`, 'an array of { method, passesInside }', value.doors),
    );
    return issues;
  }
  value.doors.forEach((door: unknown, index) => {
    const at = `${path}.doors.${index}`;
    if (!isRecord(door)) {
      issues.push(expectedIssue(at, 'an object { method, passesInside }', door));
      return;
    }
    if (typeof door.method !== 'string')
      issues.push(expectedIssue(`${at}.method`, 'a method name', door.method));
    const inside = door.passesInside;
    if (!Array.isArray(inside) || !inside.every((name) => typeof name === 'string'))
      issues.push(expectedIssue(`${at}.passesInside`, 'an array of method names', inside));
  });
  return issues;
}

/**
 * The error of a `route` that answered a request with something that is not a Route:
 * names the request and what arrived (not "undefined costs money").
 */
export function badRouteError(
  answer: unknown,
  request: { method: string; path: string },
): InvalidOptionsError {
  return invalidOptions('meterClient', [
    {
      path: 'route',
      message: `expected route(request) to return a Route ({ kind: 'free' }, { kind: 'unmetered', endpoint } or { kind: 'metered', plan }), received ${describeRoute(answer)} for ${request.method} ${request.path}`,
    },
  ]);
}

function describeRoute(answer: unknown): string {
  if (!isRecord(answer)) return describeValue(answer);
  const { kind } = answer;
  if (kind === 'metered') return `{ kind: 'metered' } with plan ${describeValue(answer.plan)}`;
  if (kind === 'unmetered') {
    return `{ kind: 'unmetered' } with endpoint ${describeValue(answer.endpoint)}`;
  }
  return `an object of kind ${describeValue(kind)}`;
}
