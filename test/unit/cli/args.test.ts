import * as assert from 'node:assert/strict';
import { runCli } from '../cliHarness';

// Every command reads its arguments the same way (src/cli/args.ts); checked here through the commands themselves.
describe('opis command arguments', () => {
  it('takes --name value and --name=value alike', async () => {
    const spaced = await runCli(['translit', 'Ежов', '--to', 'bgn', '--json']);
    const joined = await runCli(['translit', 'Ежов', '--to=bgn', '--json']);
    assert.equal(spaced.code, 0);
    assert.deepEqual(JSON.parse(joined.stdout), JSON.parse(spaced.stdout));
    assert.equal(JSON.parse(spaced.stdout).output, 'Yezhov');
    const limited = await runCli(['search', 'Ezhov', '--limit=1', '--json']);
    assert.equal(JSON.parse(limited.stdout).length, 1);
  });

  it('takes a text that starts with a dash after --', async () => {
    const { code, stdout } = await runCli(['translit', '--to', 'cyrillic', '--', '-ov']);
    assert.equal(code, 0);
    assert.equal(stdout, '-ов\n');
  });

  it('names an unknown option, a missing value and a value given to a flag, with the usage and exit 2', async () => {
    const cases: [string[], string][] = [
      [['lint', 'a.md', '--fix'], 'unknown option --fix'],
      [['notes', 'a.md', '-x'], 'unknown option -x'],
      [['translit', 'Ежов', '--to'], '--to needs one of cyrillic, lc, bgn, iso9, popular'],
      [['search', 'Ezhov', '--corpus'], '--corpus needs a folder'],
      [['export', 'store.json', '-o'], '-o needs a file name'],
      [['outline', 'a.md', '--json=yes'], '--json takes no value'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.ok(stderr.includes(message), `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, new RegExp(`opis ${args[0]}`), 'the usage follows');
    }
  });
});
