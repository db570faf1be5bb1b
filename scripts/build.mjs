// Bundles the extension and the CLI (one CommonJS file each; unified/remark are ESM-only) and the
// extension-host test suites. Flags: --production (minified, no test bundles), --watch.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { precompiledValidators } from './precompiledValidators.mjs';
import { analysisDigest } from './analysisDigest.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const WORD_LIST = 'english-words.json';

/**
 * `vscode` read through one module of the bundle: esbuild copies an external module's members into a namespace
 * object for each module that imports it (`__toESM`), and the extension host's API object has hundreds of them,
 * copied for each of sixty modules as they load (40 ms of the host's thread). This module reads each member of the
 * API (as @types/vscode declares them) once.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, args => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => {
      const types = readFileSync(createRequire(import.meta.url).resolve('@types/vscode/index.d.ts'), 'utf8');
      const names = [...new Set([...types.matchAll(/^\t(?:export )?(?:namespace|class|enum|const) (\w+)/gm)].map(m => m[1]))];
      return { contents: `const api = require('vscode');\nexport const { ${names.join(', ')} } = api;\n`, loader: 'js' };
    });
  },
};

/**
 * The command line's bibliography writer read from dist/bibliography.js, the bundle the extension loads it from, when
 * a bibliography is first written: citation-js is shipped once, not in both bundles.
 */
const sharedBibliography = {
  name: 'shared-bibliography',
  setup(build) {
    build.onResolve({ filter: /\/node\/bibliography$/ }, () => ({ path: 'bibliography', namespace: 'shared-bibliography' }));
    build.onLoad({ filter: /.*/, namespace: 'shared-bibliography' }, () => ({
      contents: `import { lazyFormatBibliography } from './lazyBibliography';\nexport const formatBibliography = lazyFormatBibliography(require('node:path').join(__dirname, 'bibliography.js'));\n`,
      resolveDir: path.resolve('src/node'),
      loader: 'ts',
    }));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minify: production,
  // the English word list is read from a file beside the bundle, not parsed as code (see src/core/text/englishWords.ts)
  external: ['vscode', 'an-array-of-english-words'],
  // jsonc-parser's main is a UMD module that requires its parts at run time, from beside the bundle: its ES modules
  // are bundled instead
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  define: { OPIS_VERSION: JSON.stringify(pkg.version), OPIS_ANALYSIS: JSON.stringify(analysisDigest(process.cwd())), OPIS_WORD_LIST: JSON.stringify(WORD_LIST) },
  logLevel: 'warning',
  // the schemas' validators compiled ahead, not on the host's thread at run time (see src/core/data/schemaValidator.ts)
  plugins: [precompiledValidators(process.cwd())],
};

/** Every `*.test.ts` below dir plus its suite entry, as esbuild entry points keyed by output name. */
function suiteEntries(dir) {
  const entries = {};
  if (!existsSync(dir)) return entries;
  for (const f of readdirSync(dir, { recursive: true })) {
    const file = String(f);
    if (file.endsWith('.test.ts') || file === 'index.ts') entries[file.replace(/\.ts$/, '')] = path.join(dir, file);
  }
  return entries;
}

const builds = [
  { ...common, plugins: [...common.plugins, vscodeOnce], entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist' },
  { ...common, plugins: [...common.plugins, sharedBibliography], entryPoints: { cli: 'src/cli/cli.ts' }, outdir: 'dist' },
  // citation-js for Export Bibliography…, which the desktop extension loads only when a bibliography is exported
  { ...common, entryPoints: { bibliography: 'src/node/bibliography.ts' }, outdir: 'dist' },
  // the worker thread the desktop extension indexes the corpus in
  { ...common, entryPoints: { indexWorker: 'src/node/indexWorker.ts' }, outdir: 'dist' },
  // package.json "browser": the web worker extension host of vscode.dev, without Node or DOM (`worker` picks
  // packages' DOM-free builds, such as micromark's entity decoder)
  { ...common, plugins: [...common.plugins, vscodeOnce], platform: 'browser', conditions: ['worker'], target: 'es2022', entryPoints: { extension: 'src/extension.web.ts' }, outdir: 'dist/web' },
  // the scripts of the Markdown preview's and the Opis Reader's pages (package.json markdown.previewScripts, reader.ts)
  { ...common, format: 'iife', platform: 'browser', target: 'es2022', sourcemap: !production, entryPoints: { 'preview-annotations': 'src/webview/previewAnnotations.ts', reader: 'src/webview/reader.ts' }, outdir: 'dist/webview' },
];
if (!production) {
  for (const suite of ['integration', 'failing', 'vsix', 'warmstart', 'restricted', 'load']) {
    builds.push({ ...common, entryPoints: suiteEntries(`test/${suite}`), outdir: `out/test/${suite}`, external: ['vscode', 'mocha'] });
  }
}

rmSync('dist', { recursive: true, force: true });
rmSync('out', { recursive: true, force: true });
mkdirSync('dist');
copyFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), path.join('dist', WORD_LIST));
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
}
