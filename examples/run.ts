/**
 * Runs the examples, each in its own process against source (no build needed).
 *
 *   pnpm example NAME    run one (NAME with or without .ts); without NAME, list them
 *   pnpm examples        run them all one after the other, 60 s each at most; exits 1 if any
 *                        fails or times out, naming which
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLES: ReadonlyArray<readonly [name: string, about: string]> = [
  ['openai-basics', 'wrap an OpenAI client: exact charges, a refused call, an unmetered endpoint'],
  ['anthropic-streaming', 'Anthropic streams: the hold in flight, an early stop, a refused stream'],
  [
    'plan-and-session-budgets',
    'plans under a daily session: refused by the plan, then by the session',
  ],
  ['wait-mode', "onLimit: 'wait': calls queue for holds to settle; waitTimeoutMs"],
  ['shadow-mode', 'enforce: false: what a new limit would refuse, refusing nothing'],
  ['ai-sdk-agent', 'an AI SDK tool-loop agent on a session budget with a child per plan'],
  ['fine-tuned-prices', 'createPricing({ overrides }) for a fine-tuned model id'],
  ['saas-per-user-budgets', 'budgetFamily: a daily budget per end user under a monthly plan'],
  [
    'budget-config-apply',
    'a budget tree in budgets.yaml applied with tollgate budget apply, then loaded',
  ],
  ['otel-prometheus', 'instrument(): a Prometheus scrape of cost, tokens, gauges; webhook alerts'],
  ['sqlite-shared-budget', 'three processes on one budget in one SQLite file'],
  [
    'redis-shared-budget',
    'three processes on one budget in Redis (private redis-server or REDIS_URL)',
  ],
];
const TIMEOUT_MS = 60_000;
const folder = dirname(fileURLToPath(import.meta.url));

/** Starts an example with workspace packages resolved to their TypeScript source. */
function start(name: string, detached: boolean): ChildProcess {
  return spawn(
    process.execPath,
    ['--conditions=@tollgate/source', '--import', 'tsx', join(folder, `${name}.ts`)],
    { cwd: folder, stdio: 'inherit', detached },
  );
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('error', () => resolve(1));
    child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

async function runOne(name: string): Promise<number> {
  return exitOf(start(name, false));
}

async function runAll(): Promise<number> {
  // An example file missing from the list would never be run: refuse that.
  const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && file !== 'run.ts');
  const unlisted = files.filter((file) => !EXAMPLES.some(([name]) => `${name}.ts` === file));
  if (unlisted.length > 0) {
    console.error(`examples/run.ts: add ${unlisted.join(', ')} to EXAMPLES`);
    return 1;
  }
  const results: Array<{ name: string; seconds: string; outcome: string }> = [];
  let current: ChildProcess | undefined;
  // Each example runs in its own process group, so a timeout ends its workers and servers too.
  const killGroup = () => {
    if (current?.pid !== undefined && current.exitCode === null) {
      try {
        process.kill(-current.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  process.once('SIGINT', () => {
    killGroup();
    process.exit(130);
  });
  const started = Date.now();
  for (const [name] of EXAMPLES) {
    console.log(`\n━━ ${name} ${'━'.repeat(Math.max(0, 70 - name.length))}\n`);
    const begin = Date.now();
    current = start(name, true);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, TIMEOUT_MS);
    const code = await exitOf(current);
    clearTimeout(timer);
    const seconds = ((Date.now() - begin) / 1000).toFixed(1);
    const outcome = timedOut
      ? `timed out after ${TIMEOUT_MS / 1000} s`
      : code === 0
        ? 'ok'
        : `failed (exit ${code})`;
    results.push({ name, seconds, outcome });
  }
  const failed = results.filter((result) => result.outcome !== 'ok');
  console.log(
    `\n━━ ${results.length} examples in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  for (const { name, seconds, outcome } of results) {
    console.log(
      `   ${outcome === 'ok' ? '✓' : '✗'} ${name.padEnd(26)} ${seconds.padStart(5)} s  ${outcome}`,
    );
  }
  if (failed.length > 0) {
    console.error(`\n${failed.length} failed: ${failed.map((result) => result.name).join(', ')}`);
    return 1;
  }
  return 0;
}

function usage(): void {
  console.log('Usage: pnpm example NAME   (or pnpm examples to run them all)\n');
  for (const [name, about] of EXAMPLES) console.log(`   ${name.padEnd(26)} ${about}`);
}

const argument = process.argv[2];
if (argument === '--all') {
  process.exitCode = await runAll();
} else if (argument === undefined || argument === '--help' || argument === '-h') {
  usage();
} else {
  const name = argument.replace(/^(\.\/)?(examples\/)?/, '').replace(/\.ts$/, '');
  if (EXAMPLES.some(([known]) => known === name)) {
    process.exitCode = await runOne(name);
  } else {
    console.error(`Unknown example "${argument}".\n`);
    usage();
    process.exitCode = 1;
  }
}
