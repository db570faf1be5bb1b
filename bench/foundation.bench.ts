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
  });
}

type Loader = { _load(request: string, parent: unknown, isMain: boolean): unknown };
const loader = Module as unknown as Loader;

function activateOnce(): unknown {
  const bundle = path.join(DIST, 'extension.js');
  delete require.cache[bundle];
  const original = loader._load;
  loader._load = function (request, parent, isMain) {
    return request === 'vscode' ? standIn() : original.call(this, request, parent, isMain);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh CommonJS load is what is measured
    const ext = require(bundle) as { activate(ctx: unknown): unknown };
    return ext.activate({ subscriptions: [], extensionUri: standIn(), extensionPath: DIST, globalState: standIn(), workspaceState: standIn() });
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
