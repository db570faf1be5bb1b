// The warm-start scenario, driven from outside the extension host: start VS Code (code-server) on a corpus and let
// Opis index it, stop the server, change one file on disk, start it again with the same user data (where the
// extension's workspace storage keeps the index) and read Opis's counters in the host. Returns { passed, failed }.
import { copyFileSync, appendFileSync } from 'node:fs';
import * as path from 'node:path';

export const CHANGED = 'second.md';
const NEW_NOTE = '\n\nA claim added while VS Code was closed.[^900]\n\n[^900]: TsGAQQ, f. 105, op. 1, d. 7, l. 1.\n';

export async function runWarmStart({ version, folder, article, startCodeServer, runExtensionTests, suite, log = console.log }) {
  copyFileSync(article, path.join(folder, CHANGED));
  copyFileSync(article, path.join(folder, 'third.md'));
  const phase = async (name, port) => {
    process.env.OPIS_WARM_PHASE = name;
    process.env.OPIS_WARM_CHANGED = CHANGED;
    const server = await startCodeServer(version, { port, reuse: port !== undefined });
    try {
      log(`warm start, ${name} phase: code-server on ${server.url}`);
      return { port: server.port, result: await runExtensionTests({ server: server.url, ...suite, folder, log }) };
    } finally {
      await server.stop();
      delete process.env.OPIS_WARM_PHASE;
    }
  };
  const cold = await phase('cold');
  appendFileSync(path.join(folder, CHANGED), NEW_NOTE);
  const warm = await phase('warm', cold.port);
  return { passed: cold.result.passed + warm.result.passed, failed: cold.result.failed + warm.result.failed };
}
