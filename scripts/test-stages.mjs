// The stages `npm test [-- stage…]` runs (default: all), and what each needs installed before it starts.
export const ALL = ['static', 'unit', 'integration', 'selfcheck', 'ui', 'vsix', 'web', 'start'];
const wanted = process.argv.slice(2).filter(a => !a.startsWith('-'));
export const stages = wanted.length ? wanted : ALL;
export const unknownStages = stages.filter(s => !ALL.includes(s));

/** Stages that run code-server, and those of them that drive it from Chromium. */
export const SERVER_STAGES = ['integration', 'selfcheck', 'ui', 'vsix'];
export const needsServer = stages.some(s => SERVER_STAGES.includes(s));
/** The web stage runs VS Code's web build (its own npm packages, in test/web) in Chromium, without code-server. */
export const needsWeb = stages.includes('web');
