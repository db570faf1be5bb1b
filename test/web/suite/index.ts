// The web suite's entry (extensionTestsPath): the worker extension host cannot read test files from disk, so the
// suites are bundled in and run with mocha's browser build.
import './mochaSetup';
import './web.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}
