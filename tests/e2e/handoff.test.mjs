// End to end on the real app: tell it once.
//
// Ana logs a walk-in for a new customer and asks the three questions, records a
// promise, and hands the case to Ben with the drafted brief. Ben takes over the
// desk, finds the case handed to him, and sees the brief, the promise and what
// the customer must never have done to them, on the case page itself.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { KEY, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

let driver;
let s;

before(async () => {
  driver = await startDriver();
  const db = join(scratchDir('casebook-handoff-'), 'casebook.db');
  s = await Session.start(driver.base, APP, ['--db', db]);
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'handoff-driver.log');
});

/** Sets a form field the way typing would, for inputs WebDriver types unreliably (dates). */
async function setValue(css, value) {
  await s.script(
    `const el = document.querySelector(arguments[0]);
     el.value = arguments[1];
     el.dispatchEvent(new Event('input', { bubbles: true }));`,
    [css, value],
  );
}

async function blur() {
  await s.script('document.activeElement?.blur()');
}

test('the next person already knows the story, the promise and what never to do', async () => {
  await s.click('[data-testid=load-demo]');
  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await s.until('the staff picker to close', async () => s.script('return document.querySelector("[role=dialog]") === null'));

  // A new customer, with the three questions asked at the counter.
  await s.keys('n');
  await s.type('[data-testid=lookup]', 'Sanne Visser-Bakker');
  await s.click('[data-testid=lookup-new]');
  await s.type('[data-testid=new-phone]', '+31 6 4444 1212');
  await s.type('[data-testid=subject]', 'Brake squeal on the blue tourer');
  await s.type('[data-testid=said]', 'It squeals every time I stop, worse in the rain.');
  await s.type('[data-testid=ask-always]', 'Text me when the bike is ready');
  await s.type('[data-testid=ask-never]', 'Call me at work');
  await s.type('[data-testid=ask-recovery]', 'Tell me straight away');
  await s.click('[data-testid=log-case]');
  await s.until('the case page', async () => (await s.text('[data-testid=case-subject]')) === 'Brake squeal on the blue tourer');
  await s.el('[data-testid=never-do]', 'Call me at work');

  // A promise: one in the past is refused, then tomorrow at noon.
  await blur();
  await s.keys('p');
  await s.type('[data-testid=promise-text]', 'Call back with the pad quote');
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await setValue('[data-testid=promise-date]', yesterday);
  await s.click('[data-testid=promise-save]');
  assert.match(await s.text('[data-testid=promise-error]'), /must fall due in the future/, 'a promise in the past is refused, in words');
  await s.click('button', 'Tomorrow 12:00');
  await s.click('[data-testid=promise-save]');
  await s.el('[data-testid=open-promises]', 'Call back with the pad quote');

  // The handoff: the brief is drafted from the history; Ana adds the next step.
  await blur();
  await s.keys('h');
  const theirWords = await s.el('#brief-their_words');
  assert.match(
    await s.cmd('GET', `/element/${theirWords}/property/value`),
    /It squeals every time I stop/,
    'the draft starts with the customer’s own words',
  );
  await s.click('[data-testid=handoff-form] label.chip', 'Ben Okafor');
  await s.type('[data-testid=handoff-note]', 'Pads are on order; text her, never call her at work.');
  await s.keys([KEY.Control, KEY.Enter]);
  await s.el('[data-testid=latest-brief]', 'Brief as written by Ana Costa at the handoff to Ben Okafor');

  // Ana goes back to the queue; Ben takes over the desk and finds the case
  // handed to him.
  await blur();
  await s.keys('q');
  await s.el('[data-testid=queue-row]');
  await s.keys('s');
  await s.click('[data-testid=pick-staff]', 'Ben Okafor');
  await s.el('.notice', 'Ana Costa handed you: Brake squeal on the blue tourer');
  await s.click('[data-testid=inbox-badge]', 'Handed to you (1)');
  await s.click('[data-testid=inbox-item]', 'Brake squeal on the blue tourer');
  // Opening it is reading it: it leaves his inbox.
  await s.until('the inbox to empty', async () =>
    s.script("return document.querySelector('[data-testid=inbox-badge]') === null"),
  );

  const brief = await s.text('[data-testid=latest-brief]');
  for (const expected of [
    'Pads are on order; text her, never call her at work.',
    'It squeals every time I stop, worse in the rain.',
    'Call back with the pad quote',
    'Never: Call me at work',
    'Always: Text me when the bike is ready',
  ]) {
    assert.ok(brief.includes(expected), `the brief at the top of the case says "${expected}":\n${brief}`);
  }
  assert.match(await s.text('[data-testid=open-promises]'), /Call back with the pad quote/, 'the open promise is beside it');
  assert.match(await s.text('[data-testid=never-do]'), /Call me at work/, 'and so is what never to do');
  const owner = await s.script('return document.querySelector("#case-owner").selectedOptions[0].textContent');
  assert.equal(owner, 'Ben Okafor', 'the case is Ben’s now');
  await s.until('the inbox to empty once Ben opened the case', async () =>
    (await s.script('return document.querySelector("[data-testid=inbox-badge]") === null')),
  );
  await s.screenshot(ARTIFACTS, 'handoff-brief.png');
});
