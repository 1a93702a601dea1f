/**
 * What the demo's AI SDK steps need. `ai` and `@ai-sdk/openai` are optional peers of the CLI
 * (their current majors need Node 22, the CLI runs on 20.19), so they may be absent.
 */
export interface AiSdkKit {
  /** `generateText` of `ai`. */
  generateText: typeof import('ai').generateText;
  /** `streamText` of `ai`. */
  streamText: typeof import('ai').streamText;
  /** `createOpenAI` of `@ai-sdk/openai`. */
  createOpenAI: typeof import('@ai-sdk/openai').createOpenAI;
  /** `withBudget` of `@tollgate/ai-sdk`. */
  withBudget: typeof import('@tollgate/ai-sdk').withBudget;
}

/** Loads the kit's modules; the default imports the installed packages. */
export type AiSdkLoader = () => Promise<AiSdkKit>;

const importKit: AiSdkLoader = async () => {
  const [{ generateText, streamText }, { createOpenAI }, { withBudget }] = await Promise.all([
    import('ai'),
    import('@ai-sdk/openai'),
    import('@tollgate/ai-sdk'),
  ]);
  return { generateText, streamText, createOpenAI, withBudget };
};

/**
 * The AI SDK kit, or `undefined` when `ai` or `@ai-sdk/openai` is not installed. Any other
 * failure (a broken install) is thrown as it is.
 */
export async function loadAiSdk(load: AiSdkLoader = importKit): Promise<AiSdkKit | undefined> {
  try {
    return await load();
  } catch (error) {
    if (missingPeer(error)) return undefined;
    throw error;
  }
}

/** Node's "Cannot find package 'ai'" (or '@ai-sdk/openai') from an import. */
function missingPeer(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === 'ERR_MODULE_NOT_FOUND' &&
    typeof message === 'string' &&
    /'(ai|@ai-sdk\/[^']+)'/.test(message)
  );
}

/** Said once when the kit is missing: the AI SDK steps then go through the OpenAI SDK. */
export const AI_SDK_MISSING_NOTE =
  'tollgate demo: the Vercel AI SDK (ai, @ai-sdk/openai) is not installed, so its steps go through the OpenAI SDK instead; install ai and @ai-sdk/openai (Node 22+) to include it';
