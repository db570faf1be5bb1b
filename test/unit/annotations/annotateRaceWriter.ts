// One writer of the race test: runs `opis annotate` in this process `count` times in a row on one article,
// each time a new store opened, locked, merged and saved as a separate command run would. Prints the ids added.
import { main } from '../../../src/cli/main';
import { CLI_FROM_SOURCE } from '../cliHarness';

const [cwd, article, quote, count, tag] = process.argv.slice(2);

async function write(): Promise<void> {
  const io = { stdout: (t: string) => void process.stdout.write(t), stderr: (t: string) => void process.stderr.write(t), cwd, bundledCorpus: cwd, self: CLI_FROM_SOURCE };
  for (let i = 0; i < Number(count); i++) {
    const code = await main(['annotate', article, '--quote', quote, '--note', `${tag} ${i}`], io);
    if (code !== 0) process.exit(code);
  }
}

void write();
