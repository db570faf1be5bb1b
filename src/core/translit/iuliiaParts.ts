// iuliia's engine and schema class, not its index, which builds all of its thirty schemas as it is loaded (the
// extension host's start would wait on it); each schema Opis uses is built at its first use.
import { Schema } from 'iuliia/dist/cjs/schema';

export { translate } from 'iuliia/dist/cjs/engine';

export function lazySchema(definition: Parameters<typeof Schema.load>[0]): () => Schema {
  let built: Schema | undefined;
  return () => (built ??= Schema.load(definition));
}
