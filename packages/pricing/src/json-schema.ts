import { z } from 'zod';
import { pricingTableSchema } from './schema.js';

/** The JSON Schema of a price table, for editors (`pricing/pricing.schema.json`). */
export function pricingJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what a file may contain; refinements have no JSON Schema form.
  const schema = z.toJSONSchema(pricingTableSchema(), {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Tollgate price table',
    $id: 'https://tollgate.dev/pricing.schema.json',
  };
}

/** The committed file's exact text. */
export function pricingJsonSchemaText(): string {
  return `${JSON.stringify(pricingJsonSchema(), null, 2)}\n`;
}
