// The compiled validator of a schema of corpus/schema/ (or of its part at a JSON pointer). Run from source (the unit
// tests, the command line under tsx) Ajv compiles it on first use; the build puts in this module's place the
// validators of every schema there compiled ahead by Ajv with the same options (scripts/precompiledValidators.mjs),
// so a host never spends the tens of milliseconds compiling a schema costs, nor loads Ajv's compiler.
import Ajv, { type AnySchemaObject, type ValidateFunction } from 'ajv';

let ajv: Ajv | undefined;

export function compiledValidator(schema: AnySchemaObject & { $id: string }, fragment: string): ValidateFunction {
  ajv ??= new Ajv({ allErrors: true, inlineRefs: false });
  if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema);
  const compiled = ajv.getSchema(`${schema.$id}${fragment ? `#${fragment}` : ''}`);
  if (!compiled) throw new Error(`${schema.$id}: no schema at ${fragment || 'its root'}`);
  return compiled;
}
