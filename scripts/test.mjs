// `npm test`: installs what the chosen stages need and is missing (npm packages; Debian packages for code-server,
// Chromium and git), one line of progress per step, then runs the stages of scripts/test-suite.mjs.
// Usage: npm test [-- stage…]   stages: static unit (unit + grammar) integration selfcheck ui vsix web start (default: all)
import { fileURLToPath } from 'node:url';
import { ALL, needsServer, needsWeb, stages, unknownStages } from './test-stages.mjs';
import { codeServerInstalled, ensureCommands, ensureNpmPackages, neededCommands, orExplain } from './setup.mjs';

if (unknownStages.length) {
  console.error(`unknown stage '${unknownStages[0]}' (stages: ${ALL.join(' ')})`);
  process.exit(2);
}
await orExplain(async () => {
  ensureNpmPackages('test');
  if (needsWeb) ensureNpmPackages('test', fileURLToPath(new URL('../test/web', import.meta.url)));
  // server.mjs needs no npm package, but is imported only now so that setup stays first in the output
  const { CACHE, VERSIONS } = await import('./code-server/server.mjs');
  const versions = stages.includes('integration') ? Object.values(VERSIONS) : [VERSIONS.oldest];
  ensureCommands(neededCommands({
    // the fresh clone of the start stage installs its own code-server
    codeServerBuild: stages.includes('start') || (needsServer && versions.some(v => !codeServerInstalled(CACHE, v))),
    browser: needsServer || needsWeb,
    git: stages.includes('start'),
  }), { purpose: 'test' });
});
await import('./test-suite.mjs');
