// The validators a build compiles ahead (scripts/precompiledValidators.mjs) judge data as the ones Ajv compiles from
// source at run time do: the same verdicts and the same errors, on the bundled data files and on broken copies.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { compiledValidator } from '../../../src/core/data/schemaValidator';

const ROOT = path.join(__dirname, '..', '..', '..');
type Compiled = (schema: { $id: string }, fragment: string) => ValidateFunction;

/** The module the build puts in schemaValidator's place, run as a bundle runs it. */
async function precompiled(): Promise<Compiled> {
  const { precompiledValidatorsModule } = (await import(path.join(ROOT, 'scripts', 'precompiledValidators.mjs'))) as { precompiledValidatorsModule: (root: string) => string };
  const module = { exports: {} as { compiledValidator: Compiled } };
  // its runtime helpers (ajv/dist/runtime/…) resolve from the project, as the bundler resolves them
  new Function('exports', 'require', 'module', precompiledValidatorsModule(ROOT))(module.exports, createRequire(path.join(ROOT, 'package.json')), module);
  return module.exports.compiledValidator;
}

const schemas = readdirSync(path.join(ROOT, 'corpus', 'schema'))
  .filter(name => name.endsWith('.schema.json'))
  .map(name => JSON.parse(readFileSync(path.join(ROOT, 'corpus', 'schema', name), 'utf8')) as { $id: string; definitions?: Record<string, unknown> });

/** Data files checked against each schema: the bundled one where there is one, and copies broken in several ways. */
function samples(id: string): unknown[] {
  const data = ['glossary', 'officials', 'argument', 'translit-lexicon'].find(name => id === `urn:opis:schema:${name}`);
  const file = data && (JSON.parse(readFileSync(path.join(ROOT, 'corpus', `${data}.json`), 'utf8')) as Record<string, unknown>);
  const broken = (value: unknown): unknown[] => {
    if (!value || typeof value !== 'object') return [];
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    return [
      { ...record, unexpected: true },
      ...keys.slice(0, 3).map(key => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key))),
      ...keys.slice(0, 3).map(key => ({ ...record, [key]: 42 })),
    ];
  };
  const entries = file ? Object.values(file).filter(Array.isArray).flatMap(list => (list as unknown[]).slice(0, 5)) : [];
  return [file, ...broken(file), ...entries, ...entries.flatMap(broken), null, [], 'text', {}].filter(value => value !== undefined);
}

describe('schema validators compiled ahead by the build', () => {
  it('give the verdicts and errors of the validators compiled at run time, for every schema and definition', async () => {
    const ahead = await precompiled();
    let compared = 0;
    let rejected = 0;
    for (const schema of schemas) {
      for (const fragment of ['', ...Object.keys(schema.definitions ?? {}).map(name => `/definitions/${name}`)]) {
        const [built, compiled] = [ahead(schema, fragment), compiledValidator(schema, fragment)];
        for (const sample of [...samples(schema.$id), ...samples(schema.$id).flatMap(s => (s && typeof s === 'object' ? Object.values(s) : []))]) {
          const verdict = compiled(sample);
          assert.equal(built(sample), verdict, `${schema.$id}#${fragment}`);
          assert.deepEqual(built.errors ?? null, compiled.errors ?? null, `${schema.$id}#${fragment}`);
          compared++;
          if (!verdict) rejected++;
        }
      }
    }
    assert.ok(rejected > 100 && compared - rejected > 100, `${compared} samples compared, ${rejected} rejected`);
  });

  it('names a schema part it has not compiled', async () => {
    const ahead = await precompiled();
    assert.throws(() => ahead({ $id: 'urn:opis:schema:glossary' }, '/definitions/nothing'), /no schema compiled at \/definitions\/nothing/);
  });
});
