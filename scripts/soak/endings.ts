/**
 * Every way a call can end, as something a test can do to one call through the real SDKs
 * against the mock provider: the soak's fault kinds and the endings property test both
 * drive calls through `runEnding`.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { Budgeted } from '@tollgate/core/adapter';
import type { AbortsAfterHeaders, MockProvider, ScriptedResponse } from '@tollgate/mock-provider';
import type OpenAI from 'openai';
import type { Random } from './random.ts';

/** The kinds of ending a call may meet. */
export const endings = [
  'none',
  '429',
  '500',
  '529',
  'drop',
  'error-event',
  'slow',
  'timeout',
  'cut-body',
  'cut-with-retry-left',
  'abort-before-headers',
  'abort-after-headers',
  'abandoned-stream',
  'unread-as-response',
] as const;
export type Ending = (typeof endings)[number];

/** How the caller uses the call: await a body, or read a stream to its end, a break or an abort. */
type Shape = 'create' | 'stream' | 'stream-break' | 'stream-abort';

/** The wrapped clients a call may go through, built on `AbortsAfterHeaders.fetch`. */
export interface EndingClients {
  openai: Budgeted<OpenAI>;
  anthropic: Budgeted<Anthropic>;
}

/** One call to make and how it should end. */
export interface EndingCall {
  ending: Ending;
  /** Unique text put in the request, so the provider's script applies to this call only. */
  marker: string;
  random: Random;
  clients: EndingClients;
  provider: MockProvider;
  aborts: AbortsAfterHeaders;
}

/** Makes one call that ends as `call.ending` says. Resolves or rejects as the SDK does. */
export async function runEnding(call: EndingCall): Promise<void> {
  const { ending, random, marker } = call;
  const shape = shapeOf(ending, random);
  const respond = scriptFor(ending, shape, random);
  if (respond !== undefined) {
    call.provider.script({
      match: (request) => JSON.stringify(request.body).includes(marker),
      times: timesFor(ending, random),
      respond,
    });
  }
  const controller = new AbortController();
  if (ending === 'abort-after-headers') call.aborts.register(marker, controller);
  if (ending === 'abort-before-headers')
    setTimeout(() => controller.abort(), random.int(0, 40)).unref();
  const requestOptions = {
    signal: controller.signal,
    maxRetries: ending === 'timeout' || ending.includes('cut') ? 1 : 2,
    ...(ending === 'timeout' ? { timeout: 150 } : {}),
  };
  const maxTokens = random.int(4, 48);
  const content = `Ending ${'lorem ipsum '.repeat(random.int(1, 30))} ${marker}`;
  if (random.next() < 0.5) {
    const body = {
      model: random.pick(['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-nano']),
      messages: [{ role: 'user' as const, content }],
      max_completion_tokens: maxTokens,
    };
    const completions = call.clients.openai.chat.completions;
    if (shape === 'create') await completions.create(body, requestOptions);
    else
      await useStream(
        completions.create({ ...body, stream: true }, requestOptions),
        call,
        shape,
        controller,
      );
    return;
  }
  const body = {
    model: random.pick(['claude-haiku-4-5', 'claude-sonnet-4-6']),
    max_tokens: maxTokens,
    messages: [{ role: 'user' as const, content }],
  };
  const messages = call.clients.anthropic.messages;
  if (shape === 'create') await messages.create(body, requestOptions);
  else
    await useStream(
      messages.create({ ...body, stream: true }, requestOptions),
      call,
      shape,
      controller,
    );
}

function shapeOf(ending: Ending, random: Random): Shape {
  switch (ending) {
    case 'cut-body':
    case 'cut-with-retry-left':
      return 'create';
    case 'error-event':
      return random.pick(['stream', 'stream-break'] as const);
    case 'abandoned-stream':
    case 'unread-as-response':
      return 'stream';
    case 'abort-before-headers':
    case 'abort-after-headers':
      return random.pick(['create', 'stream'] as const);
    default:
      return random.pick(['create', 'stream', 'stream-break', 'stream-abort'] as const);
  }
}

function scriptFor(ending: Ending, shape: Shape, random: Random): ScriptedResponse | undefined {
  switch (ending) {
    case '429':
    case '500':
    case '529':
      return { status: Number(ending), retryAfterSeconds: 0.001 };
    case 'drop':
      return { dropAfterChunks: random.int(1, 4) };
    case 'error-event':
      return { errorEventAfterChunks: random.int(1, 4) };
    case 'slow':
      return { chunkDelayMs: 3, latencyMs: 20 };
    case 'timeout':
      // Before the headers, or (a JSON body) while the body arrives.
      return shape === 'create' && random.next() < 0.5 ? { bodyDelayMs: 400 } : { latencyMs: 400 };
    case 'cut-body':
    case 'cut-with-retry-left':
      return { cutBodyAfterBytes: random.int(0, 40) };
    case 'abort-before-headers':
      return { latencyMs: 2_000 };
    case 'abort-after-headers':
      return shape === 'create' ? { bodyDelayMs: 2_000 } : { chunkDelayMs: 20 };
    default:
      return undefined;
  }
}

/** How many attempts the script applies to: a retry succeeds after it, or (all of them) none does. */
function timesFor(ending: Ending, random: Random): number {
  if (ending === '429' || ending === '500' || ending === '529') return random.int(1, 3);
  // Every attempt of a cut-body call is cut (maxRetries 1): the call fails for good. A
  // cut-with-retry-left call has a clean attempt ready, but the SDK does not retry a body
  // that broke off after its headers, and neither may Tollgate: it fails, and the provider
  // served it, so it is charged its hold.
  if (ending === 'cut-body') return 2;
  return 1;
}

/** Uses a streaming call the way the ending says: read it, break, abort, or leave it unread. */
async function useStream(
  request: PromiseLike<AsyncIterable<unknown>> & { asResponse(): Promise<Response> },
  call: EndingCall,
  shape: Shape,
  controller: AbortController,
): Promise<void> {
  if (call.ending === 'unread-as-response') {
    await request.asResponse();
    return;
  }
  const stream = await request;
  if (call.ending === 'abandoned-stream') return;
  let seen = 0;
  for await (const _event of stream) {
    seen += 1;
    if (shape === 'stream-break' && seen === 3) break;
    if (shape === 'stream-abort' && seen === 2) controller.abort();
  }
}
