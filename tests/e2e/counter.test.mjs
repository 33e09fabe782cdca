// End to end on the real app: the four steps at the counter.
//
// 1. First run: an empty shop offers the demo shop; Ana picks herself.
// 2. Ana logs a walk-in for a new customer (Wilhelmina), and a second interaction where the
//    phone number (typed differently) is recognised before a duplicate is made.
// 3. She writes what the customer said, a reply and an internal note, and sets
//    status, priority and owner.
// 4. Ben switches to himself, opens the queue and the case, and sees the
//    customer's whole timeline, across both cases, without opening anything else.
//
// Run by `make test` (the app is built with `tauri build --debug`, under Xvfb).

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
  const db = join(scratchDir('casebook-e2e-'), 'casebook.db');
  s = await Session.start(driver.base, APP, ['--db', db]);
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'counter-driver.log');
});

const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"> <b>not bold</b>';

test('a colleague sees the whole story without asking the customer again', async () => {
  // 1. First run: the demo shop, then pick who you are.
  await s.el('h1', 'Welcome to Casebook');
  await s.click('[data-testid=load-demo]');
  await s.el('[role=dialog] h2', 'Who is at the desk?');
  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await s.el('[data-testid=queue-row]');

  // 2. A walk-in from a new customer, started with the N shortcut.
  await s.keys('n');
  await s.type('[data-testid=lookup]', 'Wilhelmina Achterberg');
  await s.el('[data-testid=lookup-new]');
  await sleep(400); // let the type-ahead settle, as a person would glance at it
  await s.keys(KEY.ArrowDown, KEY.ArrowDown, KEY.ArrowDown, KEY.ArrowDown, KEY.Enter);
  const name = await s.el('[data-testid=new-name]');
  assert.equal(
    await s.cmd('GET', `/element/${name}/property/value`),
    'Wilhelmina Achterberg',
    'the typed name carries over into the new customer form',
  );
  await s.type('[data-testid=new-phone]', '+31 6 5555 0101');
  await s.type('[data-testid=said]', 'It squeals every time I stop, worse in the rain.');

  // Bad input: no subject yet. The app says so, and nothing is logged.
  await s.click('[data-testid=log-case]');
  const problem = await s.text('[data-testid=form-error]');
  assert.match(problem, /Subject is empty/, 'a missing subject is explained in words');

  await s.type('[data-testid=subject]', 'Brake squeal on the blue tourer');
  await s.keys([KEY.Control, KEY.Enter]);
  await s.until('the new case page', async () => (await s.text('[data-testid=case-subject]')) === 'Brake squeal on the blue tourer');

  // 3. Reply (R), internal note (I), then status, priority and owner.
  await s.keys('r');
  await s.type('[data-testid=composer-body]', 'We will clean the rotor and check the pads today.');
  await s.keys([KEY.Control, KEY.Enter]);
  await s.el('[data-testid=timeline-entry][data-kind=reply]');
  await s.keys(KEY.Escape);
  await s.script('document.activeElement?.blur()');
  await s.keys('i');
  await s.type('[data-testid=composer-body]', `Pads glazed, oil on the rotor. Customer pasted: ${HOSTILE}`);
  await s.click('[data-testid=composer-save]');
  await s.el('[data-testid=timeline-entry][data-kind=note]');

  await s.click('#case-status option[value=waiting]');
  await s.el('[data-testid=timeline-entry][data-kind=status_changed]');
  await s.click('#case-priority option[value=high]');
  await s.el('[data-testid=timeline-entry][data-kind=priority_changed]');
  await s.click('#case-owner option', 'Ben Okafor');
  await s.el('[data-testid=timeline-entry][data-kind=assignment_changed]');

  // A second interaction: the same phone typed another way is recognised.
  await s.script('document.activeElement?.blur()');
  await s.keys('n');
  await s.type('[data-testid=lookup]', 'Wilhelmina A');
  await s.el('[data-testid=lookup-new]');
  await s.click('[data-testid=lookup-new]');
  await s.type('[data-testid=new-phone]', '06-55550101');
  await s.el('[data-testid=duplicate-warning]', 'Wilhelmina Achterberg');
  await s.click('[data-testid=use-existing]');
  await s.el('[data-testid=picked-customer]', 'Wilhelmina Achterberg');
  await s.type('[data-testid=subject]', 'Order a brass bell');
  await s.type('[data-testid=said]', 'Could you order the brass bell from the catalogue?');
  await s.click('[data-testid=log-case]');
  await s.until('the second case page', async () => (await s.text('[data-testid=case-subject]')) === 'Order a brass bell');

  // 4. Ben takes over the desk and opens the first case from the queue.
  await s.script('document.activeElement?.blur()');
  await s.keys('s');
  await s.click('[data-testid=pick-staff]', 'Ben Okafor');
  await s.el('[data-testid=current-staff]', 'Ben Okafor');
  await s.keys('q');
  await s.click('[data-testid=queue-row]', 'Brake squeal on the blue tourer');
  await s.until('the case page', async () => (await s.text('[data-testid=case-subject]')) === 'Brake squeal on the blue tourer');

  // Escape puts the messages away, so the page has the whole window.
  await s.keys(KEY.Escape);
  const timeline = await s.until('the whole timeline', async () => {
    const t = await s.text('[data-testid=timeline]');
    return t.includes('Order a brass bell') && t.includes('It squeals every time I stop') && t.includes('Customer added') ? t : null;
  });
  for (const expected of [
    'It squeals every time I stop, worse in the rain.',
    'We will clean the rotor and check the pads today.',
    'Pads glazed, oil on the rotor.',
    'Could you order the brass bell from the catalogue?',
    'Status: Open → Waiting on customer',
    'Priority: Normal → High',
    'Ana Costa',
    'Customer added',
  ]) {
    assert.ok(timeline.includes(expected), `Ben sees "${expected}" on the case page without opening anything else`);
  }
  assert.ok(timeline.includes(HOSTILE), 'pasted markup shows literally, as typed');
  const injected = await s.script('return document.querySelectorAll("[data-testid=timeline] img, [data-testid=timeline] b").length');
  assert.equal(injected, 0, 'pasted markup never becomes elements');
  assert.notEqual(await s.script('return document.title'), 'pwned', 'pasted markup never runs');

  const shot = await s.screenshot(ARTIFACTS, 'customer-timeline.png');
  console.log(`screenshot: ${shot}`);
});
