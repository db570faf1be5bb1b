// One reader for every command's arguments (node's util.parseArgs): `--name value`, `--name=value`, flags, short
// aliases, and `--` before a positional argument that starts with a dash. A wrong option or a missing value
// becomes a UsageError that names it.
import { parseArgs } from 'node:util';
import { UsageError } from './command';

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** A string option that may be given several times (`--tag a --tag b`): its value is the list. */
  multiple?: boolean;
  /** What a missing value should be called in the error, e.g. 'a folder' ('--corpus needs a folder'). */
  value?: string;
}

type Values<O extends Record<string, OptionSpec>> = { [K in keyof O]?: O[K]['multiple'] extends true ? string[] : O[K]['type'] extends 'string' ? string : boolean };

export function readArgs<O extends Record<string, OptionSpec>>(args: string[], options: O): { values: Values<O>; positionals: string[] } {
  const config = Object.fromEntries(Object.entries(options).map(([name, { type, short, multiple }]) => [name, { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) }]));
  try {
    const { values, positionals } = parseArgs({ args, options: config, allowPositionals: true, strict: true });
    return { values: values as Values<O>, positionals };
  } catch (err) {
    throw new UsageError(usageMessage(err, options));
  }
}

function usageMessage(err: unknown, options: Record<string, OptionSpec>): string {
  const { code, message } = err as { code?: string; message: string };
  const option = /'(-[^', ]+)/.exec(message)?.[1] ?? '';
  const spec = Object.entries(options).find(([name, o]) => option === `--${name}` || option === `-${o.short}`)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return spec?.type === 'boolean' ? `${option} takes no value` : `${option} needs ${spec?.value ?? 'a value'}`;
    default:
      return message;
  }
}
