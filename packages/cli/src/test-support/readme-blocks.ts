/**
 * The fenced code blocks of a README and what the README test does with each, as said by
 * an HTML comment (invisible on GitHub and npm) on the line before the fence:
 *
 * - `<!-- readme-test: run -->` before a `sh` block: each line is run as written, in a
 *   fresh folder inside the workspace, and must exit 0.
 * - `<!-- readme-test: run until output -->`: each line is a command that runs until
 *   stopped (`tollgate watch`): it must print, then it is stopped with Ctrl-C (SIGINT).
 * - `<!-- readme-test: file PATH -->` before a `ts` block: the block is part of PATH, a file
 *   of the repository that `pnpm typecheck` and `pnpm lint` check. The blocks naming one file,
 *   in order and separated by a blank line, must be that file exactly.
 * - `<!-- readme-test: program PATH -->`: the same, and the file is also run against the
 *   loopback mock provider.
 * - `<!-- readme-test: skip REASON -->`: nothing (a fragment that needs context).
 * - A `ts` block without a comment is an error: every snippet is checked or says why not.
 * - Any other block without a comment (install lines, output) is left alone.
 */
export type BlockUse =
  | { kind: 'run' }
  | { kind: 'run-until-output' }
  | { kind: 'file'; path: string; run: boolean }
  | { kind: 'skip'; reason: string }
  | { kind: 'unmarked' }
  | { kind: 'none' };

/** One fenced block. */
export interface ReadmeBlock {
  /** The fence's language (`sh`, `ts`, `text`, or '' for none). */
  lang: string;
  code: string;
  use: BlockUse;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}

const MARKER = /^<!--\s*readme-test:\s*(.*?)\s*-->$/;

/** Reads a marker's text; anything unknown is an error so a typo cannot skip a block silently. */
export function parseUse(text: string, line: number): BlockUse {
  if (text === 'run') return { kind: 'run' };
  if (text === 'run until output') return { kind: 'run-until-output' };
  const file = /^(file|program) ([\w./-]+\.ts)$/.exec(text);
  if (file?.[2] !== undefined) return { kind: 'file', path: file[2], run: file[1] === 'program' };
  const skip = /^skip (.+)$/.exec(text);
  if (skip?.[1] !== undefined) return { kind: 'skip', reason: skip[1] };
  throw new Error(
    `line ${line}: unknown readme-test marker "${text}"; expected run, run until output, file PATH.ts, program PATH.ts or skip REASON`,
  );
}

/** Every fenced block of `markdown`, with what the README test does with it. */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  let marker: { text: string; line: number } | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const text = (lines[index] ?? '').trim();
    const found = MARKER.exec(text);
    if (found !== null) {
      marker = { text: found[1] ?? '', line: index + 1 };
      continue;
    }
    const fence = /^(`{3,})(\S*)/.exec(text);
    if (fence === null) {
      if (text !== '') marker = undefined;
      continue;
    }
    const close = fence[1] ?? '```';
    const start = index;
    const body: string[] = [];
    for (index += 1; index < lines.length && (lines[index] ?? '').trim() !== close; index += 1) {
      body.push(lines[index] ?? '');
    }
    if (index >= lines.length) throw new Error(`line ${start + 1}: the code block is never closed`);
    const lang = fence[2] ?? '';
    const use: BlockUse =
      marker !== undefined
        ? parseUse(marker.text, marker.line)
        : lang === 'ts'
          ? { kind: 'unmarked' }
          : { kind: 'none' };
    blocks.push({ lang, code: `${body.join('\n')}\n`, use, line: start + 1 });
    marker = undefined;
  }
  return blocks;
}

/** The commands of a shell block: one a line, without blank lines, comments or `$ ` prompts. */
export function shellCommands(code: string): string[] {
  return code
    .split('\n')
    .map((line) => line.replace(/^\$ /, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A file the README shows in blocks, and whether the test runs it. */
export interface ShownFile {
  path: string;
  run: boolean;
  /** The blocks joined as the file must read: in order, a blank line between two. */
  text: string;
  /** Where the blocks are, for messages (`README.md:42`). */
  places: string[];
}

/** The files the blocks of some READMEs show, each with its blocks put together. */
export function shownFiles(
  readmes: ReadonlyArray<{ path: string; blocks: readonly ReadmeBlock[] }>,
): ShownFile[] {
  const files = new Map<string, ShownFile>();
  for (const readme of readmes) {
    for (const block of readme.blocks) {
      if (block.use.kind !== 'file') continue;
      const known = files.get(block.use.path);
      const place = `${readme.path}:${block.line}`;
      if (known === undefined) {
        files.set(block.use.path, {
          path: block.use.path,
          run: block.use.run,
          text: block.code,
          places: [place],
        });
      } else {
        known.text += `\n${block.code}`;
        known.run ||= block.use.run;
        known.places.push(place);
      }
    }
  }
  return [...files.values()];
}
