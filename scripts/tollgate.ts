/**
 * `pnpm tollgate …` and `pnpm demo …` in this workspace: the CLI from source.
 *
 * pnpm runs a script in the workspace root whatever folder it was typed in, which would
 * put `--store sqlite:budgets.db` in the root even when typed in a subfolder. pnpm and npm
 * record where the command was typed in INIT_CWD: relative paths are taken from there, as
 * the installed `tollgate` command takes them from the shell's folder.
 */
const typedIn = process.env.INIT_CWD;
if (typedIn !== undefined && typedIn !== '') process.chdir(typedIn);

await import('../packages/cli/src/bin.ts');
