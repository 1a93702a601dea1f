/** One call of the demo's agent loop. */
export interface DemoStep {
  /** The plan budget the call is made on. */
  plan: 'plan-a' | 'plan-b';
  provider: 'openai' | 'anthropic';
  /** `'ai-sdk'`: made through the Vercel AI SDK (`@ai-sdk/openai`) wrapped by `@tollgate/ai-sdk`. */
  via?: 'ai-sdk';
  model: string;
  stream: boolean;
  /** What the agent asks for (shown, and sent as the prompt). */
  task: string;
  /** Words of context sent with the task (lorem on the mock). */
  contextWords: number;
  /** The call's output bound: what the hold assumes. */
  maxTokens: number;
  /** Output the mock answers with (the real APIs answer what they answer). */
  outputTokens: number;
}

/**
 * The demo's agent loop: two plans sharing a session. plan-b ($0.02) spends most of its
 * limit by step 7, so step 8, whose 1,024-token output bound alone could cost more than
 * plan-b has left, is refused before it is sent. Everything else fits.
 *
 * Steps 9 and 11 go through the Vercel AI SDK (`streamText`, `generateText`) on the same
 * plans, beside the official-SDK calls.
 *
 * Claude Sonnet 4.6 stands in for Sonnet 4.5: the Anthropic SDK prints a deprecation
 * warning for 4.5 straight to the console, which would tear the live view. Same prices.
 */
/** The mode column of a step: how it is sent, and through which SDK. */
export function stepMode(step: DemoStep): string {
  const mode = step.stream ? 'stream' : 'once';
  return step.via === undefined ? mode : `${step.via} ${mode}`;
}

export const demoSteps: readonly DemoStep[] = [
  {
    plan: 'plan-a',
    provider: 'openai',
    model: 'gpt-4o-mini',
    stream: false,
    task: 'Classify the incoming ticket',
    contextWords: 400,
    maxTokens: 256,
    outputTokens: 40,
  },
  {
    plan: 'plan-a',
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    stream: true,
    task: 'Draft a plan for the fix',
    contextWords: 900,
    maxTokens: 1024,
    outputTokens: 420,
  },
  {
    plan: 'plan-b',
    provider: 'openai',
    model: 'gpt-4o',
    stream: false,
    task: 'Summarise the failing module',
    contextWords: 1200,
    maxTokens: 512,
    outputTokens: 260,
  },
  {
    plan: 'plan-a',
    provider: 'openai',
    model: 'gpt-4o',
    stream: true,
    task: 'Write the patch',
    contextWords: 1500,
    maxTokens: 1024,
    outputTokens: 610,
  },
  {
    plan: 'plan-b',
    provider: 'anthropic',
    model: 'claude-haiku-4-5',
    stream: true,
    task: 'List the affected call sites',
    contextWords: 800,
    maxTokens: 512,
    outputTokens: 180,
  },
  {
    plan: 'plan-a',
    provider: 'anthropic',
    model: 'claude-haiku-4-5',
    stream: false,
    task: 'Check the patch compiles',
    contextWords: 600,
    maxTokens: 256,
    outputTokens: 90,
  },
  {
    plan: 'plan-b',
    provider: 'openai',
    model: 'gpt-4o',
    stream: true,
    task: 'Explain the root cause',
    contextWords: 600,
    maxTokens: 800,
    outputTokens: 700,
  },
  {
    plan: 'plan-b',
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    stream: false,
    task: 'Write a long incident report',
    contextWords: 700,
    maxTokens: 1024,
    outputTokens: 600,
  },
  {
    plan: 'plan-a',
    provider: 'openai',
    via: 'ai-sdk',
    model: 'gpt-4o-mini',
    stream: true,
    task: 'Write the test',
    contextWords: 1000,
    maxTokens: 768,
    outputTokens: 350,
  },
  {
    plan: 'plan-a',
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    stream: false,
    task: 'Review the patch and the test',
    contextWords: 1800,
    maxTokens: 1024,
    outputTokens: 380,
  },
  {
    plan: 'plan-a',
    provider: 'openai',
    via: 'ai-sdk',
    model: 'gpt-4o',
    stream: false,
    task: 'Write the changelog entry',
    contextWords: 500,
    maxTokens: 256,
    outputTokens: 120,
  },
  {
    plan: 'plan-a',
    provider: 'anthropic',
    model: 'claude-haiku-4-5',
    stream: true,
    task: 'Summarise the session for the user',
    contextWords: 700,
    maxTokens: 512,
    outputTokens: 200,
  },
];
