import { type Budget, type BudgetStatus, codeOf, createBudget } from '@tollgate/core';
import type { MockProvider } from '@tollgate/mock-provider';
import type { BudgetView } from './budget-views.js';
import { runtimeError } from './cli-error.js';
import { type CliIO, writeLines } from './cli-io.js';
import { type DemoClients, type DemoModules, demoClients, sendStep } from './demo-clients.js';
import { type DemoStep, demoSteps } from './demo-script.js';
import {
  type DemoCall,
  type DemoState,
  demoDashboard,
  plainCallLine,
  renderStatement,
} from './demo-statement.js';
import type { DemoStore } from './demo-store.js';
import { displayLimit } from './format-usd.js';
import { renderDashboard } from './render-dashboard.js';
import { TerminalScreen } from './terminal-screen.js';
import { tokenTotals } from './token-totals.js';

const SESSION = { id: 'session', limitUsd: '0.50' };
const PLANS = [
  { id: 'plan-a', limitUsd: '0.20' },
  { id: 'plan-b', limitUsd: '0.02' },
] as const;

// Header naming each step, so the mock answers each call with its scripted output length.
const STEP_HEADER = 'x-tollgate-demo-step';

/** How one demo runs. */
export interface DemoSettings {
  /** The live view in a terminal; plain lines otherwise. */
  tty: boolean;
  /** The store the budgets are kept in, if any. */
  kept: DemoStore | undefined;
  keys: { openai: string | undefined; anthropic: string | undefined };
}

/**
 * One run of the demo's loop: a session budget with two plans, each step sent through its
 * plan's clients, the view kept up to date from the budget's events, and the statement at
 * the end. `mock` is the loopback provider, absent with `--live`.
 */
export class DemoLoop {
  readonly #settings: DemoSettings;
  readonly #io: CliIO;
  readonly #mock: MockProvider | undefined;
  readonly #session: Budget;
  readonly #plans: Map<string, Budget>;
  readonly #clients: Map<string, DemoClients>;
  readonly #steps: readonly DemoStep[];
  readonly #withAiSdk: boolean;
  readonly #calls: DemoCall[] = [];
  readonly #versions: Record<string, string> = {};
  readonly #screen: TerminalScreen;
  #budgets: BudgetView[] = [];
  /** The call in flight, which the budget's events describe. */
  #current: DemoCall | undefined;
  /** Calls sent, counted here when no mock counts the requests it received. */
  #dispatched = 0;
  #finished = false;

  constructor(
    settings: DemoSettings,
    modules: DemoModules,
    mock: MockProvider | undefined,
    io: CliIO,
  ) {
    this.#settings = settings;
    this.#io = io;
    this.#mock = mock;
    const store = settings.kept?.store;
    this.#session = createBudget({
      ...SESSION,
      id: this.#idOf(SESSION.id),
      ...(store === undefined ? {} : { store }),
    });
    this.#plans = new Map(
      PLANS.map((plan) => [plan.id, this.#session.child({ ...plan, id: this.#idOf(plan.id) })]),
    );
    this.#clients = demoClients(modules, this.#plans, { mock, keys: settings.keys });
    this.#withAiSdk = modules.aiSdk !== undefined;
    // Without the AI SDK its steps go through the OpenAI SDK, and are labelled as such.
    this.#steps = this.#withAiSdk ? demoSteps : demoSteps.map(({ via: _via, ...step }) => step);
    this.#steps.forEach((step, index) => {
      mock?.script({
        match: (request) => request.headers[STEP_HEADER] === String(index + 1),
        respond: { outputTokens: step.outputTokens },
      });
    });
    this.#screen = new TerminalScreen(io.stdout, false);
    this.#listen();
  }

  /** Runs every step, then prints the statement; rejects if a call failed (not refused). */
  async run(): Promise<void> {
    this.#budgets = await budgetList(this.#session, this.#plans);
    if (!this.#settings.tty) writeLines(this.#io.stdout, [this.#announcement()]);
    this.#draw();
    for (const [index, step] of this.#steps.entries()) await this.#runStep(step, index + 1);
    await this.#finish();
  }

  #idOf(id: string): string {
    const kept = this.#settings.kept;
    return kept === undefined ? id : `${kept.run}/${id}`;
  }

  #requests(): number {
    return this.#mock?.requests.length ?? this.#dispatched;
  }

  #state(done: boolean): DemoState {
    return {
      provider:
        this.#mock === undefined
          ? 'the real OpenAI and Anthropic APIs'
          : `the mock provider at ${this.#mock.url}`,
      budgets: this.#budgets,
      calls: this.#calls,
      requestsReceived: this.#requests(),
      pricingVersions: this.#versions,
      done,
    };
  }

  #announcement(): string {
    const plans = PLANS.map((plan) => `${this.#idOf(plan.id)} ${displayLimit(plan.limitUsd)}`);
    const sdks = `the OpenAI and Anthropic SDKs${this.#withAiSdk ? ' and the Vercel AI SDK' : ''}`;
    const kept = this.#settings.kept;
    const where = kept === undefined ? '' : `; budgets kept in ${kept.location.display}`;
    return `tollgate demo: budget ${this.#session.id} ${displayLimit(SESSION.limitUsd)} with ${plans.join(' and ')}; ${this.#steps.length} calls through ${sdks} to ${this.#state(false).provider}${where}`;
  }

  #draw(): void {
    // A late refresh must not draw over the statement.
    if (!this.#settings.tty || this.#finished) return;
    const screen = this.#screen;
    screen.draw(renderDashboard(demoDashboard(this.#state(false)), screen.width, screen.height));
  }

  async #refresh(): Promise<void> {
    this.#budgets = await budgetList(this.#session, this.#plans);
    this.#draw();
  }

  /** The call in flight learns its hold and its charge from the session's events. */
  #listen(): void {
    this.#session.on('reserved', (event) => {
      if (this.#current !== undefined) this.#current.holdUsd = event.amountUsd;
    });
    this.#session.on('settled', (event) => {
      const current = this.#current;
      if (current === undefined) return;
      const details = event.entry.details;
      const tokens = tokenTotals(details.tokens);
      current.costUsd = event.entry.actualUsd;
      if (tokens.input !== undefined) current.inputTokens = tokens.input;
      if (tokens.output !== undefined) current.outputTokens = tokens.output;
      if (details.pricingVersion !== undefined) {
        current.pricingVersion = details.pricingVersion;
        this.#versions[current.step.provider] = details.pricingVersion;
      }
      current.state = details.partial === true ? 'partial' : 'settled';
    });
  }

  async #runStep(step: DemoStep, n: number): Promise<void> {
    const call: DemoCall = { n, step, state: 'in-flight', requestsBefore: this.#requests() };
    this.#calls.push(call);
    this.#current = call;
    const clients = this.#clients.get(step.plan);
    if (clients === undefined) throw new Error(`no client for ${step.plan}`);
    const headers = this.#mock === undefined ? {} : { [STEP_HEADER]: String(n) };
    const pending = sendStep(step, clients, headers, () => {
      this.#dispatched += 1;
    });
    // Show the hold while the call is in flight.
    const showHold = setTimeout(() => void this.#refresh(), 40);
    try {
      await pending;
    } catch (error) {
      recordFailure(call, error);
    }
    clearTimeout(showHold);
    this.#current = undefined;
    call.requestsAfter = this.#requests();
    await this.#refresh();
    if (!this.#settings.tty) writeLines(this.#io.stdout, [plainCallLine(call)]);
    // A moment to read the refusal in the live view.
    else await new Promise((resolve) => setTimeout(resolve, call.state === 'refused' ? 700 : 60));
  }

  /** The statement in place of the live view; rejects if any call failed. */
  async #finish(): Promise<void> {
    this.#finished = true;
    await this.#session.flush();
    this.#budgets = await budgetList(this.#session, this.#plans);
    const statement = renderStatement(this.#state(true));
    const stdout = this.#io.stdout;
    if (this.#settings.tty) {
      this.#screen.close();
      // The statement replaces the live view: it repeats every call and the bars.
      stdout.write('\u001b[H\u001b[2J');
    } else {
      stdout.write('\n');
    }
    writeLines(stdout, statement);
    const kept = this.#settings.kept;
    if (kept !== undefined) {
      const display = kept.location.display;
      const ids = this.#budgets.map((budget) => budget.id).join(', ');
      writeLines(stdout, [
        `Budgets kept in ${display} as ${ids}: see them with \`tollgate status --store ${display}\`.`,
      ]);
    }
    const failed = this.#calls.filter((call) => call.state === 'failed');
    if (failed.length > 0) {
      throw runtimeError(
        `${failed.length} demo call${failed.length === 1 ? '' : 's'} failed: ${failed[0]?.error ?? ''}`,
      );
    }
  }
}

/** A call that did not complete: refused before dispatch (with the figures of the refusal), or failed. */
function recordFailure(call: DemoCall, error: unknown): void {
  if (codeOf(error) !== 'BUDGET_EXCEEDED') {
    call.state = 'failed';
    call.error = error instanceof Error ? error.message : String(error);
    return;
  }
  const refusal = error as NonNullable<DemoCall['refusal']>;
  call.state = 'refused';
  call.refusal = {
    budgetId: refusal.budgetId,
    limitUsd: refusal.limitUsd,
    spentUsd: refusal.spentUsd,
    reservedUsd: refusal.reservedUsd,
    requestedUsd: refusal.requestedUsd,
  };
}

/** The session and its plans as the view shows them. */
async function budgetList(
  session: Budget,
  plans: ReadonlyMap<string, Budget>,
): Promise<BudgetView[]> {
  const view = (status: BudgetStatus, depth: number, parentId: string | null): BudgetView => ({
    id: status.id,
    parentId,
    depth,
    limitUsd: status.limitUsd,
    spentUsd: status.spentUsd,
    reservedUsd: status.reservedUsd,
    remainingUsd: status.remainingUsd,
    calls: status.calls,
    window: 'none',
    resetsAt: null,
  });
  const root = await session.status();
  const children = await Promise.all([...plans.values()].map((plan) => plan.status()));
  return [view(root, 0, null), ...children.map((status) => view(status, 1, session.id))];
}
