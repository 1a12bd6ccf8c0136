import { DomainError } from '../domain/errors.ts';
import { UsageError, type Command } from './command.ts';
import { companies, importCmd, migrate, report, run, serve, simulate, tokens, users } from './commands.ts';

/** The `debitor` command line: `debitor [command] [--help]`; exit code 0 on success, 1 on failure, 2 on bad usage. */
const COMMANDS: Command[] = [serve, migrate, importCmd, report, run, simulate, users, tokens, companies];

function usage(): string {
  return ['debitor — accounts receivable and collections', '', 'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`), '', 'debitor COMMAND --help for its options.'].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name = 'serve', ...rest] = argv;
  if (name === '--help' || name === 'help' || name === '-h') { console.log(usage()); return 0; }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) { console.error(`debitor: unknown command "${name}"\n\n${usage()}`); return 2; }
  if (rest.includes('--help')) { console.log(command.help); return 0; }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) { console.error(`debitor ${name}: ${error.message}\n\n${command.help}`); return 2; }
    if (error instanceof DomainError) {
      console.error(`debitor ${name}: ${error.message}`);
      const details = error.details as { errors?: { line: number; column: string; reason: string }[] } | undefined;
      for (const e of details?.errors ?? []) console.error(`  line ${e.line}, column ${e.column}: ${e.reason}`);
      return 1;
    }
    console.error(`debitor ${name}: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
