import { type Budget, type BudgetStatus, codeOf, createBudget } from '@tollgate/core';
import { AI_SDK_MISSING_NOTE, type AiSdkKit, type AiSdkLoader, loadAiSdk } from './ai-sdk-kit.js';
import type { BudgetView } from './budget-views.js';
import { runtimeError, usageError } from './cli-error.js';
import { type CliIO, writeLines } from './cli-io.js';
import { type DemoStep, demoSteps } from './demo-script.js';
import {
  type DemoCall,
  type DemoState,
  demoDashboard,
  plainCallLine,
  renderStatement,
} from './demo-statement.js';
import { type DemoStore, openDemoStore } from './demo-store.js';
import { displayLimit } from './format-usd.js';
import { renderDashboard } from './render-dashboard.js';
import { TerminalScreen } from './terminal-screen.js';
import { tokenTotals } from './token-totals.js';

/** Options of `tollgate demo`. */
export interface DemoOptions {
  /** Plain lines instead of the live view. @default true without a terminal */
  plain?: boolean;
  /** Real APIs with `OPENAI_API_KEY` / `ANTHROPIC_API_KEY` instead of the mock. @default false */
  live?: boolean;
  /**
   * Keep the budgets in this store (`sqlite:PATH`, created if missing, or `redis://HOST:PORT`)
   * for `tollgate status` and `watch` to read afterwards. Each run adds budgets of its own,
   * `demo-N/session`, `demo-N/plan-a` and `demo-N/plan-b`, N one past the last run's.
   * @default in memory: nothing is left behind
   */
  store?: string;
}

const SESSION = { id: 'session', limitUsd: '0.50' };
const PLANS = [
  { id: 'plan-a', limitUsd: '0.20' },
  { id: 'plan-b', limitUsd: '0.02' },
] as const;

// Header naming each step, so the mock answers each call with its scripted output length.
const STEP_HEADER = 'x-tollgate-demo-step';

/**
 * `tollgate demo`: a session budget with two plans, and an agent-like loop of OpenAI and
 * Anthropic calls (streaming and not) through the real SDKs wrapped by Tollgate, against
 * the loopback mock provider (or the real APIs with `--live`). plan-b runs out and its next
 * call is refused before dispatch. Ends with a statement of every call, the totals per
 * budget and the pricing versions.
 */
export async function demoCommand(
  options: DemoOptions,
  io: CliIO,
  loadKit?: AiSdkLoader,
): Promise<void> {
  const live = options.live === true;
  const openaiKey = io.env.OPENAI_API_KEY;
  const anthropicKey = io.env.ANTHROPIC_API_KEY;
  if (
    live &&
    (openaiKey === undefined ||
      openaiKey === '' ||
      anthropicKey === undefined ||
      anthropicKey === '')
  ) {
    throw usageError('--live needs OPENAI_API_KEY and ANTHROPIC_API_KEY in the environment');
  }
  const tty = io.stdout.isTTY === true && options.plain !== true;
  // Opened before anything starts: an unreachable store fails the demo before its first call.
  const kept = options.store === undefined ? undefined : await openDemoStore(options.store);
  try {
    const keys = { openai: openaiKey, anthropic: anthropicKey };
    await runDemo({ live, tty, kept, keys, loadKit }, io);
  } finally {
    await kept?.store.close();
  }
}

interface DemoRun {
  live: boolean;
  tty: boolean;
  kept: DemoStore | undefined;
  keys: { openai: string | undefined; anthropic: string | undefined };
  /** How the AI SDK is loaded (tests stand in a missing one). @default loadAiSdk's import */
  loadKit: AiSdkLoader | undefined;
}

async function runDemo({ live, tty, kept, keys, loadKit }: DemoRun, io: CliIO): Promise<void> {
  const openaiKey = keys.openai;
  const anthropicKey = keys.anthropic;
  // The SDKs and the mock load only for the demo, keeping `tollgate --help` quick.
  const [{ default: OpenAI }, { default: Anthropic }, openaiAdapter, anthropicAdapter, aiSdk] =
    await Promise.all([
      import('openai'),
      import('@anthropic-ai/sdk'),
      import('@tollgate/openai'),
      import('@tollgate/anthropic'),
      loadAiSdk(loadKit),
    ]);
  if (aiSdk === undefined) io.stderr.write(`${AI_SDK_MISSING_NOTE}\n`);
  const mock = live
    ? undefined
    : await (await import('@tollgate/mock-provider')).startMockProvider(
        // In a terminal, a little latency lets the view show calls in flight.
        tty ? { latencyMs: 60, chunkDelayMs: 1 } : {},
      );
  try {
    const idOf = (id: string) => (kept === undefined ? id : `${kept.run}/${id}`);
    const session = createBudget({
      ...SESSION,
      id: idOf(SESSION.id),
      ...(kept === undefined ? {} : { store: kept.store }),
    });
    const plans = new Map<string, Budget>(
      PLANS.map((plan) => [plan.id, session.child({ ...plan, id: idOf(plan.id) })]),
    );
    const aiSdkOpenAI = aiSdk?.createOpenAI({
      apiKey: live ? (openaiKey as string) : 'mock-key',
      ...(mock === undefined ? {} : { baseURL: mock.openaiBaseURL }),
    });
    const clients = new Map<string, DemoClients>(
      [...plans].map(([id, budget]) => [
        id,
        {
          openai: openaiAdapter.withBudget(
            new OpenAI({
              apiKey: live ? (openaiKey as string) : 'mock-key',
              maxRetries: live ? 2 : 0,
              ...(mock === undefined ? {} : { baseURL: mock.openaiBaseURL }),
            }),
            { budget },
          ),
          anthropic: anthropicAdapter.withBudget(
            new Anthropic({
              apiKey: live ? (anthropicKey as string) : 'mock-key',
              maxRetries: live ? 2 : 0,
              ...(mock === undefined ? {} : { baseURL: mock.anthropicBaseURL }),
            }),
            { budget },
          ),
          // Chat Completions through the AI SDK, on the same plan budget as the SDK clients.
          ...(aiSdk === undefined || aiSdkOpenAI === undefined
            ? {}
            : {
                aiSdk: {
                  kit: aiSdk,
                  model: (model: string) => aiSdk.withBudget(aiSdkOpenAI.chat(model), { budget }),
                },
              }),
          retries: live ? 2 : 0,
        },
      ]),
    );
    // Without the AI SDK its steps go through the OpenAI SDK, and are labelled as such.
    const steps: readonly DemoStep[] =
      aiSdk === undefined ? demoSteps.map(({ via: _via, ...step }) => step) : demoSteps;
    steps.forEach((step, index) => {
      mock?.script({
        match: (request) => request.headers[STEP_HEADER] === String(index + 1),
        respond: { outputTokens: step.outputTokens },
      });
    });

    let dispatched = 0;
    const requests = () => mock?.requests.length ?? dispatched;
    const calls: DemoCall[] = [];
    const versions: Record<string, string> = {};
    const state = (): DemoState => ({
      provider:
        mock === undefined
          ? 'the real OpenAI and Anthropic APIs'
          : `the mock provider at ${mock.url}`,
      budgets,
      calls,
      requestsReceived: requests(),
      pricingVersions: versions,
      done: false,
    });
    let budgets: BudgetView[] = await budgetList(session, plans);
    const screen = new TerminalScreen(io.stdout, false);
    let finished = false;
    const draw = () => {
      // A late refresh must not draw over the statement.
      if (tty && !finished)
        screen.draw(renderDashboard(demoDashboard(state()), screen.width, screen.height));
    };
    const refresh = async () => {
      budgets = await budgetList(session, plans);
      draw();
    };
    let current: DemoCall | undefined;
    session.on('reserved', (event) => {
      if (current !== undefined) current.holdUsd = event.amountUsd;
    });
    session.on('settled', (event) => {
      if (current === undefined) return;
      const tokens = tokenTotals(event.entry.details.tokens);
      current.costUsd = event.entry.actualUsd;
      if (tokens.input !== undefined) current.inputTokens = tokens.input;
      if (tokens.output !== undefined) current.outputTokens = tokens.output;
      const version = event.entry.details.pricingVersion;
      if (version !== undefined) {
        current.pricingVersion = version;
        versions[current.step.provider] = version;
      }
      current.state = event.entry.details.partial === true ? 'partial' : 'settled';
    });

    if (!tty) {
      writeLines(io.stdout, [
        `tollgate demo: budget ${session.id} ${displayLimit(SESSION.limitUsd)} with ${PLANS.map((p) => `${idOf(p.id)} ${displayLimit(p.limitUsd)}`).join(' and ')}; ${steps.length} calls through the OpenAI and Anthropic SDKs${aiSdk === undefined ? '' : ' and the Vercel AI SDK'} to ${state().provider}${kept === undefined ? '' : `; budgets kept in ${kept.location.display}`}`,
      ]);
    }
    draw();
    for (const [index, step] of steps.entries()) {
      const call: DemoCall = { n: index + 1, step, state: 'in-flight', requestsBefore: requests() };
      calls.push(call);
      current = call;
      const client = clients.get(step.plan);
      if (client === undefined) throw new Error(`no client for ${step.plan}`);
      const pending = send(
        step,
        client,
        mock === undefined ? {} : { [STEP_HEADER]: String(call.n) },
        () => {
          dispatched += 1;
        },
      );
      // Show the hold while the call is in flight.
      const showHold = setTimeout(() => void refresh(), 40);
      try {
        await pending;
      } catch (error) {
        if (codeOf(error) === 'BUDGET_EXCEEDED') {
          const refusal = error as {
            budgetId: string;
            limitUsd: string;
            spentUsd: string;
            reservedUsd: string;
            requestedUsd: string;
          };
          call.state = 'refused';
          call.refusal = {
            budgetId: refusal.budgetId,
            limitUsd: refusal.limitUsd,
            spentUsd: refusal.spentUsd,
            reservedUsd: refusal.reservedUsd,
            requestedUsd: refusal.requestedUsd,
          };
        } else {
          call.state = 'failed';
          call.error = error instanceof Error ? error.message : String(error);
        }
      }
      clearTimeout(showHold);
      current = undefined;
      call.requestsAfter = requests();
      await refresh();
      if (!tty) writeLines(io.stdout, [plainCallLine(call)]);
      // A moment to read the refusal in the live view.
      if (tty)
        await new Promise((resolve) => setTimeout(resolve, call.state === 'refused' ? 700 : 60));
    }
    finished = true;
    await session.flush();
    budgets = await budgetList(session, plans);
    const statement = renderStatement({ ...state(), done: true });
    if (tty) {
      screen.close();
      // The statement replaces the live view: it repeats every call and the bars.
      io.stdout.write('\u001b[H\u001b[2J');
    } else {
      io.stdout.write('\n');
    }
    writeLines(io.stdout, statement);
    if (kept !== undefined) {
      const display = kept.location.display;
      writeLines(io.stdout, [
        `Budgets kept in ${display} as ${[...budgets.map((budget) => budget.id)].join(', ')}: see them with \`tollgate status --store ${display}\`.`,
      ]);
    }
    const failed = calls.filter((call) => call.state === 'failed');
    if (failed.length > 0) {
      throw runtimeError(
        `${failed.length} demo call${failed.length === 1 ? '' : 's'} failed: ${failed[0]?.error ?? ''}`,
      );
    }
  } finally {
    await mock?.close();
  }
}

interface DemoClients {
  openai: import('openai').default;
  anthropic: import('@anthropic-ai/sdk').default;
  /** Absent when the AI SDK is not installed: its steps go through `openai` instead. */
  aiSdk?: { kit: AiSdkKit; model: (model: string) => import('ai').LanguageModel };
  retries: number;
}

/** Makes one step's call and reads it to the end (streams included). */
async function send(
  step: DemoStep,
  clients: DemoClients,
  headers: Record<string, string>,
  onDispatch: () => void,
): Promise<void> {
  const content = `${step.task}.\n\nContext:\n${contextText(step.contextWords)}`;
  const messages = [{ role: 'user' as const, content }];
  onDispatch();
  if (step.via === 'ai-sdk' && clients.aiSdk !== undefined) {
    await sendThroughAiSdk(step, clients.aiSdk, clients.retries, content, headers);
    return;
  }
  if (step.provider === 'openai') {
    const body = { model: step.model, messages, max_completion_tokens: step.maxTokens };
    if (step.stream) {
      const stream = await clients.openai.chat.completions.create(
        { ...body, stream: true },
        { headers },
      );
      for await (const _chunk of stream) {
        // Reading to the end is all the demo needs; the adapter counts the usage.
      }
    } else {
      await clients.openai.chat.completions.create(body, { headers });
    }
    return;
  }
  const body = { model: step.model, max_tokens: step.maxTokens, messages };
  if (step.stream) {
    await clients.anthropic.messages.stream(body, { headers }).finalMessage();
  } else {
    await clients.anthropic.messages.create(body, { headers });
  }
}

/** One step through the Vercel AI SDK: `generateText`, or `streamText` read to the end. */
async function sendThroughAiSdk(
  step: DemoStep,
  aiSdk: NonNullable<DemoClients['aiSdk']>,
  retries: number,
  prompt: string,
  headers: Record<string, string>,
): Promise<void> {
  const { generateText, streamText } = aiSdk.kit;
  const call = {
    model: aiSdk.model(step.model),
    prompt,
    maxOutputTokens: step.maxTokens,
    maxRetries: retries,
    headers,
  };
  if (!step.stream) {
    await generateText(call);
    return;
  }
  let failure: unknown;
  const result = streamText({
    ...call,
    onError: ({ error }) => {
      failure = error;
    },
  });
  await result.consumeStream();
  // streamText reports errors (a refusal included) through onError, not by throwing.
  if (failure !== undefined) throw failure;
}

const WORDS = 'the budget holds each call before it is sent and charges its exact cost after'.split(
  ' ',
);

/** Deterministic filler standing for the files and notes an agent would send. */
function contextText(words: number): string {
  return Array.from({ length: words }, (_, i) => WORDS[i % WORDS.length]).join(' ');
}

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
