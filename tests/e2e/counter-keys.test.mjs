// End to end on the real app at 1024x700: the keyboard at the counter.
//
// 1. The queue: Enter on the Shop menu then ↓ moves in the menu, not the
//    queue under it; the first ↓ on the queue lands on the top row.
// 2. A case's Status list: ↓ steps through the options and saves nothing
//    ("How did we do?" is not asked for a status nobody chose); Esc puts the
//    saved one back; Enter saves the one chosen.
// 3. The escalation dialog (E) puts focus on its first question, the root cause.
//    F2 renames the case in place: the subject's words selected, typed over,
//    Enter saves it; the case page, its history and the queue say the new name.
// 4. Ana hands the case to Ben and carries on further down the page; Ben
//    takes the desk and is shown the brief first, with one message at the
//    foot of the window and a count of those waiting.
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
  const db = join(scratchDir('casebook-keys-'), 'casebook.db');
  s = await Session.start(driver.base, APP, ['--db', db]);
  await s.cmd('POST', '/window/rect', { width: 1024, height: 700 });
  await s.click('[data-testid=load-demo]');
  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await s.until('the staff picker to close', async () => s.script('return document.querySelector("[role=dialog]") === null'));
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'counter-keys-driver.log');
});

async function blur() {
  await s.script('document.activeElement?.blur()');
}

/** The index of the queue row that has focus, or null. */
function focusedRow() {
  return s.script(`return document.activeElement?.matches('button.row')
    ? document.activeElement.closest('[data-index]').getAttribute('data-index') : null`);
}

const statusChanges = () => s.script('return document.querySelectorAll("[data-testid=timeline-entry][data-kind=status_changed]").length');
const statusShown = () => s.script('return document.querySelector("#case-status").value');
const dialogOpen = () => s.script('return document.querySelector("[role=dialog]") !== null');

test('the queue: an open Shop menu keeps its keys, and the first ↓ lands on the top row', async () => {
  await s.el('[data-testid=queue-row]');
  await s.script('document.querySelector("[data-testid=nav-shop]").focus()');
  await s.keys(KEY.Enter);
  await s.until('the Shop menu open on its first item', () =>
    s.script('return document.activeElement === document.querySelector("[role=menuitem]")'),
  );
  await s.keys(KEY.ArrowDown);
  await sleep(300);
  assert.equal(
    await s.script('return document.querySelector("[data-testid=nav-shop]").getAttribute("aria-expanded")'),
    'true',
    '↓ in the open Shop menu leaves it open',
  );
  assert.equal(
    await s.script('return document.activeElement === document.querySelectorAll("[role=menuitem]")[1]'),
    true,
    '↓ moves to the menu’s second item',
  );
  assert.equal(await focusedRow(), null, 'the queue under the menu did not take the key');

  await s.keys(KEY.Escape);
  await s.until('the menu to close', () => s.script('return document.querySelector("[role=menu]") === null'));
  await blur();
  await s.keys(KEY.ArrowDown);
  await s.until('a queue row to take focus', focusedRow);
  assert.equal(await focusedRow(), '0', 'the first ↓ selects the top row (the most overdue), not the second');
  await s.keys(KEY.ArrowDown);
  await s.until('the second row', async () => (await focusedRow()) === '1');
});

test('a case: ↓ on Status writes nothing, Enter saves the choice; E focuses the root-cause question', async () => {
  // A case of our own, open, not escalated.
  await blur();
  await s.keys('n');
  await s.type('[data-testid=lookup]', 'Wouter Keyboard');
  await s.click('[data-testid=lookup-new]');
  await s.type('[data-testid=new-phone]', '+31 6 5555 0199');
  await s.type('[data-testid=subject]', 'Gears skip under load');
  await s.type('[data-testid=said]', 'The chain jumps on the hill.');
  await s.keys([KEY.Control, KEY.Enter]);
  await s.until('the case page', async () => (await s.text('[data-testid=case-subject]')) === 'Gears skip under load');
  await s.el('[data-testid=timeline-entry]');

  await s.script('document.querySelector("#case-status").focus()');
  assert.equal(await statusShown(), 'open', 'a new case is open');
  const before = await statusChanges();
  await s.keys(KEY.ArrowDown, KEY.ArrowDown);
  await sleep(800);
  assert.equal(await statusShown(), 'resolved', 'two ↓ step the list to Resolved');
  assert.equal(await dialogOpen(), false, '"How did we do?" is not asked for a status nobody chose');
  assert.equal(await statusChanges(), before, 'stepping with ↓ wrote no status');
  await s.el('[data-testid=choice-pending]');

  await s.keys(KEY.Escape);
  await s.until('Esc to put Open back', async () => (await statusShown()) === 'open');
  await sleep(300);
  assert.equal(await statusChanges(), before, 'Esc wrote nothing either');

  await s.keys(KEY.ArrowDown, KEY.Enter);
  await s.until('the chosen status on the timeline', async () => (await statusChanges()) === before + 1);
  assert.equal(await statusShown(), 'waiting', 'Enter saved Waiting on customer, the one chosen');
  assert.equal(await dialogOpen(), false, 'waiting on the customer asks no score');

  await blur();
  await s.keys('e');
  await s.el('[role=dialog] input[name=escalation-cause]');
  await s.until('focus on the first root cause', () =>
    s.script('return document.activeElement === document.querySelector("[role=dialog] input[name=escalation-cause]")'),
  );
  const focused = await s.script('return document.activeElement.id || document.activeElement.name');
  assert.equal(focused, 'escalation-cause', 'the dialog starts at the question it asks first, not at "Escalate to"');
  await s.keys(KEY.Escape);
  await s.until('the dialog to close', async () => !(await dialogOpen()));

  await blur();
  await s.keys(KEY.F2);
  await s.until('the subject to be a field with its words selected', () =>
    s.script(`const f = document.activeElement;
      return f?.dataset.testid === 'case-subject-input' && f.selectionStart === 0 && f.selectionEnd === f.value.length`),
  );
  await s.keys(...'Chain skips on the big cog');
  await s.keys(KEY.Enter);
  await s.until('the new name on the case page', async () => (await s.text('[data-testid=case-subject]')) === 'Chain skips on the big cog');
  await s.el('[data-testid=timeline-entry][data-kind=case_renamed]');
  await s.click('[data-testid=nav-queue]');
  await s.until('the new name in the queue', () =>
    s.script('return [...document.querySelectorAll("[data-testid=queue-row]")].some((r) => r.textContent.includes("Chain skips on the big cog"))'),
  );
  // Back to the case for the handoff that follows.
  await s.click('[data-testid=queue-row]', 'Chain skips on the big cog');
  await s.until('the case page again', async () => (await s.text('[data-testid=case-subject]')) === 'Chain skips on the big cog');
});

test('Ben takes the desk and sees the brief first, with one message at the foot of the window', async () => {
  await blur();
  await s.keys('h');
  await s.click('[data-testid=handoff-form] label.chip', 'Ben Okafor');
  await s.type('[data-testid=handoff-note]', 'New chain ordered; test ride before he collects.');
  await s.keys([KEY.Control, KEY.Enter]);
  await s.el('[data-testid=latest-brief]', 'New chain ordered');

  // Ana carries on at the foot of the page.
  await s.script(`const m = document.querySelector('#main'); m.scrollTop = m.scrollHeight;`);
  await s.script('document.querySelector("[data-testid=composer-body]")?.focus()');
  await blur();
  await s.keys('s');
  await s.click('[data-testid=pick-staff]', 'Ben Okafor');
  await s.el('[data-testid=current-staff]', 'Ben Okafor');

  await s.until('the brief to take focus', () =>
    s.script('return document.activeElement === document.querySelector("[data-testid=latest-brief]")'),
  );
  const place = await s.script(`
    const main = document.querySelector('#main').getBoundingClientRect();
    const brief = document.querySelector('[data-testid=latest-brief]').getBoundingClientRect();
    return { top: brief.top - main.top, bottom: main.bottom };`);
  assert.ok(place.top >= -1 && place.top < place.bottom - 100, `the brief is on screen for Ben (its top at ${place.top} px in the page)`);

  await s.el('.notice', 'handed you');
  const strip = await s.script(`return {
    shown: document.querySelectorAll('.notice').length,
    more: document.querySelector('[data-testid=notice-more]')?.textContent.trim() ?? '',
    heard: document.querySelector('[data-testid=notices-announced]').textContent,
  }`);
  assert.equal(strip.shown, 1, 'one message at the foot of a 700 px window, not a stack');
  assert.match(strip.more, /^\+\d$/, `the others are counted beside it (${strip.more})`);
  assert.match(strip.heard, /is at the desk/, 'screen readers still hear the greeting that waits its turn');
  await s.screenshot(ARTIFACTS, 'counter-keys-brief.png');
});
