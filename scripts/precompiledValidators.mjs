// An esbuild plugin that puts in the place of src/core/data/schemaValidator.ts the validators of every schema of
// corpus/schema/ (the whole schema and each of its definitions) compiled ahead by Ajv: Ajv's standalone code, with
// the options the module compiles with at run time from source. A bundle then neither compiles a schema at run time
// (tens of milliseconds of the host's thread each) nor carries Ajv's compiler.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const MODULE = /[\\/]src[\\/]core[\\/]data[\\/]schemaValidator\.ts$/;

const schemaFiles = root => {
  const folder = path.join(root, 'corpus', 'schema');
  return readdirSync(folder).filter(name => name.endsWith('.schema.json')).sort().map(name => path.join(folder, name));
};

/** The module's code: the compiled validators, and compiledValidator answering from them by `$id#fragment`. */
export function precompiledValidatorsModule(root) {
  const ajv = new Ajv({ allErrors: true, inlineRefs: false, code: { source: true } });
  const refs = [];
  for (const file of schemaFiles(root)) {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    ajv.addSchema(schema);
    refs.push(schema.$id, ...Object.keys(schema.definitions ?? {}).map(name => `${schema.$id}#/definitions/${name}`));
  }
  const exported = Object.fromEntries(refs.map((ref, i) => [`v${i}`, ref]));
  return `${standaloneCode.default(ajv, exported)}
const byRef = new Map(${JSON.stringify(refs)}.map((ref, i) => [ref, exports['v' + i]]));
exports.compiledValidator = (schema, fragment) => {
  const compiled = byRef.get(schema.$id + (fragment ? '#' + fragment : ''));
  if (!compiled) throw new Error(schema.$id + ': no schema compiled at ' + (fragment || 'its root'));
  return compiled;
};
`;
}

export function precompiledValidators(root) {
  return {
    name: 'precompiled-validators',
    setup(build) {
      // watchFiles: `npm run watch` compiles them again when a schema changes
      build.onLoad({ filter: MODULE }, () => ({ contents: precompiledValidatorsModule(root), loader: 'js', resolveDir: root, watchFiles: schemaFiles(root) }));
    },
  };
}
