import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoSteps } from './demo-script.js';
import { type DemoState, demoDashboard, renderStatement } from './demo-statement.js';
import { renderDashboard } from './render-dashboard.js';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(cliDir, '..', '..');

function runDemo(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=@tollgate/source',
        '--import',
        'tsx',
        join(cliDir, 'src', 'bin.ts'),
        'demo',
        ...args,
      ],
      // No API keys: the demo must never need them (it talks to the loopback mock).
      { cwd: repoRoot, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, out, err }));
  });
}

describe('tollgate demo (as a process)', () => {
  it('refuses plan-b before dispatch, ends with the statement, and exits 0', async () => {
    const { code, out, err } = await runDemo(['--plain']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(
      /^tollgate demo: budget session \$0\.50 with plan-a \$0\.20 and plan-b \$0\.02; 12 calls .* mock provider at http:\/\/127\.0\.0\.1:\d+$/,
    );
    // Eleven calls charged, one refused, in order.
    const callLines = lines.filter((line) => /^#\d+ /.test(line));
    expect(callLines).toHaveLength(12);
    expect(callLines.filter((line) => line.includes(' charged $'))).toHaveLength(11);
    expect(callLines[7]).toMatch(
      /^#8 plan-b anthropic claude-sonnet-4-6 once REFUSED before dispatch: plan-b has \$0\.\d{4} left of \$0\.02; this call could cost up to \$0\.\d{4}; provider requests 7 → 7: nothing was sent$/,
    );
    // Two steps go through the Vercel AI SDK on the same plan budgets, charged like the rest.
    expect(callLines[8]).toMatch(
      /^#9 plan-a openai gpt-4o-mini ai-sdk stream held \$0\.\d{6} charged \$0\.\d{6} \(in 1,012, out 350 tokens\)$/,
    );
    expect(callLines[10]).toMatch(
      /^#11 plan-a openai gpt-4o ai-sdk once held .* out 120 tokens\)$/,
    );
    // The statement: every call, totals per budget, the provider's count and the pricing version.
    const start = lines.indexOf(
      'Statement: 12 calls attempted, 11 charged, 1 refused before dispatch',
    );
    expect(start).toBeGreaterThan(0);
    const statement = lines.slice(start).join('\n');
    expect(statement).toMatch(/^ {3}# {2}budget {2}model +mode +in +out +cost$/m);
    expect(statement).toMatch(/^ {3}8 {2}plan-b {2}claude-sonnet-4-6 +once +— +— +REFUSED$/m);
    expect(statement).toMatch(
      /^Refused before dispatch: #8 claude-sonnet-4-6 on plan-b: plan-b has \$0\.\d{4} left of \$0\.02; this call could cost up to \$0\.\d{4}\.\n {2}Provider requests 7 → 7: nothing was sent\.$/m,
    );
    expect(statement).toMatch(/^ {3}1 {2}plan-a {2}gpt-4o-mini +once +\d[\d,]* +40 +\$0\.\d{6}$/m);
    expect(statement).toMatch(/^ {2}11 {2}plan-a {2}gpt-4o +ai-sdk once +514 +120 +\$0\.\d{6}$/m);
    expect(statement).toMatch(
      /^ {2}session {3}\[[█░]{20}\] +\$0\.50 +\$0\.\d{6} +\$0\.\d{6} +11$/m,
    );
    expect(statement).toMatch(/^ {4}plan-a {2}\[[█░]{20}\] +\$0\.20 .* 8$/m);
    expect(statement).toMatch(/^ {4}plan-b {2}\[[█░]{20}\] +\$0\.02 .* 3$/m);
    expect(statement).toContain('Provider requests: 11 received for 12 calls attempted.');
    expect(statement).toMatch(
      /Pricing version: openai \d{4}-\d\d-\d\d, anthropic \d{4}-\d\d-\d\d\.$/m,
    );
  });

  it('refuses --live without API keys (exit 2)', async () => {
    const { code, err } = await runDemo(['--live']);
    expect(code).toBe(2);
    expect(err).toContain('--live needs OPENAI_API_KEY and ANTHROPIC_API_KEY');
  });
});

describe('the demo view', () => {
  const state: DemoState = {
    provider: 'the mock provider at http://127.0.0.1:1',
    budgets: [
      {
        id: 'session',
        parentId: null,
        depth: 0,
        limitUsd: '0.5',
        spentUsd: '0.02',
        reservedUsd: '0.01',
        remainingUsd: '0.47',
        calls: 2,
        window: 'none',
        resetsAt: null,
      },
      {
        id: 'plan-b',
        parentId: 'session',
        depth: 1,
        limitUsd: '0.02',
        spentUsd: '0.019',
        reservedUsd: '0',
        remainingUsd: '0.001',
        calls: 2,
        window: 'none',
        resetsAt: null,
      },
    ],
    calls: [
      {
        n: 1,
        step: demoSteps[2] ?? (demoSteps[0] as never),
        state: 'settled',
        holdUsd: '0.008',
        costUsd: '0.019',
        inputTokens: 1215,
        outputTokens: 260,
        requestsBefore: 0,
        requestsAfter: 1,
      },
      {
        n: 2,
        step: demoSteps[3] ?? (demoSteps[0] as never),
        state: 'in-flight',
        holdUsd: '0.01',
        requestsBefore: 1,
      },
      {
        n: 3,
        step: demoSteps[7] ?? (demoSteps[0] as never),
        state: 'refused',
        refusal: {
          budgetId: 'plan-b',
          limitUsd: '0.02',
          spentUsd: '0.019',
          reservedUsd: '0',
          requestedUsd: '0.0382',
        },
        requestsBefore: 2,
        requestsAfter: 2,
      },
    ],
    requestsReceived: 2,
    pricingVersions: { openai: '2026-11-28' },
    done: false,
  };

  it('shows holds in flight, the refusal and the provider count', () => {
    const text = renderDashboard(demoDashboard(state), 140).join('\n');
    expect(text).toContain(
      'calls go to the mock provider at http://127.0.0.1:1 · 2 requests received so far',
    );
    expect(text).toMatch(
      / {2}#2 {2}plan-a {2}gpt-4o +stream +— +— +\$0\.010000 {2}held \(in flight\)/,
    );
    expect(text).toMatch(
      /#3 {2}plan-b {2}claude-sonnet-4-6 +once .*REFUSED before dispatch: could cost up to \$0\.0382, plan-b has \$0\.0010 left/,
    );
    expect(text).toContain(
      'Refusals\n  #3 claude-sonnet-4-6 on plan-b: provider requests 2 → 2: nothing was sent',
    );
  });

  it('ends with a statement of calls, totals and pricing versions', () => {
    const statement = renderStatement(state);
    expect(statement[0]).toBe('Statement: 3 calls attempted, 1 charged, 1 refused before dispatch');
    expect(statement).toContain(
      'Refused before dispatch: #3 claude-sonnet-4-6 on plan-b: plan-b has $0.0010 left of $0.02; this call could cost up to $0.0382.',
    );
    expect(statement).toContain('  Provider requests 2 → 2: nothing was sent.');
    expect(statement.at(-1)).toBe('Pricing version: openai 2026-11-28.');
  });
});
