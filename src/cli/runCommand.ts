/**
 * How every CLI command reads its command line and ends, the conventions of Node command-line tools: a bad
 * command line prints `name: problem` and the usage on stderr and exits 2; any other error prints `name:
 * message` and exits 1; otherwise `main`'s code is the exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the command cannot run: {@link runCommand} prints it with the usage and exits 2. */
export class UsageError extends Error {}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The command line as node:util's `parseArgs` reads it (positionals allowed), its complaints as {@link UsageError}. */
export function parseCommandLine<O extends OptionsConfig>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function runCommand(name: string, usage: string, main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof UsageError) {
        process.stderr.write(`${name}: ${err.message}\n${usage}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`${name}: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
