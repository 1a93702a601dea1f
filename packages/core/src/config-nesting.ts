import type * as Yaml from 'yaml';

/** The deepest budget tree a configuration file may hold: far beyond any real one. */
export const MAX_CONFIG_BUDGET_DEPTH = 64;

/**
 * The deepest nesting of lists and mappings a configuration file may hold: each level of
 * budgets is two (the `budgets` or `children` list and the budget's mapping), and the top
 * mapping, a family's template and its window add four more.
 */
export const MAX_CONFIG_NESTING = 2 * MAX_CONFIG_BUDGET_DEPTH + 4;

const SEQ = 0;
const MAP = 1;

/**
 * Where the text first nests lists and mappings deeper than `MAX_CONFIG_NESTING` (an offset),
 * or `undefined`. Read from yaml's lexer, a loop over the text's tokens that never recurses,
 * before any parser sees the text: the parsers recurse once per level, and a deep enough
 * file exhausts the stack (and, in yaml, the regular expression compiler's memory with it).
 * Flow collections (`[`, `{`, all of JSON) count one level each; a block collection is
 * counted by the column its entries start at, as YAML nests them: entries more indented than
 * an open collection are inside it, and a list may sit at its parent key's column.
 */
export function nestingPastLimit(text: string, yaml: typeof Yaml): number | undefined {
  const { CST, Lexer } = yaml;
  // The block collections open, outermost first: their columns and kinds.
  const columns: number[] = [];
  const kinds: number[] = [];
  let flow = 0;
  let offset = 0;
  let lineStart = 0;
  // The column the current node started at in block context, or -1 before one starts.
  let nodeStart = -1;
  const open = (column: number, kind: number): boolean => {
    while (columns.length > 0 && (columns.at(-1) as number) > column) {
      columns.pop();
      kinds.pop();
    }
    if (columns.at(-1) === column) {
      // A key at the column of a list that is a key's value ends that list.
      if (kinds.at(-1) === SEQ && kind === MAP) {
        columns.pop();
        kinds.pop();
      }
      if (columns.at(-1) === column && kinds.at(-1) === kind) return false;
    }
    columns.push(column);
    kinds.push(kind);
    return columns.length + flow > MAX_CONFIG_NESTING;
  };
  for (const token of new Lexer().lex(text)) {
    // The lexer's markers (a document, a plain scalar, a flow's end) are not source text.
    if (token === CST.DOCUMENT || token === CST.SCALAR || token === CST.FLOW_END) continue;
    const type = CST.tokenType(token);
    const column = offset - lineStart;
    let past = false;
    switch (type) {
      case 'flow-map-start':
      case 'flow-seq-start':
        flow += 1;
        if (flow === 1 && nodeStart === -1) nodeStart = column;
        past = columns.length + flow > MAX_CONFIG_NESTING;
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1);
        break;
      case 'seq-item-ind':
        if (flow === 0) {
          past = open(column, SEQ);
          nodeStart = -1;
        }
        break;
      case 'explicit-key-ind':
        if (flow === 0) {
          past = open(column, MAP);
          nodeStart = -1;
        }
        break;
      case 'map-value-ind':
        if (flow === 0) {
          past = open(nodeStart === -1 ? column : nodeStart, MAP);
          nodeStart = -1;
        }
        break;
      case 'doc-start':
      case 'doc-end':
        columns.length = 0;
        kinds.length = 0;
        flow = 0;
        nodeStart = -1;
        break;
      case 'newline':
      case 'space':
      case 'comment':
      case 'comma':
        break;
      default:
        if (flow === 0 && nodeStart === -1) nodeStart = column;
    }
    if (past) return offset;
    offset += token.length;
    const newline = token.lastIndexOf('\n');
    if (newline !== -1) {
      lineStart = offset - (token.length - newline - 1);
      if (flow === 0) nodeStart = -1;
    }
  }
  return undefined;
}
