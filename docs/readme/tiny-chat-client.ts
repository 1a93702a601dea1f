/** A chat request, in the OpenAI-compatible shape the endpoint takes. */
export interface ChatRequest {
  model: string;
  messages: { role: 'system' | 'user' | 'assistant'; content: string }[];
  max_completion_tokens?: number;
}

/** A chat response: the reply, and the usage the provider bills. */
export interface ChatResponse {
  model: string;
  choices: { message: { content: string | null } }[];
  usage: {
    prompt_tokens: number; // cached tokens included
    completion_tokens: number; // reasoning tokens included
    prompt_tokens_details?: { cached_tokens?: number };
    completion_tokens_details?: { reasoning_tokens?: number };
  };
}

/** The client an adapter wraps: a few lines of fetch, not a generated SDK. */
export class TinyChat {
  constructor(
    readonly baseURL: string,
    readonly apiKey: string,
  ) {}

  async complete(request: ChatRequest): Promise<ChatResponse> {
    const response = await fetch(`${this.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    if (!response.ok) throw new Error(`chat failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as ChatResponse;
  }
}
