import type { Exchange } from './exchange.js';

/**
 * The `service_tier` an OpenAI response reports: the scripted one, else the tier that would
 * serve the requested one (`auto` → `default`, `fast` → `priority`, as the docs describe).
 */
export function openAIServiceTier(exchange: Exchange): string {
  if (exchange.respond.serviceTier !== undefined) return exchange.respond.serviceTier;
  const requested = exchange.body.service_tier;
  if (requested === 'flex' || requested === 'priority' || requested === 'scale') return requested;
  if (requested === 'fast') return 'priority';
  return 'default';
}
