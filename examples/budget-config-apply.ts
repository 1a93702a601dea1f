/**
 * A budget tree kept in a reviewed configuration file (examples/budgets.yaml), applied to a
 * store with `tollgate budget apply` and loaded by the application with `loadBudgets`.
 * Shows the dry run, the apply, a second apply that changes nothing, a raised limit, and a
 * lowered one that needs --yes; then a call through a family member of the loaded tree.
 *
 * Run: pnpm example budget-config-apply
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@tollgate/cli';
import { loadBudgets, parseBudgetConfig } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import { sqliteStore } from '@tollgate/sqlite';
import OpenAI from 'openai';

const directory = mkdtempSync(join(tmpdir(), 'tollgate-config-example-'));
const database = join(directory, 'budgets.db');
const file = join(directory, 'budgets.yaml');
const original = readFileSync(new URL('./budgets.yaml', import.meta.url), 'utf8');
writeFileSync(file, original);

/** `tollgate ARGS…`, as a shell would run it. */
async function tollgate(...args: string[]): Promise<number> {
  console.log(`\n$ tollgate ${args.join(' ')}`);
  const code = await main(['node', 'tollgate', ...args]);
  if (code !== 0) console.log(`(exit code ${code})`);
  return code;
}

const mock = await startMockProvider();
try {
  await tollgate('budget', 'apply', file, '--store', `sqlite:${database}`, '--dry-run');
  await tollgate('budget', 'apply', file, '--store', `sqlite:${database}`);
  await tollgate('budget', 'apply', file, '--store', `sqlite:${database}`);

  console.log('\nThe support bot gets more room; the batch gets less (that needs --yes):');
  writeFileSync(
    file,
    original
      .replace('limitUsd: "10"', 'limitUsd: "15"')
      .replace('limitUsd: "20"', 'limitUsd: "12"'),
  );
  await tollgate('budget', 'apply', file, '--store', `sqlite:${database}`, '--yes');

  console.log('\nThe application loads the same file (attaching to what the store holds):');
  const store = sqliteStore({ path: database });
  try {
    const config = parseBudgetConfig(readFileSync(file, 'utf8'), { source: file });
    const { budgets, families } = await loadBudgets(config, { store });
    const agents = families.get('agents');
    const bot = budgets.get('acme/support-bot');
    if (agents === undefined || bot === undefined) throw new Error('budgets.yaml changed shape');
    const openai = withBudget(new OpenAI({ baseURL: mock.openaiBaseURL, apiKey: 'offline' }), {
      budget: bot,
    });
    const agent = await agents.for('agent-7');
    await openai.withBudget(agent).chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Classify this ticket.' }],
      max_completion_tokens: 100,
    });
    for (const budget of [agent, bot, budgets.get('acme')]) {
      const status = await budget?.status();
      console.log(`   ${status?.id.padEnd(34)} spent $${status?.spentUsd} of $${status?.limitUsd}`);
    }
  } finally {
    await store.close();
  }
  await tollgate('status', '--store', `sqlite:${database}`);
} finally {
  await mock.close();
  rmSync(directory, { recursive: true, force: true });
}
