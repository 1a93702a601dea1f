import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type * as Zod from 'zod';
import { type BudgetConfig, budgetConfigSchema } from './budget-config.js';
import { MAX_CONFIG_BUDGET_DEPTH, MAX_CONFIG_NESTING, nestingPastLimit } from './config-nesting.js';
import { InvalidOptionsError, type ValidationIssue as Issue, TollgateError } from './errors.js';
import { type MoneyTextIssue, moneyAsWritten } from './money-as-written.js';
import { optionIssues } from './parse-options.js';

/** Options of `parseBudgetConfig`. */
export interface ParseBudgetConfigOptions {
  /**
   * The file name shown in error messages (`budgets.yaml:4:12`).
   * @default 'configuration'
   */
  source?: string;
}

/** A problem of a configuration file: where it is, by field and by line and column (1-based). */
export interface ConfigIssue extends Issue {
  /** The line the problem is on, from 1. */
  line?: number;
  /** The column the problem starts at, from 1. */
  column?: number;
}

let yaml: typeof Yaml | undefined;

/** yaml, loaded on the first parse: most programs never read a configuration file. */
function loadYaml(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}

/**
 * Reads a budget configuration from the text of a JSON or YAML file (JSON is read as the
 * YAML it also is, so both report positions the same way) and validates it. Throws
 * `InvalidOptionsError` whose issues name each field (`budgets.0.limitUsd`) with its line
 * and column, for syntax errors, duplicate keys and every rule the API applies.
 */
export function parseBudgetConfig(
  text: string,
  options: ParseBudgetConfigOptions = {},
): BudgetConfig {
  const source = options.source ?? 'configuration';
  const yaml = loadYaml();
  const lines = new yaml.LineCounter();
  const deep = nestingPastLimit(text, yaml);
  if (deep !== undefined) {
    throw invalidConfig(source, [
      {
        path: '',
        message: `expected lists and mappings nested at most ${MAX_CONFIG_NESTING} deep (${MAX_CONFIG_BUDGET_DEPTH} levels of budgets), received deeper nesting`,
        ...positionOf(text, deep),
      },
    ]);
  }
  let document: Yaml.Document.Parsed | undefined;
  let value: unknown;
  let written: MoneyTextIssue[] = [];
  try {
    document = yaml.parseDocument(text, {
      lineCounter: lines,
      uniqueKeys: true,
      prettyErrors: false,
    });
    if (document.errors.length > 0) {
      const issues = document.errors.map((error): ConfigIssue => {
        const position = lines.linePos(error.pos[0]);
        return {
          path: '',
          message: firstLine(error.message),
          line: position.line,
          column: position.col,
        };
      });
      throw invalidConfig(source, issues);
    }
    written = moneyAsWritten(document, yaml);
    value = document.toJS();
  } catch (error) {
    if (TollgateError.isInstance(error)) throw error;
    // yaml's own refusals (an alias bomb's ReferenceError) and anything else it throws.
    const start = document === undefined ? 0 : offsetOf(document, []);
    throw invalidConfig(source, [
      { path: '', message: readerRefusal(error), ...positionOf(text, start) },
    ]);
  }
  const notWritten = written.map(({ keys, offset, message }): ConfigIssue => {
    const position = lines.linePos(offset);
    return { path: keys.join('.'), message, line: position.line, column: position.col };
  });
  const schema = budgetConfigSchema();
  const result = schema.safeParse(value);
  if (result.success && notWritten.length === 0) return result.data;
  const issues =
    result.error === undefined
      ? []
      : schemaIssues(result.error, value, { document, lines, source });
  // A money field's own refusal says what is wrong with how it is written; the schema's
  // word on the double the parser made of it would only repeat or contradict it.
  const refused = new Set(notWritten.map((issue) => issue.path));
  throw invalidConfig(source, [
    ...notWritten,
    ...issues.filter((issue) => !refused.has(issue.path)),
  ]);
}

/** Where a configuration came from, to place its issues. */
interface ConfigText {
  document: Yaml.Document;
  lines: Yaml.LineCounter;
  source: string;
}

/** The schema's refusals of `value`, each with its line and column in the text. */
function schemaIssues(error: Zod.ZodError, value: unknown, from: ConfigText): ConfigIssue[] {
  const { document, lines, source } = from;
  const schema = budgetConfigSchema();
  // One zod issue at a time, to keep each issue's path as keys (an id may contain a dot).
  return error.issues.flatMap((zodIssue) => {
    const single = { issues: [zodIssue] } as unknown as Zod.ZodError;
    return optionIssues(single, value, schema).map((issue, index): ConfigIssue => {
      const keys =
        zodIssue.code === 'unrecognized_keys'
          ? [...zodIssue.path, zodIssue.keys[index] as string]
          : zodIssue.path;
      const position = lines.linePos(offsetOf(document, keys));
      const message = withDeclaration(issue.message, zodIssue, source, (path) =>
        lines.linePos(offsetOf(document, path)),
      );
      return { ...issue, message, line: position.line, column: position.col };
    });
  });
}

/**
 * `message` with the place of the other declaration an issue collides with (a rule's
 * `declaredAt`, named in the message by its path) added beside that path.
 */
function withDeclaration(
  message: string,
  issue: Zod.core.$ZodIssue,
  source: string,
  positionOf: (path: readonly PropertyKey[]) => { line: number; col: number },
): string {
  const { params } = issue as { params?: { declaredAt?: readonly PropertyKey[] } };
  const declaredAt = params?.declaredAt;
  if (declaredAt === undefined) return message;
  const path = declaredAt.map(String).join('.');
  const { line, col } = positionOf(declaredAt);
  return message.replace(path, `${path}, ${source}:${line}:${col}`);
}

/** One error for every problem, each on its own line as `file:line:column: field: problem`. */
function invalidConfig(source: string, issues: readonly ConfigIssue[]): InvalidOptionsError {
  const lines = issues.map((issue) => {
    const field = issue.path === '' ? '' : `${issue.path}: `;
    return `  ${source}:${issue.line}:${issue.column}: ${field}${issue.message}`;
  });
  return new InvalidOptionsError(
    `Invalid budget configuration ${source}:\n${lines.join('\n')}`,
    issues,
  );
}

/** Where the field at `keys` starts in the text: the nearest node on the path that exists. */
function offsetOf(document: Yaml.Document, keys: readonly PropertyKey[]): number {
  const { isNode } = loadYaml();
  for (let length = keys.length; length > 0; length -= 1) {
    const node = document.getIn(keys.slice(0, length), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  // A document that parsed without errors has contents with a range (even an empty one).
  return document.contents?.range?.[0] ?? 0;
}

/** The line and column (1-based) of `offset` in `text`, counted without a parser. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; ) {
    line += 1;
    start = newline + 1;
    newline = text.indexOf('\n', start);
  }
  return { line, column: offset - start + 1 };
}

/** What the YAML reader's own refusal says, as an issue: an alias bomb named as one. */
function readerRefusal(error: unknown): string {
  const message = error instanceof Error ? firstLine(error.message) : String(error);
  if (/alias count/i.test(message)) {
    return `expected YAML aliases (*name) that expand to a small tree, received aliases that expand without bound (${message})`;
  }
  return `expected a file the YAML reader accepts, received one it refused: ${message}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] as string;
}
