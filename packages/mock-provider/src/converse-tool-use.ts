import { isRecord } from './count-input-tokens.js';
import { type Exchange, type ToolArguments, toolArguments } from './exchange.js';
import type { ScriptedToolCall } from './script-rule.js';

/** The `toolUse` block a Converse answer carries: its id, the tool's name and its input. */
export interface ConverseToolUse extends ToolArguments {
  readonly toolUseId: string;
  readonly name: string;
}

type Body = Readonly<Record<string, unknown>>;

/**
 * A `toolUse` when scripted, or when the request forces one and its last message does not
 * already carry a `toolResult`, so a tool loop makes one call and then gets a text answer:
 * the rule of the OpenAI, Anthropic and Gemini paths. Converse forces a tool with
 * `toolConfig.toolChoice` (`{ any: {} }`: the first tool; `{ tool: { name } }`), and Claude
 * with `additionalModelRequestFields.tool_choice` (`{ type: 'any' | 'tool' }`), which the AI
 * SDK sends instead when parallel tool use is disabled.
 */
export function chooseConverseToolUse(exchange: Exchange): ConverseToolUse | undefined {
  const { body, respond } = exchange;
  const firstName = toolNames(body)[0];
  const forced = forcedName(body, firstName);
  const make = (name: string, args?: ScriptedToolCall['arguments']): ConverseToolUse => ({
    toolUseId: exchange.nextId('tooluse_'),
    name,
    ...toolArguments(args),
  });
  if (respond.toolCall !== undefined && respond.toolCall !== false) {
    const scripted = respond.toolCall === true ? {} : respond.toolCall;
    return make(scripted.name ?? forced ?? firstName ?? 'tool', scripted.arguments);
  }
  if (endsWithToolResult(body)) return undefined;
  return forced === undefined ? undefined : make(forced);
}

/** The names of `toolConfig.tools[].toolSpec` (cache points and other entries skipped). */
function toolNames(body: Body): string[] {
  const tools = isRecord(body.toolConfig) ? body.toolConfig.tools : undefined;
  const names: string[] = [];
  for (const tool of Array.isArray(tools) ? tools : []) {
    const spec = isRecord(tool) ? tool.toolSpec : undefined;
    if (isRecord(spec) && typeof spec.name === 'string') names.push(spec.name);
  }
  return names;
}

/** The tool the request forces, if any: a named one, or the first for "any tool". */
function forcedName(body: Body, firstName: string | undefined): string | undefined {
  const choice = isRecord(body.toolConfig) ? body.toolConfig.toolChoice : undefined;
  if (isRecord(choice)) {
    if (isRecord(choice.tool) && typeof choice.tool.name === 'string') return choice.tool.name;
    if (isRecord(choice.any)) return firstName;
  }
  const fields = body.additionalModelRequestFields;
  const claude = isRecord(fields) ? fields.tool_choice : undefined;
  if (isRecord(claude)) {
    if (claude.type === 'tool' && typeof claude.name === 'string') return claude.name;
    if (claude.type === 'any') return firstName;
  }
  return undefined;
}

/** True when the last message answers a tool call (a `toolResult` content block). */
function endsWithToolResult(body: Body): boolean {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const last = messages.at(-1);
  const content = isRecord(last) && Array.isArray(last.content) ? last.content : [];
  return content.some((block) => isRecord(block) && block.toolResult !== undefined);
}
