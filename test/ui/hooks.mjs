// Root hooks: a failed UI test leaves a screenshot of what the page showed (test-results/failed-<title>.png).
import * as path from 'node:path';
import { mkdirSync } from 'node:fs';
import { SHOTS } from './workbench.mjs';

export const mochaHooks = {
  async afterEach() {
    const page = this.currentTest?.ctx?.page;
    if (this.currentTest?.state !== 'failed' || !page) return;
    mkdirSync(SHOTS, { recursive: true });
    const name = this.currentTest.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 80);
    await page.screenshot({ path: path.join(SHOTS, `failed-${name}.png`) }).catch(() => undefined);
  },
};
