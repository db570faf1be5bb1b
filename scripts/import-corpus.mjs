// Regenerates the corpus Markdown from its raw extraction with the built CLI (run `npm run build` first):
//   node scripts/import-corpus.mjs
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli.js')) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(1);
}
execFileSync(
  process.execPath,
  ['dist/cli.js', 'import', 'corpus/raw/harris-dual-subordination.txt', '-o', 'corpus/harris-dual-subordination.md'],
  { stdio: 'inherit' },
);
