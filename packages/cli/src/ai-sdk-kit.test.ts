import { describe, expect, it } from 'vitest';
import { loadAiSdk } from './ai-sdk-kit.js';
import { demoCommand } from './demo-command.js';
import { captureIO } from './test-support/capture-io.js';

/** The error Node's ESM loader throws for a package that is not installed. */
function notInstalled(name: string): Error {
  return Object.assign(new Error(`Cannot find package '${name}' imported from /app/dist/x.js`), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
}

describe('loadAiSdk', () => {
  it('loads the installed AI SDK', async () => {
    const kit = await loadAiSdk();
    expect(typeof kit?.generateText).toBe('function');
    expect(typeof kit?.createOpenAI).toBe('function');
  });

  it('answers undefined when ai or @ai-sdk/openai is not installed (optional peers)', async () => {
    for (const name of ['ai', '@ai-sdk/openai']) {
      await expect(loadAiSdk(() => Promise.reject(notInstalled(name)))).resolves.toBeUndefined();
    }
  });

  it('throws any other failure as it is', async () => {
    const other = notInstalled('left-pad');
    await expect(loadAiSdk(() => Promise.reject(other))).rejects.toBe(other);
    const broken = new SyntaxError('Unexpected token');
    await expect(loadAiSdk(() => Promise.reject(broken))).rejects.toBe(broken);
  });
});

describe('tollgate demo without the AI SDK installed', () => {
  it('says so once, sends its steps through the OpenAI SDK, and refuses plan-b the same', async () => {
    const io = captureIO();
    await demoCommand({ plain: true }, io, () => Promise.reject(notInstalled('ai')));
    expect(io.err()).toBe(
      'tollgate demo: the Vercel AI SDK (ai, @ai-sdk/openai) is not installed, so its steps go through the OpenAI SDK instead; install ai and @ai-sdk/openai (Node 22+) to include it\n',
    );
    const out = io.out();
    expect(out).toMatch(/12 calls through the OpenAI and Anthropic SDKs to the mock provider/);
    expect(out).not.toContain('ai-sdk');
    expect(out).toContain('Statement: 12 calls attempted, 11 charged, 1 refused before dispatch');
    expect(out).toMatch(/^#9 plan-a openai gpt-4o-mini stream held \$0\.\d{6} charged/m);
  });
});
