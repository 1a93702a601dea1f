/**
 * What each wire API adds to a prompt, or hides from it, when its input is bounded before
 * dispatch. One line per `ProviderApi`, so a new API states its rules in one place.
 */
import type { ProviderApi } from './provider-route.js';

/** Tokens allowed for one image of unknown size, by the rule of the models' owner. */
export const IMAGE_TOKENS: Readonly<Record<'openai' | 'anthropic', number>> = {
  // Anthropic scales to about 1.15 megapixels (at most about 1,600 tokens).
  anthropic: 1_800,
  // OpenAI's dearest rule is 1,536 patches times the model's multiplier.
  openai: 4_000,
};

/** Anthropic's tool-use system prompt, added when tools are set (published maximum: 530). */
export const TOOL_SYSTEM_PROMPT_TOKENS = 600;

/** How one API's prompt is bounded. */
export interface ApiFraming {
  /**
   * Tokens of one image whose size is not known here, or `undefined` when no fixed
   * allowance bounds it (the call is then bounded by the model's context window).
   */
  readonly imageTokens: number | undefined;
  /** Tokens the provider adds to the prompt when tools are set. */
  readonly toolPromptTokens: number;
  /**
   * True when provider-executed tools (search, URL context, code execution) feed their
   * results back as input with no maximum the request can set: the context window bounds it.
   */
  readonly openProviderTools: boolean;
  /** True when OpenAI's public tokenizers count the prompt exactly (OpenAI's own models). */
  readonly openaiTokenizer: boolean;
}

const OPENAI: ApiFraming = {
  imageTokens: IMAGE_TOKENS.openai,
  toolPromptTokens: 0,
  openProviderTools: false,
  openaiTokenizer: true,
};

/**
 * Other providers' models on OpenAI's wire: their tokenizers are not public here (a byte
 * still bounds a token), and their vision encoders size images by patches of the image's
 * own size (Pixtral: one token per 16x16 pixels), so no fixed allowance bounds an image.
 */
const COMPATIBLE: ApiFraming = {
  imageTokens: undefined,
  toolPromptTokens: 0,
  openProviderTools: false,
  openaiTokenizer: false,
};

/** The framing rules of every wire API. */
export const API_FRAMING: Readonly<Record<ProviderApi, ApiFraming>> = {
  'openai-responses': OPENAI,
  'openai-chat': OPENAI,
  'openai-embedding': OPENAI,
  anthropic: {
    imageTokens: IMAGE_TOKENS.anthropic,
    toolPromptTokens: TOOL_SYSTEM_PROMPT_TOKENS,
    openProviderTools: false,
    openaiTokenizer: false,
  },
  // Gemini tiles an image above 384 pixels into 768-pixel tiles of 258 tokens each, so its
  // tokens grow with its size; grounding and URL context add what they retrieve as
  // `toolUsePromptTokenCount`, with no maximum a request can set.
  google: {
    imageTokens: undefined,
    toolPromptTokens: 0,
    openProviderTools: true,
    openaiTokenizer: false,
  },
  // Converse wraps tools in the model's own tool-use prompt (Claude's, Nova's, Llama's);
  // images keep OpenAI's allowance, the dearest fixed rule.
  'bedrock-converse': {
    imageTokens: IMAGE_TOKENS.openai,
    toolPromptTokens: TOOL_SYSTEM_PROMPT_TOKENS,
    openProviderTools: false,
    openaiTokenizer: false,
  },
  'openai-compatible-chat': COMPATIBLE,
  'openai-compatible-responses': COMPATIBLE,
  'openai-compatible-embedding': COMPATIBLE,
};
