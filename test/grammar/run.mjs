// Runs the TextMate grammar tests: assertion cases (test/grammar/cases) and snapshots (test/grammar/snap), both
// against VS Code's Markdown grammar (vendored in fixtures/) with the injection contributed in package.json.
// Prints each tool's report, then one summary line `grammar: <passed> passed, <failed> failed`; exits 1 on failure.
// `--update` rewrites the snapshots instead of comparing them.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const toolDir = path.dirname(createRequire(import.meta.url).resolve('vscode-tmgrammar-test/package.json'));
// VS Code's Markdown grammar and the HTML grammars its paragraphs include, as the editor loads them.
const grammars = ['markdown', 'html-derivative', 'html'].flatMap(name => [
  '-g',
  path.relative(root, path.join(here, 'fixtures', `${name}.tmLanguage.json`)),
]);
const update = process.argv.includes('--update');

const suites = [
  { bin: 'dist/unit.js', dir: 'cases', args: [] },
  { bin: 'dist/snapshot.js', dir: 'snap', args: ['-s', 'text.html.markdown', ...(update ? ['-u'] : [])] },
];

// The Markdown grammar embeds dozens of code-block languages, and HTML embeds CSS and JavaScript; they are
// deliberately not loaded (the injection only concerns prose), so the tools' "grammar not found" warnings are noise.
const isMissingGrammarWarning = line => /^grammar not found for "/.test(line);
// eslint-disable-next-line no-control-regex -- strips ANSI colour codes before counting
const plain = text => text.replace(/\u001b\[[0-9;]*m/g, '');

let passed = 0;
let failed = 0;
for (const suite of suites) {
  const files = readdirSync(path.join(here, suite.dir)).filter(f => f.endsWith('.md'));
  const glob = path.relative(root, path.join(here, suite.dir, '*.md'));
  const result = spawnSync(
    process.execPath,
    [path.join(toolDir, suite.bin), ...grammars, ...suite.args, glob],
    { cwd: root, encoding: 'utf8' },
  );
  const stdout = result.stdout ?? '';
  const stderr = (result.stderr ?? '').split('\n').filter(line => !isMissingGrammarWarning(line)).join('\n').trim();
  process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr + '\n');
  if (result.error) process.stderr.write(`cannot run ${suite.bin}: ${result.error.message}\n`);
  const ok = plain(stdout).split('\n').filter(line => /^✓ \S+ run success/.test(line.trim())).length;
  // A file the tool did not report as successful (failed, aborted, unparsable) counts as failed.
  passed += ok;
  failed += files.length - ok + (result.status !== 0 && ok === files.length ? 1 : 0);
}

console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
