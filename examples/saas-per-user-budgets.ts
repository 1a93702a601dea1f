/**
 * A per-user SaaS budget family: each customer's plan has a monthly limit, and every end
 * user of that customer gets a daily budget of their own, made from one template the first
 * time they call. A heavy user is refused by their own limit while their colleagues carry
 * on; one user gets a larger allowance; the next day everyone's allowance is back, because
 * the members follow their template's daily window.
 *
 * Run: pnpm example saas-per-user-budgets
 */
import { BudgetExceededError, budgetFamily, createBudget } from '@tollgate/core';
import { manualClock } from '@tollgate/core/testing';
import { startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import OpenAI from 'openai';

const mock = await startMockProvider();
mock.script({ match: { provider: 'openai' }, times: Infinity, respond: { outputTokens: 300 } });
// A clock we can move, to show the next day without waiting for it.
const clock = manualClock(Date.UTC(2026, 2, 2, 9));

try {
  // In production: store: sqliteStore(...) or redisStore(...), shared by every server.
  const acme = createBudget({ id: 'customer/acme', limitUsd: '5', window: 'month', clock });
  const users = budgetFamily({
    parent: acme,
    name: 'users',
    template: { limitUsd: '0.01', window: 'day' },
  });
  const openai = withBudget(new OpenAI({ baseURL: mock.openaiBaseURL, apiKey: 'offline' }), {
    budget: acme,
  });

  /** One request of an end user: their own budget, created on their first call. */
  async function ask(userId: string, question: string): Promise<string> {
    const member = await users.for(userId);
    try {
      await openai.withBudget(member).chat.completions.create({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: question }],
        max_completion_tokens: 400,
      });
      const status = await member.status();
      return `ok (${member.id} spent $${status.spentUsd} of $${status.limitUsd} today)`;
    } catch (error) {
      if (!(error instanceof BudgetExceededError)) throw error;
      return `refused by ${error.budgetId}: spent $${error.spentUsd} of $${error.limitUsd}`;
    }
  }

  console.log('1. Alice asks until her daily allowance is used up; Bob still gets answers:');
  for (let n = 1; n <= 5; n += 1) {
    const answer = await ask('alice', 'Summarise this ticket.');
    console.log(`   alice #${n}: ${answer}`);
    if (answer.startsWith('refused')) break;
  }
  console.log(`   bob   #1: ${await ask('bob', 'Draft a reply.')}`);

  console.log('\n2. Carol is on a larger seat: a per-key override of the template:');
  const carol = await users.for('carol', { limitUsd: '0.05' });
  console.log(`   ${carol.id}: limit $${(await carol.status()).limitUsd} a day`);

  console.log(
    '\n3. The same key is the same budget (and the same in every process on a shared store):',
  );
  const again = await users.for('alice');
  console.log(
    `   users.for('alice') again -> same object: ${again === (await users.for('alice'))}`,
  );

  clock.advance(24 * 3_600_000);
  console.log(
    '\n4. The next day, Alice has her allowance back; the customer keeps its monthly total:',
  );
  console.log(`   alice: ${await ask('alice', 'And this one?')}`);
  const month = await acme.status();
  console.log(
    `   ${acme.id}: spent $${month.spentUsd} of $${month.limitUsd} this month (resets ${month.resetsAt})`,
  );
  console.log(`\nRequests sent: ${mock.requests.length} (refused calls send none).`);
} finally {
  await mock.close();
}
