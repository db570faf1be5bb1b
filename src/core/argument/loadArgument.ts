// Reads a curated argument file: JSON syntax, then the schema (ajv), then the checks a schema cannot express.
// Every problem is reported with the file and the field it concerns, so the caller can show it and fall back
// to the derived outline.
import type { ErrorObject } from 'ajv';
import schema from '../../../corpus/schema/argument.schema.json';
import { lazyValidator, parseJson } from '../data/jsonData';
import type { CuratedArgument } from './curatedArgument';

/** One thing wrong with an argument file; `path` is the JSON path of the field ([] for the whole file). */
export interface ArgumentProblem {
  file: string;
  path: (string | number)[];
  message: string;
}

export type ArgumentLoad = { ok: true; argument: CuratedArgument } | { ok: false; problems: ArgumentProblem[] };

const validator = lazyValidator<CuratedArgument>(schema);

function validate(data: unknown): ErrorObject[] {
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** ['sections', 2, 'claims', 0] → `sections[2].claims[0]`, the way a reader names a field. */
export function fieldName(path: (string | number)[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '') || '(file)';
}

/** `file: field: message`, the form every problem is shown in. */
export function formatProblem(problem: ArgumentProblem): string {
  return `${problem.file}: ${fieldName(problem.path)}: ${problem.message}`;
}

function pathOf(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(p => (/^\d+$/.test(p) ? Number(p) : p));
}

function problemOf(file: string, error: ErrorObject): ArgumentProblem {
  const params = error.params as Record<string, unknown>;
  const path = pathOf(error.instancePath);
  if (error.keyword === 'required') return { file, path: [...path, String(params.missingProperty)], message: 'is required' };
  if (error.keyword === 'additionalProperties') {
    return { file, path: [...path, String(params.additionalProperty)], message: 'is not an allowed field' };
  }
  return { file, path, message: error.message ?? 'is invalid' };
}

/** Parses and validates the text of the argument file `file` (named in every error message). */
export function parseArgument(text: string, file: string): ArgumentLoad {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [{ file, path: [], message: parsed.error }] };
  const data = parsed.value;
  const schemaErrors = validate(data);
  if (schemaErrors.length) return { ok: false, problems: schemaErrors.map(e => problemOf(file, e)) };
  const argument = data as CuratedArgument;
  const problems = argument.periods.flatMap((p, i) =>
    p.from > p.to ? [{ file, path: ['periods', i, 'to'], message: `${p.to} is before the period's start (${p.from})` }] : [],
  );
  return problems.length ? { ok: false, problems } : { ok: true, argument };
}
