// Foundation figure: the cost of loading the extension bundle and running activate() (bench/run.ts reports
// the bundle sizes).
// activate() runs against a stand-in `vscode` module whose every call returns a disposable, so the figure is
// Opis's own start-up work (module evaluation + registrations), not the editor's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Module from 'node:module';
import { defineBenches } from './bench';

const DIST = path.resolve(__dirname, '..', 'dist');

/** A value that can be called, constructed or read at any depth: the editor API without an editor. */
function standIn(): unknown {
  const fn = function () {
    return standIn();
  };
  const get = (_t: object, key: string | symbol) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : standIn());
  return new Proxy(fn, {
    get,
    // bundlers copy a CommonJS module's members onto an object whose prototype is the module's: answer there too
    getPrototypeOf: () => new Proxy({}, { get }),
    apply: () => standIn(),
    construct: () => standIn() as object,
    // what the extension sets on what the API gives it (a status bar item's name) is let go
    set: () => true,
  });
}

type Loader = { _load(request: string, parent: unknown, isMain: boolean): unknown };
const loader = Module as unknown as Loader;

/** `base` with some members given: a window with no folder open and no file to read. */
function given(base: unknown, members: Record<string, unknown>): unknown {
  return new Proxy(base as object, { get: (target, key) => (typeof key === 'string' && key in members ? members[key] : Reflect.get(target, key)) });
}

const missing = async () => {
  throw Object.assign(new Error('no such file'), { code: 'FileNotFound' });
};

/** The editor's API for the bench: a window with no folder, whose files are all missing. */
const api = () =>
  given(standIn(), {
    workspace: given(standIn(), { workspaceFolders: undefined, isTrusted: true, fs: given(standIn(), { readFile: missing, stat: missing, readDirectory: missing }), textDocuments: [] }),
  });

/** Loads the bundle afresh and runs activate() to its end (its work goes in turns), the editor's API stood in for. */
async function activateOnce(): Promise<unknown> {
  const bundle = path.join(DIST, 'extension.js');
  delete require.cache[bundle];
  const original = loader._load;
  const vscode = api();
  loader._load = function (request, parent, isMain) {
    return request === 'vscode' ? vscode : original.call(this, request, parent, isMain);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh CommonJS load is what is measured
    const ext = require(bundle) as { activate(ctx: unknown): unknown };
    return await ext.activate({ subscriptions: [], extensionUri: standIn(), extensionPath: DIST, extension: standIn(), globalState: standIn(), workspaceState: standIn(), globalStorageUri: standIn(), storageUri: undefined, logUri: standIn(), asAbsolutePath: (file: string) => path.join(DIST, '..', file) });
  } finally {
    loader._load = original;
  }
}

export const benches = defineBenches({
  name: 'foundation: load extension bundle + activate()',
  iterations: 15,
  setup: () => {
    if (!fs.existsSync(path.join(DIST, 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build');
  },
  run: activateOnce,
  target: { metric: 'median', ms: 250 },
});
