/**
 * Hosted Responses tools billed per use on top of tokens, at rates no price table holds:
 * metering such a call from the tables would undercharge it, so it is refused unless the
 * client lets unpriced calls through (`unmetered: 'allow'`), when its tokens are still
 * held and charged and the tool's fees are not.
 */
import { type Budget, UnmeteredEndpointError } from '@tollgate/core';
import { isRecord } from '@tollgate/core/internal';

/**
 * The fee of each unpriced tool, as OpenAI bills it. File search: $2.50 per 1,000 calls;
 * code interpreter: a container session (from $0.03, more for larger memory), whose
 * sessions and memory size a request does not bound.
 */
export const UNPRICED_TOOL_FEES: Readonly<Record<string, string>> = Object.freeze({
  file_search: 'billed per call',
  code_interpreter: 'billed per container session',
});

/**
 * Refuses a Responses body that enables a tool of `UNPRICED_TOOL_FEES` while `budget`
 * enforces and `unmetered` is `'refuse'`; returns otherwise. `where` names the call.
 *
 * @throws UnmeteredEndpointError naming the tool and the option that lets it through.
 */
export function refuseUnpricedTools(
  tools: unknown,
  where: string,
  budget: Budget,
  unmetered: 'refuse' | 'allow',
): void {
  if (!Array.isArray(tools) || unmetered === 'allow' || !budget.enforce) return;
  for (const tool of tools) {
    const type = isRecord(tool) ? tool.type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(UNPRICED_TOOL_FEES, type)) continue;
    throw new UnmeteredEndpointError(
      `${where} (tool ${type})`,
      `${where}: the ${type} tool is ${UNPRICED_TOOL_FEES[type]} on top of tokens, at a rate no price table holds, ` +
        `so the call is refused while budget "${budget.id}" enforces. Pass unmetered: 'allow' to withBudget ` +
        `to send it with its tokens held and charged and the tool's fees not charged.`,
    );
  }
}
