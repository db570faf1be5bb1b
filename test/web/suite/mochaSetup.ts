// mocha's browser build defines the `mocha` global; the suites need its tdd globals when their modules load, so
// this is imported before them.
import 'mocha/mocha';

// the browser build's default reporter writes HTML into a page; a worker has none, and the stage reads the console
mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60000, color: false });
