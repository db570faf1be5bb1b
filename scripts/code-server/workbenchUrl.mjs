// The workbench URL of a code-server that opens a folder with Opis loaded (no dependency: `npm start` imports it
// before anything is installed).
import * as path from 'node:path';

/**
 * The workbench URL that opens `folder` with Opis loaded from extensionDevelopmentPath and, when given, runs
 * the mocha module at extensionTestsPath inside the extension host (VS Code's own browser-test hook).
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const base = new URL(server);
  const remote = p => `vscode-remote://${base.host}${path.resolve(p)}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const url = new URL(base.href);
  if (folder) url.searchParams.set('folder', path.resolve(folder));
  else url.searchParams.set('ew', 'true');
  url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}
