import { type Budget, createBudget } from '../budget.js';
import type { ValidationIssue } from '../errors.js';

/** One misuse of an adapter's options and the exact `InvalidOptionsError` it must get. */
export interface OptionMisuse {
  /** What the case tries, for the test name. */
  name: string;
  /** The options given, made from a fresh budget when the case needs one. */
  options: (budget: Budget) => unknown;
  /** Every issue, in order, exactly. */
  issues: readonly ValidationIssue[];
}

/** A budget behind a transparent Proxy, as Vue's `reactive()` or a tracing wrapper makes one. */
const proxied = (id: string): Budget => new Proxy(createBudget({ id, limitUsd: 1 }), {});
/** The issue of a Proxy or copy of the budget `id` given as a budget. */
const impostor = (path: string, id: string): ValidationIssue => ({
  path,
  message: `expected a Budget made by createBudget(), budget.child() or a budget family, received a Proxy or a copy of "${id}" (Vue's reactive() makes one): pass the Budget itself (Vue: markRaw(budget), or toRaw(proxy))`,
});
/** What a Proxy or copy of a budget may be given as, in options or alone, by every entry point. */
const impostorMisuses: readonly OptionMisuse[] = [
  {
    name: 'a Proxy of a Budget',
    options: () => ({ budget: proxied('behind-a-proxy') }),
    issues: [impostor('budget', 'behind-a-proxy')],
  },
  {
    name: 'an object made from a Budget',
    options: () => ({ budget: Object.create(createBudget({ id: 'made-from', limitUsd: 1 })) }),
    issues: [impostor('budget', 'made-from')],
  },
  {
    name: 'a Proxy of a Budget alone',
    options: () => proxied('proxy-alone'),
    issues: [impostor('', 'proxy-alone')],
  },
];

const budgetRequired: ValidationIssue = {
  path: 'budget',
  message:
    'expected a budget (createBudget(...)) or a limitUsd for a private budget, received neither',
};
const notOptions = (received: string): ValidationIssue => ({
  path: '',
  message: `expected an object of options ({ budget } or { limitUsd }, and the adapter options), received ${received}`,
});
const notABudget = (received: string): ValidationIssue => ({
  path: 'budget',
  message: `expected a Budget (createBudget(...)), received ${received}`,
});
const besideBudget = (path: string, received: string): ValidationIssue => ({
  path,
  message: `expected no budget options beside budget (a shared budget keeps the options it was created with), received ${received}`,
});
const unknownOption = (path: string, hint = ''): ValidationIssue => ({
  path,
  message: `expected a documented option, received unknown option "${path}"${hint}`,
});
const concurrency = (received: string): ValidationIssue => ({
  path: 'maxConcurrency',
  message: `expected a whole number of at least 1, or Infinity, received ${received}`,
});
const pricing = (received: string): ValidationIssue => ({
  path: 'pricing',
  message: `expected a Pricing (createPricing() or defaultPricing()), received ${received}`,
});
const metadataValue = (path: string, received: string): ValidationIssue => ({
  path,
  message: `expected a string, a finite number, a boolean or null, received ${received}`,
});
const metadataObject = (received: string): ValidationIssue => ({
  path: 'metadata',
  message: `expected a plain object of strings, finite numbers, booleans or null, received ${received}`,
});

/**
 * Misuses of the options every adapter shares, each with the exact issues it must get from
 * `withBudget(client, options)`. Every adapter runs the same table (see
 * `describeAdapterOptions`), so they answer each misuse with the same paths and text.
 */
export const optionMisuses: readonly OptionMisuse[] = [
  { name: 'null options', options: () => null, issues: [notOptions('null')] },
  { name: 'no options', options: () => undefined, issues: [notOptions('undefined')] },
  { name: 'string options', options: () => 'x', issues: [notOptions('"x"')] },
  { name: 'array options', options: () => [], issues: [notOptions('an array of 0')] },
  {
    name: 'a Budget as the options',
    options: () => createBudget({ id: 'given-as-options', limitUsd: 1 }),
    issues: [
      {
        path: '',
        message:
          'expected an object of options, received the Budget "given-as-options" itself: pass { budget }',
      },
    ],
  },
  ...impostorMisuses,
  { name: 'empty options', options: () => ({}), issues: [budgetRequired] },
  { name: 'an undefined budget', options: () => ({ budget: undefined }), issues: [budgetRequired] },
  { name: 'a null budget', options: () => ({ budget: null }), issues: [notABudget('null')] },
  { name: 'an empty budget', options: () => ({ budget: {} }), issues: [notABudget('an object')] },
  { name: 'a string budget', options: () => ({ budget: 'x' }), issues: [notABudget('"x"')] },
  {
    name: 'a budget and a limitUsd',
    options: (budget) => ({ budget, limitUsd: 1 }),
    issues: [besideBudget('limitUsd', '1 (number)')],
  },
  {
    name: 'a budget and budget options',
    options: (budget) => ({ budget, ttlMs: 5, window: 'day' }),
    issues: [besideBudget('window', '"day"'), besideBudget('ttlMs', '5 (number)')],
  },
  {
    name: 'a misspelt maxConcurrency',
    options: () => ({ limitUsd: 1, maxConcurency: 2 }),
    issues: [unknownOption('maxConcurency', '; did you mean maxConcurrency?')],
  },
  {
    name: 'limit for limitUsd',
    options: () => ({ limit: 1 }),
    issues: [unknownOption('limit', '; did you mean limitUsd?'), budgetRequired],
  },
  {
    name: 'an unknown option',
    options: () => ({ limitUsd: 1, colour: 'red' }),
    issues: [unknownOption('colour')],
  },
  {
    name: 'a negative limitUsd',
    options: () => ({ limitUsd: -1 }),
    issues: [
      {
        path: 'limitUsd',
        message: 'expected a non-negative decimal (string or finite number), received -1 (number)',
      },
    ],
  },
  {
    name: 'a string ttlMs',
    options: () => ({ limitUsd: 1, ttlMs: 'soon' }),
    issues: [{ path: 'ttlMs', message: 'expected number, received "soon"' }],
  },
  {
    name: 'a bad store',
    options: () => ({ limitUsd: 1, store: {} }),
    issues: [
      {
        path: 'store',
        message:
          'expected a budget store (memoryStore(), sqliteStore(), redisStore()), received an object',
      },
    ],
  },
  {
    name: 'a bad unmetered',
    options: () => ({ limitUsd: 1, unmetered: 'sometimes' }),
    issues: [{ path: 'unmetered', message: `expected 'refuse' or 'allow', received "sometimes"` }],
  },
  {
    name: 'a zero maxConcurrency',
    options: () => ({ limitUsd: 1, maxConcurrency: 0 }),
    issues: [concurrency('0 (number)')],
  },
  {
    name: 'a fractional maxConcurrency',
    options: () => ({ limitUsd: 1, maxConcurrency: 1.5 }),
    issues: [concurrency('1.5 (number)')],
  },
  {
    name: 'a NaN maxConcurrency',
    options: () => ({ limitUsd: 1, maxConcurrency: Number.NaN }),
    issues: [concurrency('NaN (number)')],
  },
  {
    name: 'a string maxConcurrency',
    options: () => ({ limitUsd: 1, maxConcurrency: '2' }),
    issues: [concurrency('"2"')],
  },
  {
    name: 'an empty pricing',
    options: () => ({ limitUsd: 1, pricing: {} }),
    issues: [pricing('an object')],
  },
  {
    name: 'a null pricing',
    options: () => ({ limitUsd: 1, pricing: null }),
    issues: [pricing('null')],
  },
  {
    name: 'a BigInt in metadata',
    options: () => ({ limitUsd: 1, metadata: { n: 1n } }),
    issues: [metadataValue('metadata.n', '1 (bigint)')],
  },
  {
    name: 'a function in metadata',
    options: () => ({ limitUsd: 1, metadata: { f: () => 1 } }),
    issues: [metadataValue('metadata.f', 'a function')],
  },
  {
    name: 'a nested object in metadata',
    options: () => ({ limitUsd: 1, metadata: { team: 'a', nested: { deep: true } } }),
    issues: [metadataValue('metadata.nested', 'an object')],
  },
  {
    name: 'a non-finite number in metadata',
    options: () => ({ limitUsd: 1, metadata: { ratio: Number.POSITIVE_INFINITY } }),
    issues: [metadataValue('metadata.ratio', 'Infinity (number)')],
  },
  {
    name: 'array metadata',
    options: () => ({ limitUsd: 1, metadata: ['a'] }),
    issues: [metadataObject('an array of 1')],
  },
  {
    name: 'Map metadata',
    options: () => ({ limitUsd: 1, metadata: new Map([['team', 'a']]) }),
    issues: [metadataObject('an object')],
  },
  {
    name: 'string metadata',
    options: () => ({ limitUsd: 1, metadata: 'team=a' }),
    issues: [metadataObject('"team=a"')],
  },
  {
    name: 'several problems at once',
    options: () => ({ budget: null, maxConcurency: 2, unmetered: 'no', metadata: { n: 1n } }),
    issues: [
      notABudget('null'),
      { path: 'unmetered', message: `expected 'refuse' or 'allow', received "no"` },
      metadataValue('metadata.n', '1 (bigint)'),
      unknownOption('maxConcurency', '; did you mean maxConcurrency?'),
    ],
  },
];

/** Misuses of `client.withBudget(next)`, each with its exact issues. */
export const rebindMisuses: readonly OptionMisuse[] = [
  {
    name: 'null',
    options: () => null,
    issues: [
      {
        path: '',
        message: 'expected a Budget, or options for a private budget ({ limitUsd }), received null',
      },
    ],
  },
  { name: 'empty options', options: () => ({}), issues: [budgetRequired] },
  { name: 'a null budget', options: () => ({ budget: null }), issues: [notABudget('null')] },
  ...impostorMisuses,
  {
    name: 'an adapter option',
    options: () => ({ limitUsd: 1, maxConcurrency: 2 }),
    issues: [
      {
        path: 'maxConcurrency',
        message:
          'expected a budget or budget options, received the adapter option "maxConcurrency": adapter options are set by withBudget(client, options) and kept by every derived client',
      },
    ],
  },
  {
    name: 'a misspelt budget option',
    options: () => ({ limitUsd: 1, ttl: 5 }),
    issues: [unknownOption('ttl', '; did you mean ttlMs?')],
  },
  {
    name: 'a budget and a limitUsd',
    options: (budget) => ({ budget, limitUsd: 1 }),
    issues: [besideBudget('limitUsd', '1 (number)')],
  },
];

const tollgateOption = (key: string): ValidationIssue => ({
  path: key,
  message: `expected the SDK's client options only, received the Tollgate option "${key}": bind another budget with client.withBudget(...); adapter options are set by withBudget(client, options) and kept by every derived client`,
});
const notOverrides = (received: string): ValidationIssue => ({
  path: '',
  message: `expected an object of the SDK's client options (timeout, maxRetries, ...), received ${received}`,
});

/** Misuses of `client.withOptions(overrides)`, each with its exact issues. */
export const overrideMisuses: readonly OptionMisuse[] = [
  { name: 'null', options: () => null, issues: [notOverrides('null')] },
  { name: 'nothing', options: () => undefined, issues: [notOverrides('undefined')] },
  { name: 'a string', options: () => 'fast', issues: [notOverrides('"fast"')] },
  { name: 'a budget', options: (budget) => ({ budget }), issues: [tollgateOption('budget')] },
  {
    name: 'adapter options',
    options: () => ({ timeout: 5, maxConcurrency: 1, estimate: 'bytes' }),
    issues: [tollgateOption('maxConcurrency'), tollgateOption('estimate')],
  },
];
