import type {
  EventCut,
  EventVerdict,
  ObservedUsage,
  ResponseObserver,
  ServerSentEvent,
} from '@tollgate/core/adapter';
import { isRecord, UnreadEvents } from '@tollgate/core/internal';
import {
  type CallContext,
  consumedUsage,
  observedUsage,
  type ResponseFacts,
  stringField,
  withLaterOutput,
} from './call-context.js';
import { OutputTally } from './output-tally.js';

/** A chunk with usage in it (`"usage": {`, not `"usage": null`); a false match only reads early. */
const carriesUsage = /"usage"\s*:\s*\{/;

/** The member `include_usage` adds to every chunk but the usage chunk. */
const USAGE_NULL = ',"usage":null';
const CUT_USAGE_NULL: EventCut = Object.freeze({ cut: USAGE_NULL });
/** `}`, which closes a chunk. */
const CLOSING_BRACE = 0x7d;
/**
 * What may follow `"usage":null` in a chunk it can be cut from: only top-level members with
 * plain values (OpenAI's `obfuscation`, say), then the chunk's closing brace. Anything else
 * (a nested object, an escape) is not the expected layout, and the chunk passes whole.
 */
const TOP_LEVEL_TAIL = /^(?:,"\w+":(?:"[^"\\]*"|[\w.+-]+))*\}$/;

/**
 * True when `data` ends with the member `include_usage` adds, then the chunk's closing brace:
 * the usual layout of a chunk without usage, which is cut with no scan of the chunk (the
 * kit cuts the member only where the chunk's bytes hold it once: see `withoutCut`).
 */
function endsWithUsageNull(data: string): boolean {
  const end = data.length - 1;
  return (
    data.charCodeAt(end) === CLOSING_BRACE && data.startsWith(USAGE_NULL, end - USAGE_NULL.length)
  );
}

/**
 * The verdict on a chunk without usage when Tollgate turned `include_usage` on: its
 * `"usage":null` cut out, so the caller gets the chunk the raw SDK would have got for its
 * own request (where `usage` is absent); passed whole when the member is not where expected.
 */
function withoutUsageNull(data: string): EventVerdict {
  const at = data.lastIndexOf(USAGE_NULL);
  if (at === -1 || data.indexOf(USAGE_NULL) !== at) return true;
  const tail = at + USAGE_NULL.length;
  return TOP_LEVEL_TAIL.test(data.slice(tail)) ? CUT_USAGE_NULL : true;
}

/**
 * Reads one Chat Completions call's usage: from `usage` in the body, or in the stream's usage
 * chunk; from the text received when a stream ends without usage. When Tollgate, not the
 * caller, asked for `include_usage`, the caller sees the stream it asked for: the usage chunk
 * is hidden and every other chunk's `"usage":null` is cut out.
 */
export class ChatObserver implements ResponseObserver {
  readonly #context: CallContext;
  readonly #hideUsageChunk: boolean;
  /** Made on first use, as `#unread` is: a body with usage needs neither. */
  #tally: OutputTally | undefined;
  #usage: Record<string, unknown> | undefined;
  /**
   * Chunks passed on but not read yet: only a chunk that carries usage is read at once (it
   * may be the one to hide), so the caller's first chunk waits for no parse. The rest are
   * read in batches, and at the end when no usage came; once usage comes they are never
   * read (their text only counts what an interrupted stream produced).
   */
  #unread: UnreadEvents | undefined;
  /**
   * Text of the chunks read after the last one that carried usage: a server that reports
   * usage early (a first chunk saying `completion_tokens: 0`) never counted it.
   */
  #afterUsage: OutputTally | undefined;
  /** The output tokens of the last usage that reported more than the one before it. */
  #grownOutput = 0;
  #tier: string | undefined;
  #model: string | undefined;

  /** `hideUsageChunk`: the adapter turned `include_usage` on, so the caller must not see its chunk. */
  constructor(context: CallContext, hideUsageChunk: boolean) {
    this.#context = context;
    this.#hideUsageChunk = hideUsageChunk;
  }

  json(body: unknown): ObservedUsage {
    if (isRecord(body)) {
      this.#note(body);
      if (this.#usage === undefined && Array.isArray(body.choices)) {
        this.#tally ??= new OutputTally();
        for (const choice of body.choices) {
          if (isRecord(choice)) addText(this.#tally, choice.index, choice.message);
        }
      }
    }
    return this.end();
  }

  event(event: ServerSentEvent): EventVerdict {
    const data = event.data;
    if (data === '[DONE]') return true;
    // The usual chunk once usage is asked for ends `,"usage":null}`: no usage, no scan.
    const usageNull = endsWithUsageNull(data);
    if (!usageNull && carriesUsage.test(data)) return this.#readAtOnce(data);
    this.#unread ??= new UnreadEvents();
    const batch = this.#unread.keep(data);
    if (batch !== undefined) for (const kept of batch) this.#read(kept);
    if (!this.#hideUsageChunk) return true;
    return usageNull ? CUT_USAGE_NULL : withoutUsageNull(data);
  }

  /**
   * A chunk that may carry usage, read as it arrives. With usage in it, the chunks before it
   * are dropped unread, unless this one lacks the model or tier they name; otherwise they
   * are read first, in order.
   */
  #readAtOnce(data: string): boolean {
    const chunk = parse(data);
    if (!isRecord(chunk)) {
      this.#readUnread();
      return true;
    }
    const named =
      stringField(chunk.model) !== undefined && stringField(chunk.service_tier) !== undefined;
    // Chunks before a usage that grew are counted in it; before a stale one, they are not.
    const usage = chunk.usage;
    const grows =
      isRecord(usage) && (this.#usage === undefined || completionOf(usage) > this.#grownOutput);
    if (grows && named) this.#unread?.drop();
    else this.#readUnread();
    return this.#take(chunk);
  }

  /** Reads one chunk: false for the usage chunk Tollgate asked for, which is hidden. */
  #read(data: string): boolean {
    const chunk = parse(data);
    return isRecord(chunk) ? this.#take(chunk) : true;
  }

  /** Notes what a parsed chunk says: false for the usage chunk Tollgate asked for, which is hidden. */
  #take(chunk: Record<string, unknown>): boolean {
    const before = this.#usage;
    this.#note(chunk);
    const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
    const usage = isRecord(chunk.usage) ? chunk.usage : undefined;
    // A usage whose output grew counts the text before it and its chunk's own: only later
    // text is apart. One that did not grow (a stale usage repeated) counts none of it.
    const grew =
      usage !== undefined && (before === undefined || completionOf(usage) > this.#grownOutput);
    if (grew) {
      this.#grownOutput = completionOf(usage);
      this.#afterUsage = undefined;
    }
    if (usage !== undefined && choices.length === 0 && this.#hideUsageChunk) return false;
    const later = !grew && this.#usage !== undefined;
    for (const choice of choices) {
      if (!isRecord(choice)) continue;
      this.#tally ??= new OutputTally();
      addText(this.#tally, choice.index, choice.delta);
      if (!later) continue;
      this.#afterUsage ??= new OutputTally();
      addText(this.#afterUsage, choice.index, choice.delta);
    }
    return true;
  }

  #readUnread(): void {
    const unread = this.#unread;
    if (unread !== undefined) for (const data of unread.take()) this.#read(data);
  }

  end(): ObservedUsage {
    this.#readUnread();
    const facts: ResponseFacts = {
      serviceTier: this.#tier,
      model: this.#model,
      webSearches: this.#context.searchesPerRequest,
    };
    const { encoding, outputBound } = this.#context;
    if (this.#usage !== undefined) {
      const observed = observedUsage(this.#context, this.#usage, facts);
      // Text after the last usage whose output grew (OpenAI's own comes last, after every
      // delta): the stream delivered at least that usage's output and this text's, up to
      // what the request allows; a reported output above it stands.
      const later = this.#afterUsage?.tokens(encoding, outputBound) ?? 0;
      if (later === 0) return observed;
      const delivered = Math.min(this.#grownOutput + later, outputBound.total);
      const reported = completionOf(this.#usage);
      return delivered > reported ? withLaterOutput(observed, delivered - reported) : observed;
    }
    return consumedUsage(
      this.#context,
      (this.#tally ?? new OutputTally()).tokens(encoding, outputBound),
      facts,
    );
  }

  #note(body: Record<string, unknown>): void {
    this.#tier = stringField(body.service_tier) ?? this.#tier;
    this.#model = stringField(body.model) ?? this.#model;
    if (isRecord(body.usage)) this.#usage = body.usage;
  }
}

/** Adds the generated text of a message or delta (content, refusal, reasoning, tool calls) to `tally`. */
function addText(tally: OutputTally, index: unknown, message: unknown): void {
  if (!isRecord(message)) return;
  const choice = typeof index === 'number' ? index : 0;
  for (const key of ['content', 'refusal', 'reasoning_content'] as const) {
    const text = message[key];
    if (typeof text === 'string') tally.add(choice, text);
  }
  const calls = Array.isArray(message.tool_calls) ? [...message.tool_calls] : [];
  if (message.function_call !== undefined) calls.push({ function: message.function_call });
  for (const call of calls) {
    if (!isRecord(call) || !isRecord(call.function)) continue;
    const { name, arguments: args } = call.function;
    if (typeof name === 'string') tally.add(choice, name);
    if (typeof args === 'string') tally.add(choice, args);
  }
}

/** A raw usage's output count (`completion_tokens`), 0 when it gives none. */
function completionOf(usage: Record<string, unknown>): number {
  const count = usage.completion_tokens;
  return typeof count === 'number' && Number.isFinite(count) ? count : 0;
}

/** A chunk's JSON; `undefined` when it is not JSON (passed on, never charged from). */
function parse(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}
