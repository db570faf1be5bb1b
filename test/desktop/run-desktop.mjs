// `npm run test:desktop`: the same extension-host integration suite in a desktop VS Code through
// @vscode/test-electron, for machines that have one (or may download it). VSCODE_VERSION picks the build
// (default: the oldest supported, 1.100.3); VSCODE_EXECUTABLE uses an installed one instead.
import { runTests } from '@vscode/test-electron';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshWorkspace } from '../runners/workspace.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'index.js'),
    version: process.env.VSCODE_VERSION || '1.100.3',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    launchArgs: [freshWorkspace(path.join(ROOT, '.cache'), 'desktop'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`desktop integration tests failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
