// Entry of the `opis` command line: dispatches to a subcommand and maps failures to exit codes.
import * as path from 'node:path';
import { commands } from './commands/index';
import { UsageError, type CliIO } from './command';
import { opisVersion } from './version';

function usage(): string {
  const width = Math.max(...commands.map(c => c.name.length), 4);
  const lines = commands.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: opis <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h     show this help (or a command\'s help: opis <command> --help)',
    '  --version, -v  print the version',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${opisVersion}\n`);
    return 0;
  }
  const command = commands.find(c => c.name === name);
  if (!command) {
    io.stderr(`opis: unknown command '${name}'\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`opis ${name}: ${err.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    io.stderr(`opis ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

export function processIO(): CliIO {
  return {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    cwd: process.cwd(),
    bundledCorpus: path.resolve(__dirname, '..', 'corpus'),
    self: [process.execPath, ...process.execArgv, path.resolve(process.argv[1])],
  };
}
