/**
 * A model's standard-tier rates of the day as plain integers of 10^-15 dollars, for the
 * pricing steps made once per model (`boundPricer`, `usagePricer`). They are kept until
 * another price entry comes into force, so a call reads them and multiplies: no entry
 * lookup, no tier resolution, no cost lines. A rate that is not a whole number of 10^-15
 * dollars leaves the entry without them, and the steps price such a model the exact way.
 */
import { dearestInputRate } from './bound-cost.js';
import type {
  CompiledEntry,
  CompiledLevel,
  CompiledModel,
  CompiledRate,
  ResolvedModel,
} from './compile.js';

/** One long-context level's rates, per token, in 10^-15 dollars. */
export interface FemtoLevel {
  /** The level holds when total input is above this many tokens (-1 for the base level). */
  readonly above: number;
  readonly input: number;
  readonly cachedInput: number;
  readonly cacheWrite5m: number;
  readonly cacheWrite1h: number;
  readonly output: number;
  /** The dearest input kind, as a bound charges every input token. */
  readonly dearestInput: number;
}

/** The standard rates of the entry in force, per call fees included. */
export interface FemtoRates {
  /** The base level first, thresholds ascending (as compiled). */
  readonly levels: readonly FemtoLevel[];
  /** Per request, per web search and per web fetch; 0 where the entry has no such fee. */
  readonly request: number;
  readonly webSearch: number;
  readonly webFetch: number;
}

/** The rates of the price entry in force for one model, refreshed when another one starts. */
export class DayRates {
  readonly #compiled: CompiledModel;
  #from = Number.POSITIVE_INFINITY;
  #until = Number.NEGATIVE_INFINITY;
  #rates: FemtoRates | undefined;

  constructor(compiled: CompiledModel) {
    this.#compiled = compiled;
  }

  /** The model the rates are of. */
  get model(): ResolvedModel {
    return this.#compiled.model;
  }

  /** The rates in force at `now` (ms since epoch); `undefined` when plain integers cannot hold them. */
  at(now: number): FemtoRates | undefined {
    if (now < this.#from || now >= this.#until) this.#pick(now);
    return this.#rates;
  }

  /**
   * As `entryAt` picks it: the last entry in force, else the first. It stays the pick until
   * another entry comes into force, or (a clock set back) until it is no longer in force.
   */
  #pick(now: number): void {
    const entries = this.#compiled.entries;
    let index = 0;
    let until = Number.POSITIVE_INFINITY;
    for (let i = 1; i < entries.length; i++) {
      const from = (entries[i] as CompiledEntry).from;
      if (from <= now) index = i;
      else if (from < until) until = from;
    }
    const entry = entries[index] as CompiledEntry;
    this.#from = index === 0 ? Number.NEGATIVE_INFINITY : entry.from;
    this.#until = until;
    this.#rates = femtoRates(entry);
  }
}

function femtoRates(entry: CompiledEntry): FemtoRates | undefined {
  const request = feeOf(entry.request);
  const webSearch = feeOf(entry.webSearch);
  const webFetch = feeOf(entry.webFetch);
  if (request === undefined || webSearch === undefined || webFetch === undefined) return undefined;
  const levels: FemtoLevel[] = [];
  for (const level of entry.sets.standard) {
    const femto = femtoLevel(level);
    if (femto === undefined) return undefined;
    levels.push(femto);
  }
  return { levels, request, webSearch, webFetch };
}

/** A fee in 10^-15 dollars: 0 when the entry has none. */
function feeOf(rate: CompiledRate | undefined): number | undefined {
  return rate === undefined ? 0 : rate.femto;
}

function femtoLevel(level: CompiledLevel): FemtoLevel | undefined {
  const { input, cachedInput, cacheWrite5m, cacheWrite1h, output } = level;
  const rates = [input, cachedInput, cacheWrite5m, cacheWrite1h, output, dearestInputRate(level)];
  const femtos = rates.map((rate) => rate.femto);
  if (femtos.some((femto) => femto === undefined)) return undefined;
  const [inputF, cachedF, write5mF, write1hF, outputF, dearestF] = femtos as number[];
  return {
    above: level.above,
    input: inputF as number,
    cachedInput: cachedF as number,
    cacheWrite5m: write5mF as number,
    cacheWrite1h: write1hF as number,
    output: outputF as number,
    dearestInput: dearestF as number,
  };
}
