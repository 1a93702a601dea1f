import { existsSync, readFileSync } from 'node:fs';
import { type BudgetSnapshot, parseBudgetConfig } from '@tollgate/core';
import { checkedAuthor } from './adjustment-flags.js';
import { type ApplyOutcome, applyWrites } from './apply-writes.js';
import { type ApplyPlan, applyPlan, type BudgetChange } from './budget-apply-plan.js';
import { defaultActor } from './budget-change-command.js';
import { type CliError, runtimeError, usageError } from './cli-error.js';
import { type CliIO, writeJson, writeLines } from './cli-io.js';
import { closedNotes } from './closed-changes.js';
import { confirm, notConfirmed } from './confirm.js';
import { formatTable } from './format-table.js';
import { displayLimit } from './format-usd.js';
import { openStore, readStore } from './open-store.js';
import { parseStoreFlags, type StoreLocation } from './parse-store-url.js';
import { partialLines, withLanded } from './partial-apply.js';

/** Options of `tollgate budget apply`. */
export interface BudgetApplyOptions {
  /** `sqlite:PATH` or `redis://HOST:PORT[/DB]`. A missing SQLite file is created. */
  store: string;
  /** Show the difference, change nothing. @default false */
  dryRun?: boolean;
  /** Lower limits without asking. @default false */
  yes?: boolean;
  /** Print JSON (money as exact decimal strings). @default false */
  json?: boolean;
  /** Key prefix of a Redis store. @default 'tollgate:' */
  prefix?: string;
  /** Why, written to the ledger with each limit changed. @default 'tollgate budget apply FILE' */
  reason?: string;
  /** Who, written to the ledger with each limit changed. @default the user name */
  actor?: string;
}

const untouchedShown = 10;

const marks: Record<BudgetChange['change'], string> = {
  add: '+',
  raise: '~',
  lower: '~',
  unchanged: '=',
  conflict: '!',
};

/**
 * `tollgate budget apply FILE`: shows how a configuration differs from what the store holds
 * (budgets added, limits raised or lowered, unchanged, conflicts) and applies it with
 * `loadBudgets`, idempotently. Lowering a limit asks first unless `--yes`; a conflict (a
 * budget stored under another parent or window) applies nothing. A failure after the first
 * write (a conflict another process made since the read, a store failure) prints the report
 * with what landed, then fails with the cause.
 */
export async function budgetApplyCommand(
  file: string,
  options: BudgetApplyOptions,
  io: CliIO,
): Promise<void> {
  const location = parseStoreFlags(options);
  const config = parseBudgetConfig(readConfig(file), { source: file });
  // Checked as adjustBudget checks them, before the store is opened or a lowering is asked.
  const who = checkedAuthor(adjustmentAuthor(file, options), 'budget apply');
  // A dry run against a SQLite file that does not exist yet creates nothing: all is new.
  const missingFile =
    location.kind === 'sqlite' && location.path !== ':memory:' && !existsSync(location.path);
  if (missingFile && options.dryRun === true) {
    report(file, location, applyPlan(config, []), options, io, false);
    return;
  }
  const store = await openStore(location, {
    create: true,
    ...(options.prefix === undefined ? {} : { redisPrefix: options.prefix }),
  });
  try {
    const stored: BudgetSnapshot[] = await readStore(location, () => store.list());
    const plan = applyPlan(config, stored);
    const conflicts = plan.changes.filter((change) => change.change === 'conflict');
    const pending = plan.changes.filter((change) => change.change !== 'unchanged');
    const apply = options.dryRun !== true && conflicts.length === 0 && pending.length > 0;
    const declined = apply ? await lowersDeclined(plan, options, io) : undefined;
    if (declined !== undefined) {
      report(file, location, plan, options, io, false);
      throw declined;
    }
    const outcome = apply ? await applyWrites(config, plan, store, who) : undefined;
    if (outcome?.error !== undefined) {
      // Part of the file may have landed: say what, then fail with the cause.
      report(file, location, withLanded(plan, outcome), options, io, false, outcome);
      throw outcome.error;
    }
    report(file, location, plan, options, io, apply);
    if (conflicts.length > 0) {
      throw runtimeError(
        `Nothing applied: ${conflicts.length} budget${conflicts.length === 1 ? '' : 's'} conflict with the store (${conflicts.map((change) => change.id).join(', ')}). Use new ids, or remove the stored budgets first.`,
      );
    }
  } finally {
    await store.close();
  }
}

function adjustmentAuthor(
  file: string,
  options: BudgetApplyOptions,
): { reason: string; actor?: string } {
  const actor = options.actor ?? defaultActor();
  const reason = options.reason ?? `tollgate budget apply ${file}`;
  return actor === undefined ? { reason } : { reason, actor };
}

function readConfig(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw usageError(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

/**
 * Lowered limits need `--yes`, or a "y" on a terminal (`confirm`); other changes only add
 * room. Answers the error to end with when the lowering was declined.
 */
async function lowersDeclined(
  plan: ApplyPlan,
  options: BudgetApplyOptions,
  io: CliIO,
): Promise<CliError | undefined> {
  const lowered = plan.changes.filter((change) => change.change === 'lower');
  if (lowered.length === 0 || options.yes === true) return undefined;
  const question = `Lower the limit of ${lowered.map((change) => `${change.id} (${change.storedLimitUsd} -> ${change.limitUsd})`).join(', ')}? Calls may be refused at once.`;
  const what = `Lowering a limit (${lowered.map((change) => change.id).join(', ')})`;
  const answer = await confirm(io, question, what);
  return answer === 'yes' ? undefined : notConfirmed(what, answer);
}

function report(
  file: string,
  location: StoreLocation,
  plan: ApplyPlan,
  options: BudgetApplyOptions,
  io: CliIO,
  applied: boolean,
  stopped?: ApplyOutcome,
): void {
  if (options.json === true) {
    const failure = stopped === undefined ? {} : { failure: messageOf(stopped.error) };
    writeJson(io.stdout, { file, store: location.display, applied, ...failure, ...plan });
    return;
  }
  const rows = [
    ['', 'budget', 'change', 'limit', 'window', 'note'],
    ...plan.changes.map((change) => [
      marks[change.change],
      change.id,
      change.change,
      limitText(change),
      change.window,
      change.note ?? '',
    ]),
  ];
  const counts = (['add', 'raise', 'lower', 'unchanged', 'conflict'] as const)
    .map((kind) => [kind, plan.changes.filter((change) => change.change === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind === 'add' ? 'to add' : kind}`);
  const lines = [
    `${file} against ${location.display}:`,
    '',
    ...formatTable(rows, new Set()),
    '',
    counts.join(', '),
  ];
  for (const family of plan.families) {
    lines.push(`family ${family.name}: members ${family.parentId}/${family.name}:<key>`);
  }
  lines.push(...closedNotes(plan.changes));
  if (plan.untouched.length > 0) {
    // A store can hold many budgets the file does not name: name a few, count the rest.
    const named = plan.untouched.slice(0, untouchedShown).join(', ');
    const more = plan.untouched.length - untouchedShown;
    lines.push(
      `not in ${file} (left as they are): ${named}${more > 0 ? ` and ${more} more (see --json)` : ''}`,
    );
  }
  if (stopped !== undefined) lines.push(...partialLines(plan));
  else lines.push(applied ? 'Applied.' : verdict(plan, options));
  writeLines(io.stdout, lines);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function limitText(change: BudgetChange): string {
  const limit = displayLimit(change.limitUsd);
  if (change.storedLimitUsd === undefined || change.change === 'unchanged') return limit;
  return `${displayLimit(change.storedLimitUsd)} -> ${limit}`;
}

function verdict(plan: ApplyPlan, options: BudgetApplyOptions): string {
  if (plan.changes.some((change) => change.change === 'conflict')) return 'Nothing applied.';
  if (plan.changes.every((change) => change.change === 'unchanged')) return 'Nothing to change.';
  return options.dryRun === true ? 'Dry run: nothing applied.' : 'Nothing applied.';
}
