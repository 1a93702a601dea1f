/**
 * Answers to structured-output requests: when a request asks for JSON matching a schema
 * and no text is scripted, the reply is the smallest value the schema accepts, so that
 * SDK helpers which validate the reply (the AI SDK's `Output.object`, `.parse`) succeed.
 */
import { isRecord } from './count-input-tokens.js';

/** Nesting beyond which a (recursive) schema is answered with `null`. */
const MAX_DEPTH = 16;

/**
 * The JSON text for a request's output format (OpenAI `response_format` or `text.format`,
 * Anthropic `output_config.format` / `output_format`): a minimal instance of a
 * `json_schema`, `{}` for `json_object`, `undefined` when the format asks for no JSON.
 */
export function structuredText(format: unknown): string | undefined {
  if (!isRecord(format)) return undefined;
  if (format.type === 'json_object') return '{}';
  if (format.type !== 'json_schema') return undefined;
  const nested = isRecord(format.json_schema) ? format.json_schema.schema : undefined;
  return JSON.stringify(schemaInstance(format.schema ?? nested));
}

/** The smallest value a JSON schema accepts (the first option of a choice). */
export function schemaInstance(schema: unknown, depth = 0): unknown {
  if (!isRecord(schema) || depth > MAX_DEPTH) return depth > MAX_DEPTH ? null : {};
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) return schemaInstance(options[0], depth + 1);
  }
  const declared = Array.isArray(schema.type)
    ? (schema.type.find((type) => type !== 'null') ?? 'null')
    : schema.type;
  const type = declared ?? (isRecord(schema.properties) ? 'object' : undefined);
  switch (type) {
    case 'object':
      return objectInstance(schema, depth);
    case 'array': {
      const length = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length }, () => schemaInstance(schema.items, depth + 1));
    }
    case 'string':
      return 'lorem'.padEnd(typeof schema.minLength === 'number' ? schema.minLength : 0, 'm');
    case 'number':
    case 'integer':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return {};
  }
}

function objectInstance(schema: Record<string, unknown>, depth: number): Record<string, unknown> {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  const instance: Record<string, unknown> = {};
  for (const key of required) {
    if (typeof key === 'string') instance[key] = schemaInstance(properties[key], depth + 1);
  }
  return instance;
}
