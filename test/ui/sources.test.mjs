import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openOpisViewAlone, openWorkbench, runCommand, shot } from './workbench.mjs';

const ARTICLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'harris-dual-subordination.md');
// note 27 cites two dela of RGASPI, f. 17, op. 3; choosing it under d. 677 selects that citation
const CITATION = 'd. 677 Protokol #23, 15 marta 1928, same title.';

describe('the Sources view, as a reader plans an archive trip', function () {
  let wb;
  let view;
  before(async function () {
    wb = await openWorkbench();
    // the sources alone in a sidebar wide enough to read titles
    view = await openOpisViewAlone(wb.page, 'Sources');
  });
  after(() => wb?.close());
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  /** The row whose label is exactly `label` (`op. 3`, not `op. 34`). */
  const row = label => {
    const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    return view.locator('.monaco-list-row').filter({ has: wb.page.locator('.label-name', { hasText: exact }) }).first();
  };

  it('opens an archive down to a delo and its notes, and a note shows its citation in the article', async () => {
    await row('Archival files').waitFor({ timeout: 60000 });
    assert.match(await row('Archival files').innerText(), /52 files/);
    for (const label of ['RGASPI', 'f. 17', 'op. 3', 'd. 677']) {
      await row(label).click();
      assert.equal(await row(label).getAttribute('aria-expanded'), 'true', `${label} opens`);
    }
    assert.match(await row('RGASPI').innerText(), /18 files · 15 notes/);
    assert.match(await row('d. 677').innerText(), /ll\. 82-85, 133-138 · 2 notes · Protokol #23/);
    await row('Note 28').waitFor({ timeout: 10000 });
    await row('Note 27').click();
    const line = readFileSync(ARTICLE, 'utf8').split('\n').findIndex(l => l.startsWith('[^27]:')) + 1;
    assert.ok(line > 1, 'note 27 is in the article');
    await wb.page.locator('.statusbar-item', { hasText: `Ln ${line}, ` }).filter({ hasText: `(${CITATION.length} selected)` }).waitFor({ timeout: 20000 });
  });

  it('filters the view to one opis’ and shows the filter', async () => {
    await runCommand(wb.page, 'Opis: Filter Sources…');
    const input = wb.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10000 });
    await input.fill('RGASPI f. 17, op. 3');
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.part.sidebar .pane-header', { hasText: 'filter: RGASPI f. 17, op. 3' }).waitFor({ timeout: 10000 });
    await row('Printed works').waitFor({ state: 'detached', timeout: 10000 });
    assert.match(await row('RGASPI').innerText(), /2 files · 2 notes/);
    await row('d. 676').waitFor({ timeout: 10000 });
    // resting on a file shows its title and every folio cited
    const hover = wb.page.locator('.monaco-hover, .workbench-hover', { hasText: 'Folios cited' }).filter({ visible: true }).first();
    await row('d. 677').hover();
    await hover.waitFor({ timeout: 15000 });
    assert.match(await hover.innerText(), /Protokol #23, 15 marta 1928, same title[\s\S]*Folios cited: 82-85, 133-138/);
    await shot(wb.page, 'sources');
    await runCommand(wb.page, 'Opis: Clear Sources Filter');
    await row('Printed works').waitFor({ timeout: 10000 });
  });
});
