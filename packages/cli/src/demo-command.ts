import { AI_SDK_MISSING_NOTE, type AiSdkLoader, loadAiSdk } from './ai-sdk-kit.js';
import { usageError } from './cli-error.js';
import type { CliIO } from './cli-io.js';
import type { DemoModules } from './demo-clients.js';
import { DemoLoop, type DemoSettings } from './demo-loop.js';
import { openDemoStore } from './demo-store.js';

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

interface DemoRun extends DemoSettings {
  live: boolean;
  /** How the AI SDK is loaded (tests stand in a missing one). @default loadAiSdk's import */
  loadKit: AiSdkLoader | undefined;
}

async function runDemo(run: DemoRun, io: CliIO): Promise<void> {
  const modules = await loadDemoModules(run.loadKit);
  if (modules.aiSdk === undefined) io.stderr.write(`${AI_SDK_MISSING_NOTE}\n`);
  const mock = run.live
    ? undefined
    : await (await import('@tollgate/mock-provider')).startMockProvider(
        // In a terminal, a little latency lets the view show calls in flight.
        run.tty ? { latencyMs: 60, chunkDelayMs: 1 } : {},
      );
  try {
    await new DemoLoop(run, modules, mock, io).run();
  } finally {
    await mock?.close();
  }
}

/** The SDKs and adapters load only for the demo, keeping `tollgate --help` quick. */
async function loadDemoModules(loadKit: AiSdkLoader | undefined): Promise<DemoModules> {
  const [{ default: OpenAI }, { default: Anthropic }, openaiAdapter, anthropicAdapter, aiSdk] =
    await Promise.all([
      import('openai'),
      import('@anthropic-ai/sdk'),
      import('@tollgate/openai'),
      import('@tollgate/anthropic'),
      loadAiSdk(loadKit),
    ]);
  return { OpenAI, Anthropic, openaiAdapter, anthropicAdapter, aiSdk };
}
