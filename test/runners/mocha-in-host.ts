// The `run()` side of an extension-host suite (the @vscode/test-electron convention): runs every
// `*.test.js` bundled beside the suite's index with mocha. A rejected promise makes VS Code exit non-zero.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function runMochaSuite(dir: string): Promise<void> {
  // OPIS_GREP (read by the server the host runs in) narrows a run to the suites and tests whose title matches
  const grep = process.env.OPIS_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, ...(grep ? { grep } : {}) });
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter(f => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}
