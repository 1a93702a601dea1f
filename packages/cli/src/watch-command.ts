import {
  type BudgetSnapshot,
  type BudgetStore,
  formatUsd,
  isSettlement,
  type LedgerEntry,
  money,
} from '@tollgate/core';
import { budgetViews } from './budget-views.js';
import { usageError } from './cli-error.js';
import type { CliIO } from './cli-io.js';
import { budgetsAt } from './current-figures.js';
import { entryNote } from './entry-note.js';
import { openStore, readStore } from './open-store.js';
import { parseStoreFlags } from './parse-store-url.js';
import {
  type DashboardBudget,
  type DashboardCall,
  type DashboardState,
  renderDashboard,
} from './render-dashboard.js';
import { TerminalScreen } from './terminal-screen.js';
import { tokenTotals } from './token-totals.js';

/** Options of `tollgate watch`. */
export interface WatchOptions {
  /** `sqlite:PATH` or `redis://HOST:PORT[/DB]`. */
  store: string;
  /** Milliseconds between polls, 50 to 1000 (the command line rejects anything else). @default 500 */
  interval?: number;
  /** Ledger entries shown. @default 12 */
  entries?: number;
  /** Key prefix of a Redis store. @default 'tollgate:' */
  prefix?: string;
  /** The clock each poll reads (windows, expired holds, rates). @default Date.now */
  clock?: () => number;
}

/** Spend samples of the last minute, per budget, for the rate. */
export class SpendRates {
  readonly #samples = new Map<string, Array<{ at: number; spentUsd: string }>>();
  readonly #spanMs: number;

  /** @param spanMs how far back the rate looks. @default 60000 */
  constructor(spanMs = 60_000) {
    this.#spanMs = spanMs;
  }

  /** Records a poll and answers each budget's spend per minute over the span (undefined until two samples). */
  update(views: readonly { id: string; spentUsd: string }[], at: number): Map<string, string> {
    const rates = new Map<string, string>();
    for (const view of views) {
      let samples = this.#samples.get(view.id) ?? [];
      const last = samples.at(-1);
      // Spend going down means a new window began: the old samples say nothing about now.
      if (last !== undefined && money(view.spentUsd).lt(money(last.spentUsd))) samples = [];
      samples.push({ at, spentUsd: view.spentUsd });
      samples = samples.filter((sample) => at - sample.at <= this.#spanMs);
      this.#samples.set(view.id, samples);
      const first = samples[0];
      if (first === undefined || samples.length < 2 || at === first.at) continue;
      const delta = money(view.spentUsd).minus(money(first.spentUsd));
      rates.set(
        view.id,
        formatUsd(
          delta
            .times(60_000)
            .div(at - first.at)
            .round(12),
        ),
      );
    }
    return rates;
  }
}

/** What one poll of the store found. */
export interface WatchFrame {
  storeDisplay: string;
  at: number;
  snapshots: readonly BudgetSnapshot[];
  entries: readonly LedgerEntry[];
  rates: ReadonlyMap<string, string>;
  intervalMs: number;
  error?: string;
}

/** The dashboard state of a watch frame (pure; tests render it to text). */
export function watchState(frame: WatchFrame): DashboardState {
  const budgets: DashboardBudget[] = budgetViews(frame.snapshots, frame.at).map((view) => {
    const rate = frame.rates.get(view.id);
    return rate === undefined ? view : { ...view, ratePerMinuteUsd: rate };
  });
  const calls: DashboardCall[] = [...frame.entries].reverse().map((entry) => {
    const tokens = tokenTotals(entry.details.tokens);
    const note = entryNote(entry);
    return {
      label: new Date(entry.settledAt).toISOString().slice(11, 19),
      budgetId: entry.budgetId,
      model: entry.details.model ?? '?',
      ...(tokens.input === undefined ? {} : { inputTokens: tokens.input }),
      ...(tokens.output === undefined ? {} : { outputTokens: tokens.output }),
      costUsd: entry.actualUsd,
      state: entry.details.partial === true ? 'partial' : 'settled',
      ...(note === undefined ? {} : { note }),
    };
  });
  return {
    title: `tollgate watch · ${frame.storeDisplay} · ${new Date(frame.at).toISOString().slice(0, 19)}Z`,
    subtitle: `refreshing every ${frame.intervalMs} ms · q quits`,
    budgets,
    showWindows: true,
    callsTitle: 'Recent ledger entries (UTC, oldest first)',
    calls,
    emptyCalls: '  none yet',
    notes: [
      ...(frame.error === undefined
        ? []
        : [`! store unreachable, showing the last figures: ${frame.error}`]),
      'Refusals never reach the store (nothing is held or spent), so they are not listed here; `tollgate demo` shows them in-process.',
    ],
  };
}

/**
 * `tollgate watch`: polls the store (list + recent ledger) and redraws in place until `q`,
 * Ctrl-C or the abort signal. Without a terminal it prints a frame whenever something changed.
 */
export async function watchCommand(options: WatchOptions, io: CliIO): Promise<void> {
  if (io.stdoutDiscarded === true) {
    throw usageError(
      'watch has nowhere to draw: standard output is closed or /dev/null (run it in a terminal, or redirect it to a file or a pipe)',
    );
  }
  const location = parseStoreFlags(options);
  const intervalMs = options.interval ?? 500;
  const limit = options.entries ?? 12;
  const clock = options.clock ?? Date.now;
  const store: BudgetStore = await openStore(
    location,
    options.prefix === undefined ? {} : { redisPrefix: options.prefix },
  );
  const rates = new SpendRates();
  const tty = io.stdout.isTTY === true;
  const screen = new TerminalScreen(io.stdout, true);
  let frame: WatchFrame | undefined;
  let stopped = false;
  let lastPlain = '';

  const draw = () => {
    // A poll that finishes after q must not draw over the restored screen.
    if (frame === undefined || stopped) return;
    const state = watchState(frame);
    if (tty) {
      screen.draw(renderDashboard(state, screen.width, screen.height));
      return;
    }
    const text = renderDashboard(
      { ...state, title: 'tollgate watch', subtitle: frame.storeDisplay },
      100,
    ).join('\n');
    if (text !== lastPlain) io.stdout.write(`${text}\n\n`);
    lastPlain = text;
  };

  const poll = async (first: boolean) => {
    const at = clock();
    try {
      // Holds past their deadline are released first, so a crashed caller's hold is not shown as held.
      const [snapshots, entries] = await Promise.all([
        budgetsAt(store, at),
        store.ledger({ limit, kind: 'settlement' }),
      ]);
      const views = budgetViews(snapshots, at);
      frame = {
        storeDisplay: location.display,
        at,
        snapshots,
        entries: entries.filter(isSettlement),
        rates: rates.update(views, at),
        intervalMs,
      };
    } catch (error) {
      // The first read decides whether the store is there at all (exit 1 if not); later
      // failures keep the last figures on screen while the store comes back.
      if (first) await readStore(location, () => Promise.reject(error));
      if (frame !== undefined)
        frame = { ...frame, error: error instanceof Error ? error.message : String(error) };
    }
    draw();
  };

  /** Resolves on q, Ctrl-C, a signal or abort; returns a cleanup that is safe to call twice. */
  const listen = (): { done: Promise<void>; cleanup: () => void } => {
    const cleanups: Array<() => void> = [];
    let resolveDone: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      resolveDone = resolve;
    });
    const cleanup = () => {
      for (const step of cleanups.splice(0)) step();
    };
    const finish = () => {
      cleanup();
      resolveDone();
    };
    const stdin = io.stdin;
    if (stdin?.isTTY === true && stdin.setRawMode !== undefined) {
      const onKey = (chunk: Buffer | string) => {
        const key = chunk.toString();
        // q, Q, Ctrl-C, Escape.
        if (key === 'q' || key === 'Q' || key === '\u0003' || key === '\u001b') finish();
      };
      stdin.setRawMode(true);
      stdin.on('data', onKey);
      stdin.resume();
      cleanups.push(() => {
        stdin.off('data', onKey);
        stdin.setRawMode?.(false);
        stdin.pause();
      });
    }
    const onResize = () => draw();
    io.stdout.on?.('resize', onResize);
    cleanups.push(() => io.stdout.off?.('resize', onResize));
    const onSignal = () => finish();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    cleanups.push(() => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    });
    if (io.signal !== undefined) {
      if (io.signal.aborted) finish();
      io.signal.addEventListener('abort', finish, { once: true });
    }
    return { done, cleanup };
  };

  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let cleanup = () => {};
  try {
    await poll(true);
    const listening = listen();
    cleanup = listening.cleanup;
    const loop = async () => {
      if (stopped) return;
      inFlight = poll(false);
      await inFlight;
      if (!stopped) timer = setTimeout(loop, intervalMs);
    };
    timer = setTimeout(loop, intervalMs);
    await listening.done;
  } finally {
    stopped = true;
    cleanup();
    if (timer !== undefined) clearTimeout(timer);
    screen.close();
    // Let a poll in flight finish before its store goes away.
    await inFlight;
    await store.close();
  }
}
