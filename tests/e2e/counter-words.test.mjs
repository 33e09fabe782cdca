// End to end on the real app at 1024x700: what a day at the counter found
// about words and room, in English and then in Dutch.
//
// - Before anyone is picked, "Pick who you are" is whole in the top bar, and
//   the first run says Staff is under Shop › Staff (23).
// - A 30 MB file refused before saving stays in view after Ctrl+Enter, and the
//   notice says the entry went without it (18).
// - A 5,000-character message is folded with Show more / Show less (20).
// - The fairness report's segment table fits the window: no sideways scroll (22).
// - In Dutch: "geopend vandaag", "(ik)" in the owner list, Dutch date fields,
//   and the segment table still fits (24, 22).
//
// Run by `make e2e` (the app is built with `tauri build --debug`, under Xvfb).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { KEY, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

let driver;
let s;

before(async () => {
  driver = await startDriver();
  const db = join(scratchDir('casebook-words-'), 'casebook.db');
  s = await Session.start(driver.base, APP, ['--db', db]);
  await s.cmd('POST', '/window/rect', { width: 1024, height: 700 });
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'counter-words-driver.log');
});

async function blur() {
  await s.script('document.activeElement?.blur()');
}

/** Sets a field's text at once (a 5,000-character message typed key by key would take minutes). */
async function setValue(css, value) {
  await s.script(
    `const el = document.querySelector(arguments[0]);
     el.focus();
     el.value = arguments[1];
     el.dispatchEvent(new Event('input', { bubbles: true }));`,
    [css, value],
  );
}

/** Picks an option as a person does, until the list shows it. */
async function pick(select, value) {
  await s.until(`${select} to show '${value}'`, async () => {
    await s.click(`${select} option[value="${value}"]`);
    return s.script('return document.querySelector(arguments[0]).value === arguments[1]', [select, value]);
  });
}

/** How far a box's content reaches past its right edge, in pixels (0: it fits). */
function overflow(css) {
  return s.script(
    `const e = document.querySelector(arguments[0]);
     return e ? e.scrollWidth - e.clientWidth : -1;`,
    [css],
  );
}

test('words and room at the counter, at 1024x700, in English and Dutch', async () => {
  const size = await s.script('return [window.innerWidth, window.innerHeight]');
  assert.ok(size[0] <= 1024 && size[1] <= 700, `the window is the counter's 1024x700: ${size}`);

  // 23. The first run says where Staff really is.
  await s.el('h1', 'Welcome to Casebook');
  const hint = await s.script('return document.body.innerText');
  assert.match(hint, /Add colleagues afterwards under Shop › Staff/, 'the first run names the Shop menu, where Staff is now');
  await s.click('[data-testid=load-demo]');
  await s.el('[role=dialog] h2', 'Who is at the desk?');

  // 23. Nobody picked yet: the bar's instruction is whole, not "Pick who you …".
  const pickWho = await s.script(
    `const e = document.querySelector('[data-testid=pick-who]');
     const r = e.getBoundingClientRect();
     return { text: e.textContent, cut: e.scrollWidth > e.clientWidth + 1, right: r.right, width: window.innerWidth };`,
  );
  assert.equal(pickWho.text, 'Pick who you are', 'the top bar asks who is at the desk');
  assert.equal(pickWho.cut, false, `"Pick who you are" is not cut off at 1024 px: ${JSON.stringify(pickWho)}`);
  assert.ok(pickWho.right <= pickWho.width, `and it is inside the window: ${JSON.stringify(pickWho)}`);
  assert.ok((await overflow('header.bar')) <= 0, 'the top bar fits the window on one line');

  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await s.el('[data-testid=queue-row]');

  // A new case today, for the words about today.
  await s.keys('n');
  await s.type('[data-testid=lookup]', 'Wilhelmina Achterberg');
  await s.el('[data-testid=lookup-new]');
  await sleep(400);
  await s.keys(KEY.ArrowDown, KEY.ArrowDown, KEY.ArrowDown, KEY.ArrowDown, KEY.Enter);
  await s.el('[data-testid=new-name]');
  await s.type('[data-testid=subject]', 'Rear hub clicks');
  await s.type('[data-testid=said]', 'It clicks when I freewheel.');
  await s.keys([KEY.Control, KEY.Enter]);
  await s.until('the new case page', async () => (await s.text('[data-testid=case-subject]')) === 'Rear hub clicks');
  const crumbs = await s.text('.case-head .crumbs');
  assert.match(crumbs, /opened today \d\d:\d\d/, `mid-sentence the day is lower case: "${crumbs}"`);

  // 18. A 30 MB file, refused before saving; Ctrl+Enter saves the reply without it.
  await blur();
  await s.keys('r');
  await s.el('[data-testid=composer-body]');
  await s.script(
    `const input = document.querySelector('[data-testid=attach-input]');
     const big = new File([new Uint8Array(30 * 1024 * 1024)], 'ride.mov', { type: 'video/quicktime' });
     const files = new DataTransfer();
     files.items.add(big);
     input.files = files.files;
     input.dispatchEvent(new Event('change', { bubbles: true }));`,
  );
  const refusal = await s.text('[data-testid=picked-error]');
  assert.match(refusal, /ride\.mov.*25 MB/, `a file over the shop's limit is refused at once, in words: "${refusal}"`);
  await setValue('[data-testid=composer-body]', 'The hub needs a new pawl spring; we have one in stock.');
  await s.keys([KEY.Control, KEY.Enter]);
  await s.el('[data-testid=timeline-entry][data-kind=reply]', 'pawl spring');
  const notice = await s.script('return [...document.querySelectorAll(".notice")].map((n) => n.textContent).join(" | ")');
  assert.match(notice, /“ride\.mov” was refused, so it is not attached/, `the notice says the reply went without the file: "${notice}"`);
  assert.match(
    await s.text('[data-testid=picked-error]'),
    /ride\.mov/,
    'the refusal stays in view after saving, until it is dismissed',
  );
  await s.click('[data-testid=picked-remove]');
  await s.until('the refused chip to be dismissed with ×', async () =>
    s.script('return document.querySelector("[data-testid=picked-file]") === null'),
  );

  // 20. A 5,000-character message is folded, and opens and folds in place.
  await blur();
  await s.keys('m');
  const long = 'The rear hub clicks when I freewheel downhill and '.repeat(100).trim();
  await setValue('[data-testid=composer-body]', long);
  await s.keys([KEY.Control, KEY.Enter]);
  await s.el('[data-testid=timeline-entry][data-kind=customer_message] [data-testid=show-more]');
  const folded = await s.script(
    `const entry = [...document.querySelectorAll('[data-testid=timeline-entry][data-kind=customer_message]')]
       .find((e) => e.querySelector('[data-testid=show-more]'));
     return { height: entry.getBoundingClientRect().height, text: entry.querySelector('[data-testid=entry-body]').textContent.length };`,
  );
  assert.ok(folded.text < 600, `the long message shows only its start: ${folded.text} characters`);
  assert.ok(folded.height < size[1] / 2, `folded, the entry is far shorter than the window: ${folded.height} px`);
  await s.screenshot(ARTIFACTS, 'counter-words-folded.png');
  await s.click('[data-testid=show-more]', 'Show more');
  await s.until('the whole message in place', async () =>
    s.script(
      `return [...document.querySelectorAll('[data-testid=entry-body]')].some((e) => e.textContent.length === arguments[0])`,
      [long.length],
    ),
  );
  await s.click('[data-testid=show-more]', 'Show less');
  await s.el('[data-testid=show-more]', 'Show more');

  // 22. The fairness report's segment table fits 1024 px.
  await blur();
  await s.keys('t');
  await s.el('#report-title');
  await s.el('[data-testid=report-table-segments]');
  const wide = await s.script(
    `const t = document.querySelector('[data-testid=report-table-segments]');
     return { table: t.scrollWidth, box: t.parentElement.clientWidth };`,
  );
  assert.ok(wide.table <= wide.box + 1, `the segment table needs no sideways scrolling at 1024 px: ${JSON.stringify(wide)}`);

  // 24. Dutch at this desk.
  await s.shop('nav-settings');
  await s.el('[data-testid=locale-settings]');
  await pick('[data-testid=desk-language]', 'nl');
  await s.until('the Dutch style to be offered', async () =>
    s.script(`return document.querySelector('[data-testid=desk-region]').value === 'nl-NL'`),
  );
  await s.until('the desk’s choice to be saved', async () => {
    const dirty = await s.script(`return !document.querySelector('[data-testid=save-desk-locale]')?.disabled`);
    if (!dirty) return true;
    await s.click('[data-testid=save-desk-locale]');
    await sleep(300);
    return false;
  });
  await s.el('#settings-title', 'Openingstijden');

  // 22 and 24: the report in Dutch still fits; its date fields are written the Dutch way.
  await blur();
  await s.keys('t');
  await s.el('#reports-title', 'Rapporten');
  await s.el('[data-testid=report-table-segments]');
  const wideNl = await s.script(
    `const t = document.querySelector('[data-testid=report-table-segments]');
     return { table: t.scrollWidth, box: t.parentElement.clientWidth };`,
  );
  assert.ok(wideNl.table <= wideNl.box + 1, `in Dutch too, the segment table fits: ${JSON.stringify(wideNl)}`);
  await s.script(`document.querySelector('[data-testid=report-table-segments]').scrollIntoView()`);
  await s.screenshot(ARTIFACTS, 'counter-words-nl-fairness.png');
  const from = await s.script(
    `const e = document.querySelector('[data-testid=report-from]'); return { type: e.type, value: e.value };`,
  );
  assert.equal(from.type, 'text', 'not a native date field, which draws the computer’s style');
  assert.match(from.value, /^\d\d-\d\d-\d{4}$/, `the date field is written the Dutch way (dd-mm-jjjj): "${from.value}"`);

  // 24: "(ik)" in the owner list, "vandaag" lower case in a sentence.
  await blur();
  await s.keys('n');
  const owners = await s.script(`return [...document.querySelectorAll('#owner option')].map((o) => o.textContent)`);
  assert.ok(owners.includes('Ana Costa (ik)'), `the owner list marks me in Dutch: ${owners.join(' | ')}`);
  assert.ok(!owners.some((o) => o.includes('(me)')), 'no English "(me)" left');
  await s.keys(KEY.Escape);
  await blur();
  await s.keys('q');
  await s.el('#queue-title', 'Wachtrij');
  await s.click('[data-testid=queue-row]', 'Rear hub clicks');
  await s.until('the case page', async () => (await s.text('[data-testid=case-subject]')) === 'Rear hub clicks');
  const crumbsNl = await s.text('.case-head .crumbs');
  assert.match(crumbsNl, /geopend vandaag \d\d:\d\d/, `"geopend vandaag", not "geopend Vandaag": "${crumbsNl}"`);
  assert.match(await s.text('[data-testid=show-more]'), /Meer tonen/, 'Show more in Dutch');
  await s.screenshot(ARTIFACTS, 'counter-words-nl-case.png');
});
