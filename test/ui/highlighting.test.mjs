import * as assert from 'node:assert/strict';
import { articleShown, findInEditor, openWorkbench, quickPickRow, runCommand, shot } from './workbench.mjs';

// a note with an archival citation: siglum, fond, opis', delo and folios, then the author's own words
const NOTE = '[^25]: TsDOO SO, f. 4 Obkom, op. 5 1927, d. 10';
const PLAIN = 'These are all resolutions of the commission';

/** Chooses a colour theme through "Preferences: Color Theme" and waits until the workbench wears it. */
async function chooseTheme(page, label, kind) {
  await runCommand(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-widget input').fill(label);
  await quickPickRow(page, label).click({ timeout: 10000 });
  await page.locator(`.monaco-workbench.${kind}`).waitFor({ timeout: 15000 });
}

/**
 * In the page: the colours of plain prose, of a citation part (the "f" of "f.") and of the siglum in the note, from the
 * editor's token spans. With `settle`, false until the citation is coloured apart from the prose (and, when
 * `before` is given, differently from `before`).
 */
function coloursInPage({ note, plain, before, settle }) {
  const spans = text => {
    const line = [...document.querySelectorAll('.monaco-editor .view-line')].find(l => l.textContent.replace(/\u00a0/g, ' ').includes(text));
    return line ? [...line.querySelectorAll(':scope > span > span')].map(s => [s.textContent.replace(/\u00a0/g, ' '), getComputedStyle(s).color]) : [];
  };
  const colourOf = (text, match) => spans(text).find(([t]) => match(t))?.[1];
  const c = {
    plain: colourOf(plain, t => t.includes(plain)),
    part: colourOf(note, t => t.trim() === 'f'), // the abbreviation of "f." (fond); its full stop stays prose
    siglum: colourOf(note, t => t.trim() === 'TsDOO SO'),
    term: colourOf(note, t => t.trim() === 'Obkom'), // a glossary term, coloured by Opis's semantic tokens
  };
  if (!settle) return c;
  const apart = key => c[key] && c[key] !== c.plain;
  return c.plain && apart('part') && apart('siglum') && apart('term') && (!before || c.part !== before.part) ? c : false;
}

/** The citation's colours once the theme has reached the editor's tokens (or as they are after 30 s). */
async function citationColours(page, before) {
  const arg = { note: NOTE, plain: PLAIN, before };
  const settled = await page.waitForFunction(coloursInPage, { ...arg, settle: true }, { timeout: 30000 }).catch(() => undefined);
  return settled ? settled.jsonValue() : page.evaluate(coloursInPage, { ...arg, settle: false });
}

describe('the article highlighted for a historian, in a dark and a light theme', function () {
  let wb;
  let original;
  before(async function () {
    wb = await openWorkbench();
    original = (await wb.page.locator('.monaco-workbench').getAttribute('class')).includes('vs-dark') ? ['Dark Modern', 'vs-dark'] : ['Light Modern', 'vs'];
    await runCommand(wb.page, 'Opis: Open Article');
    await articleShown(wb.page);
    await findInEditor(wb.page, '[^24]: TsDOO SO');
    await wb.page.keyboard.press('ArrowLeft'); // the cursor to the note, the found text no longer selected
    await wb.page.mouse.move(150, 600); // away from the text, so no hover covers it
  });
  after(async () => {
    if (wb && original) await chooseTheme(wb.page, ...original);
    await wb?.close();
  });
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  let dark;
  it('colours archival citations in a dark theme', async () => {
    await chooseTheme(wb.page, 'Dark Modern', 'vs-dark');
    dark = await citationColours(wb.page);
    assert.ok(dark.plain, `plain prose found: ${JSON.stringify(dark)}`);
    assert.ok(dark.part && dark.part !== dark.plain, `"f." coloured apart from the prose: ${JSON.stringify(dark)}`);
    assert.ok(dark.siglum && dark.siglum !== dark.plain, `the siglum coloured apart from the prose: ${JSON.stringify(dark)}`);
    assert.ok(dark.term && dark.term !== dark.plain, `the glossary term coloured apart from the prose: ${JSON.stringify(dark)}`);
    await shot(wb.page, 'highlight-dark');
  });

  it('colours them in a light theme too, with the light theme’s colours', async () => {
    await chooseTheme(wb.page, 'Light Modern', 'vs');
    const light = await citationColours(wb.page, dark);
    assert.ok(light.part && light.part !== light.plain, `"f." coloured apart from the prose: ${JSON.stringify(light)}`);
    assert.ok(light.siglum && light.siglum !== light.plain, `the siglum coloured apart from the prose: ${JSON.stringify(light)}`);
    assert.ok(light.term && light.term !== light.plain, `the glossary term coloured apart from the prose: ${JSON.stringify(light)}`);
    assert.notEqual(light.plain, dark.plain);
    assert.notEqual(light.part, dark.part);
    await shot(wb.page, 'highlight-light');
  });
});
