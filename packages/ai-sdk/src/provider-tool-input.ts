/**
 * Which provider tools feed what they retrieve back to the model as billed input, with no
 * maximum a request can set: OpenAI's MCP connector (tool lists and results), file search
 * (retrieved chunks), code interpreter and hosted shell (outputs), tool search, Anthropic's
 * code execution and tool search, xAI's collections search... Such a call is bounded by the
 * model's context window, as Anthropic's `mcpServers` and Gemini's provider tools are.
 * Everything but two kinds is treated so, so a hosted tool a provider adds next year is
 * bounded too:
 * - tools the caller's own code runs (bash, text editor, computer use, memory, apply patch,
 *   local shell, custom tools): their results come back in the next step's prompt, which
 *   is measured then;
 * - web search and fetch, bounded per use by `boundProviderTools` (uses x result tokens).
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';

type Tool = NonNullable<LanguageModelV4CallOptions['tools']>[number];

/** A client-executed tool's name after its provider prefix (`anthropic.bash_20250124`). */
const CLIENT_TOOL =
  /^[^.]+\.(bash|computer|text_editor|memory|apply_patch|local_shell|custom)(_|$)/;

/** Web search and fetch, with their dated and preview versions (`openai.web_search_preview`). */
const PER_USE_TOOL = /\.web_(search|fetch)/;

/** True when a provider tool adds retrieved input no request field bounds. */
export function feedsOpenInput(tool: Tool): boolean {
  if (tool.type !== 'provider') return false;
  const id = tool.id;
  if (CLIENT_TOOL.test(id) || PER_USE_TOOL.test(id)) return false;
  // OpenAI's shell runs in the caller's code unless it names a hosted container.
  if (id === 'openai.shell') return isHostedShell(tool.args.environment);
  return true;
}

/**
 * A shell `environment` OpenAI runs (`containerAuto`, `containerReference`), not `local` (whose
 * `type` may be left out): an environment type OpenAI adds later is taken as hosted until it
 * is known, as `@tollgate/openai` takes it.
 */
export function isHostedShell(environment: unknown): boolean {
  if (typeof environment !== 'object' || environment === null) return false;
  const type = (environment as { type?: unknown }).type;
  return typeof type === 'string' && type !== 'local';
}
