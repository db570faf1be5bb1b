import * as assert from 'node:assert/strict';
import { articleShown, findInEditor, hoverText, openWorkbench, runCommand, shot } from './workbench.mjs';

describe('footnotes and archives, as a reader hovers them', function () {
  let wb;
  before(async function () {
    wb = await openWorkbench();
    await runCommand(wb.page, 'Opis: Open Article');
    await articleShown(wb.page);
  });
  after(() => wb?.close());
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  it('shows the whole note of an Ibid. reference, its source and the archive spelled out', async () => {
    // note 28 reads "Ibid., ll. 82-85 …": the hover says what it stands for (note 27, an RGASPI file)
    await findInEditor(wb.page, 'managers.[^28]');
    const hover = await hoverText(wb.page, '[^28]', 'Note 28');
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Ibid\., ll\. 82-85 \(Zhdanov\)/);
    assert.match(text, /Ibid\. → note 27/);
    assert.match(text, /Rossiiskii Gosudarstvennyi Arkhiv Sotsial’no-Politicheskoi Istorii/);
    assert.match(text, /Russian State Archive of Socio-Political History/);
    await shot(wb.page, 'hover-footnote');
    await wb.page.keyboard.press('Escape');
  });

  it('expands an archive siglum in a note', async () => {
    await findInEditor(wb.page, '[^29]: RGASPI');
    const hover = await hoverText(wb.page, '[^29]: RGASPI', 'РГАСПИ', { part: 'RGASPI' });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /RGASPI · archive/);
    assert.match(text, /Rossiiskii Gosudarstvennyi Arkhiv Sotsial’no-Politicheskoi Istorii — Russian State Archive of Socio-Political History/);
    assert.match(text, /Российский государственный архив социально-политической истории/);
    await shot(wb.page, 'hover-siglum');
  });
});
