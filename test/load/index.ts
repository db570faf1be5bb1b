import { runMochaSuite } from '../runners/mocha-in-host';

export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
