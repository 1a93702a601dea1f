/**
 * Reference rows: the cheapest metering of a non-streaming chat call we could write that
 * keeps the guarantees the kit's tests hold for it, written flat in one file instead of on
 * the kit's layers (route, plan, observer, pricer, settlement). They show what those
 * guarantees cost on this machine apart from the kit's design:
 *
 * - one hold per logical call, made in the options promise the SDK awaits (so retries reuse
 *   it), and a refusal rejects before any byte is sent;
 * - the hold bounds the call: the prompt's UTF-8 bytes, the output maximum, the exact price;
 * - charged its exact price from the usage in the SDK's own `json()` (cached tokens included),
 *   with the tokens, model and pricing version in the ledger entry;
 * - a response nobody reads is read at the end of its turn and charged all the same;
 * - a call that fails (an error status after retries, a network error, an abort) is released;
 * - a call whose answer never comes is ended at a deadline before its reservation expires
 *   (the deadlines of all calls on one timer, as the kit keeps them).
 *
 * It holds either on a Tollgate budget (the kit's synchronous hold and its charge) or on
 * `leastLedger()`: the least a ledger can do (one limit, integer pico-dollars, a map of holds
 * and a bounded list of entries; no chain, window, events or store). The second row is the
 * floor of these guarantees with any budget at all.
 *
 * Streams, endings after the headers, images and tools are left out: the rows measure one
 * happy non-streaming call, as the adapter row beside them does.
 */
import { type Budget, type Reservation, usageTokens } from '@tollgate/core';
import {
  type Charge,
  chargeUsage,
  holdPlanNow,
  pricerPerModel,
  settleCharge,
} from '@tollgate/core/adapter';
import { defaultPricing, type Pricing, usagePricer } from '@tollgate/pricing';
import type OpenAI from 'openai';

/** Where the prototype holds and charges. */
export interface PrototypeLedger {
  /**
   * Holds `amountUsd` (throws or rejects to refuse): the hold's expiry (ms since epoch) and
   * its end. At once when it can (a budget in memory, once defined in its store).
   */
  hold(amountUsd: string, model: string): LedgerHold | Promise<LedgerHold>;
}

interface LedgerHold {
  expiresAt: number;
  hold: PrototypeHold;
}

interface PrototypeHold {
  settle(charge: Charge): Promise<unknown>;
  release(): Promise<unknown>;
}

/** Holds on a Tollgate budget, as the kit does. */
export function budgetLedger(budget: Budget): PrototypeLedger {
  return {
    hold(amountUsd, model) {
      const held = holdPlanNow(budget, { holdUsd: amountUsd, model });
      if (held instanceof Promise) return held.then(({ reservation }) => holdOf(reservation));
      return holdOf(held.reservation);
    },
  };
}

function holdOf(reservation: Reservation): LedgerHold {
  return {
    expiresAt: reservation.expiresAt,
    hold: {
      settle: (charge) => settleCharge(reservation, charge),
      release: () => reservation.release(),
    },
  };
}

const picoPerUsd = 1_000_000_000_000n;

function toPico(usd: string): bigint {
  const point = usd.indexOf('.');
  if (point === -1) return BigInt(usd) * picoPerUsd;
  const fraction = usd.slice(point + 1).padEnd(12, '0');
  return BigInt(usd.slice(0, point)) * picoPerUsd + BigInt(fraction);
}

/** The least a ledger can do: see the file's comment. */
export function leastLedger(limitUsd: string, ttlMs = 600_000): PrototypeLedger {
  const limit = toPico(limitUsd);
  let committed = 0n;
  let counter = 0;
  const held = new Map<string, bigint>();
  const entries: object[] = [];
  return {
    hold(amountUsd) {
      const amount = toPico(amountUsd);
      if (committed + amount > limit) throw new Error(`refused: ${amountUsd} USD`);
      committed += amount;
      counter += 1;
      const id = `least.${counter.toString(36)}`;
      held.set(id, amount);
      return {
        expiresAt: Date.now() + ttlMs,
        hold: {
          settle(charge) {
            if (!held.delete(id)) return Promise.resolve(undefined);
            committed += toPico(charge.costUsd) - amount;
            const entry = { id, reservedUsd: amountUsd, ...charge, settledAt: Date.now() };
            entries.push(entry);
            if (entries.length > 10_000) entries.splice(0, 5_000);
            return Promise.resolve(entry);
          },
          release() {
            if (held.delete(id)) committed -= amount;
            return Promise.resolve(undefined);
          },
        },
      };
    },
  };
}

interface ChatBody {
  model: string;
  messages: { content: unknown }[];
  max_completion_tokens?: number;
}

interface ChatUsage {
  prompt_tokens: number;
  completion_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number };
  completion_tokens_details?: { reasoning_tokens?: number };
}

interface Call {
  model: string;
  hold: PrototypeHold | undefined;
  /** The charge of a call whose usage never came: its hold, marked unseen. */
  unseen: Charge | undefined;
  ended: boolean;
}

interface Seams {
  fetch: typeof fetch;
  request(
    options: unknown,
    retries?: number | null,
  ): PromiseLike<unknown> & {
    asResponse(): Promise<Response>;
  };
}

const callKey = Symbol('guarded.call');
const pricing = defaultPricing();
/** The pricing step of each model, made once (the kit's per-model cache). */
const pricerOf = pricerPerModel((table: Pricing, model) => usagePricer(table, 'openai', model));

function promptBytes(body: ChatBody): number {
  let bytes = 0;
  for (const message of body.messages)
    if (typeof message.content === 'string') bytes += Buffer.byteLength(message.content) + 4;
  return bytes + 3;
}

/**
 * The calls waiting for their deadline, on one timer. Every hold of a ledger has the same
 * time to live, so deadlines come in the order calls were held: a `Map` keeps that order, and
 * a call that ends is deleted from it (a timer per call costs several µs: Node keeps one
 * timer list per distinct delay, and each call's delay differs).
 */
const waiting = new Map<Call, number>();
let deadlineTimer: ReturnType<typeof setTimeout> | undefined;

function armDeadline(call: Call, dueAt: number): void {
  waiting.set(call, dueAt);
  if (deadlineTimer === undefined) armFor(dueAt);
}

function armFor(dueAt: number): void {
  deadlineTimer = setTimeout(expireDue, Math.max(0, dueAt - Date.now()));
  deadlineTimer.unref();
}

function expireDue(): void {
  deadlineTimer = undefined;
  const now = Date.now();
  for (const [call, dueAt] of waiting) {
    if (dueAt > now) {
      armFor(dueAt);
      return;
    }
    const unseen = call.unseen as Charge;
    void end(call)?.settle(unseen);
  }
}

function end(call: Call): PrototypeHold | undefined {
  if (call.ended) return undefined;
  call.ended = true;
  waiting.delete(call);
  return call.hold;
}

async function charge(call: Call, usage: ChatUsage): Promise<void> {
  const hold = end(call);
  if (hold === undefined) return;
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens ?? 0;
  const tokens = usageTokens(
    { uncached: usage.prompt_tokens - cached, cacheRead: cached },
    { text: usage.completion_tokens - reasoning, reasoning },
  );
  // The kit's cheapest charge: priced without cost lines, details checked as built.
  const model = call.model;
  await hold.settle(chargeUsage(pricerOf(pricing, model), { usage: { tokens, model } }, model));
}

function watchJson(response: Response, call: Call): void {
  let taken = false;
  const read = async (): Promise<unknown> => {
    taken = true;
    const answer = (await Response.prototype.json.call(response)) as { usage: ChatUsage };
    await charge(call, answer.usage);
    return answer;
  };
  Object.defineProperty(response, 'json', { configurable: true, value: read });
  setImmediate(() => {
    if (!taken) read().catch(() => undefined);
  });
}

/** The options to send for a held call: its deadline armed, and its key for each attempt. */
function send<Options extends { fetchOptions?: object }>(
  call: Call,
  held: LedgerHold,
  unseen: Charge,
  options: Options,
): Options {
  call.hold = held.hold;
  const ttl = held.expiresAt - Date.now();
  call.unseen = unseen;
  armDeadline(call, Date.now() + ttl * 0.9);
  const fetchOptions: Record<symbol, Call> = {};
  Object.assign(fetchOptions, options.fetchOptions);
  fetchOptions[callKey] = call;
  return Object.assign(Object.assign({}, options), { fetchOptions });
}

/** A copy of `client` metered on `ledger` as described above. */
export function guardedPrototype(client: OpenAI, ledger: PrototypeLedger): OpenAI {
  const derived = client.withOptions({});
  const seams = derived as unknown as Seams;
  const baseFetch = seams.fetch;
  const baseRequest = seams.request;
  seams.fetch = async (url, init) => {
    const call = (init as Record<symbol, Call | undefined> | undefined)?.[callKey];
    const response = await baseFetch(url, init);
    if (call !== undefined && response.ok && !call.ended) watchJson(response, call);
    return response;
  };
  seams.request = function guardedRequest(this: unknown, input, retries) {
    const call: Call = { model: '', hold: undefined, unseen: undefined, ended: false };
    const gated = Promise.resolve(input as { body: ChatBody; fetchOptions?: object }).then(
      (options) => {
        const body = options.body;
        const model = pricing.resolve('openai', body.model);
        call.model = model.id;
        const holdUsd = pricing.boundUsd({
          provider: 'openai',
          model: model.id,
          inputTokens: promptBytes(body),
          maxOutputTokens: body.max_completion_tokens ?? model.maxOutputTokens,
        });
        const held = ledger.hold(holdUsd, model.id);
        const unseen: Charge = { costUsd: holdUsd, details: { partial: true, usage: 'unseen' } };
        if (held instanceof Promise)
          return held.then((later) => send(call, later, unseen, options));
        return send(call, held, unseen, options);
      },
    );
    const promise = baseRequest.call(this, gated, retries);
    promise.asResponse().then(undefined, () => void end(call)?.release());
    return promise;
  };
  return derived;
}
