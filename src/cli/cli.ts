#!/usr/bin/env node
// Executable entry bundled to dist/cli.js.
import { useEnglishWordListFile } from '../node/englishWordList';
import { main, processIO } from './main';

useEnglishWordListFile();

main(process.argv.slice(2), processIO()).then(
  code => {
    process.exitCode = code;
  },
  err => {
    process.stderr.write(`opis: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
