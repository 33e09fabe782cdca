// End to end on the real app at 1024 x 700, a day at the counter: what is
// typed is never lost, a typo still finds the customer, a different person
// with a look-alike phone is not offered as a duplicate, and a due time days
// away is counted in shop days.
//
// 1. Ana half types a reply on a case and the app is closed mid-sentence; the
//    app starts again on the same data, and the reply is back on the case,
//    until it is saved.
// 2. A search with a typo in the customer's name finds nothing, offers the
//    name the shop knows, and Enter finds her.
// 3. Her son shares her phone number: logged at the counter as a different
//    person, the pair is not offered on Possible duplicates.
// 4. A low-priority case, answered, shows its resolution due in shop days.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { KEY, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const CLI = process.env.CASEBOOK_CLI ?? join(ROOT, 'target/debug/casebook');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const SUBJECT = 'Rear wheel wobbles at speed';
const LOW = 'Bell rattles';

let driver;
let s;
let db;

function cli(...args) {
  return execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });
}

async function open() {
  s = await Session.start(driver.base, APP, ['--db', db]);
  await s.cmd('POST', '/window/rect', { width: 1024, height: 700 });
  await s.el('[data-testid=current-staff]', 'Ana Costa');
}

before(async () => {
  db = join(scratchDir('casebook-drafts-'), 'casebook.db');
  cli('staff', 'add', 'Ana Costa', '--role', 'owner');
  cli('staff', 'pick', 'Ana');
  const made = JSON.parse(cli('--as', 'Ana', '--json', 'customer', 'add', '--name', 'Wilhelmina Achterberg', '--phone', '+31 6 5555 0101'));
  cli('--as', 'Ana', 'case', 'open', '--customer', made.id, '--subject', SUBJECT, '--message', 'It shakes above 25 km/h.');
  const low = JSON.parse(cli('--as', 'Ana', '--json', 'case', 'open', '--customer', made.id, '--subject', LOW, '--priority', 'low'));
  cli('--as', 'Ana', 'case', 'log', low.id, '--kind', 'reply', '--body', 'We will look at it this week.');
  driver = await startDriver();
  await open();
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'drafts-driver.log');
});

async function openCase(subject = SUBJECT) {
  await s.click('[data-testid=queue-row]', subject);
  await s.until('the case page', async () => (await s.text('[data-testid=case-subject]')) === subject);
}

test('a reply half typed when the app closes is back after it starts again, until it is saved', async () => {
  await openCase();
  await s.keys('r');
  const words = 'Your wheel is trued; the rear hub bearing was wo';
  await s.type('[data-testid=composer-body]', words);
  await s.el('[data-testid=draft-kept]');
  await s.end();

  await open();
  await openCase();
  await s.el('[data-testid=draft-restored]');
  const back = await s.script('return document.querySelector("[data-testid=composer-body]").value');
  assert.equal(back, words, 'the words typed before the app closed are back, mid-sentence');
  const reply = await s.script('return document.querySelector("input[name=entry-kind][value=reply]").checked');
  assert.equal(reply, true, 'as a reply, the kind it was being written as');

  await s.type('[data-testid=composer-body]', 'rn; replaced.');
  await s.keys([KEY.Control, KEY.Enter]);
  await s.el('[data-testid=timeline-entry][data-kind=reply]', 'bearing was worn; replaced.');
  await s.end();
  await open();
  await openCase();
  await s.el('[data-testid=composer-body]');
  assert.equal(
    await s.script('return document.querySelector("[data-testid=draft-restored]") === null && document.querySelector("[data-testid=composer-body]").value === ""'),
    true,
    'after the save, a restart brings nothing back',
  );
});

test('a typo in a name offers the name the shop knows, and Enter finds her', async () => {
  await s.script('document.activeElement?.blur()');
  await s.keys([KEY.Control, 'k']);
  await s.type('[data-testid=search-box]', 'Achterbreg');
  await s.el('[data-testid=search-near-option]', 'achterberg');
  await s.keys(KEY.Enter);
  await s.el('[data-testid=search-customer]', 'Wilhelmina Achterberg');
  await s.screenshot(ARTIFACTS, 'search-typo.png');
});

test('a son who shares his mother’s phone, logged as a different person, is not offered as a duplicate', async () => {
  await s.keys(KEY.Escape);
  await s.script('document.activeElement?.blur()');
  await s.keys('n');
  await s.type('[data-testid=lookup]', 'Wim Achterberg');
  await s.el('[data-testid=lookup-new]');
  await s.click('[data-testid=lookup-new]');
  await s.until('the typed name carried over', async () => (await s.script('return document.querySelector("[data-testid=new-name]")?.value')) === 'Wim Achterberg');
  await s.type('[data-testid=new-phone]', '06 5555 0101');
  await s.el('[data-testid=duplicate-warning]', 'Wilhelmina Achterberg');
  await s.click('#new-different');
  await s.type('[data-testid=subject]', 'Puncture, front');
  await s.keys([KEY.Control, KEY.Enter]);
  await s.until('the new case page', async () => (await s.text('[data-testid=case-subject]')) === 'Puncture, front');
  await s.shop('nav-duplicates');
  await s.el('[data-testid=no-duplicates]');
  assert.equal(
    await s.script('return document.querySelectorAll("[data-testid=duplicate-pair]").length'),
    0,
    'the pair the counter said were two people is not offered to merge',
  );
});

test('a resolution days of opening hours away is counted in shop days', async () => {
  await s.keys('q');
  await openCase(LOW);
  const said = await s.text('[data-testid=case-countdown]');
  assert.match(said, /^Resolution due in \d+ shop days?, at /, `said in shop days, not in "days" of opening hours: ${said}`);
});
