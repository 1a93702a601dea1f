import { budgetConfigSchema } from './budget-config.js';
import { loadZod } from './parse-options.js';

/** The JSON Schema of a budget configuration, for editors (`budget-config.schema.json`). */
export function budgetConfigJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what a file may contain; refinements have no JSON Schema form.
  const schema = loadZod().toJSONSchema(budgetConfigSchema(), {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Tollgate budget configuration',
    $id: 'https://tollgate.dev/budget-config.schema.json',
  };
}

/** The committed file's exact text. */
export function budgetConfigJsonSchemaText(): string {
  return `${JSON.stringify(budgetConfigJsonSchema(), null, 2)}\n`;
}
