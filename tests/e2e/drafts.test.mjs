// End to end on the real app at 1024 x 700: what is typed is never lost, and
// a typo still finds the customer.
//
// 1. Ana half types a reply on a case and the app is closed mid-sentence; the
//    app starts again on the same data, and the reply is back on the case,
//    until it is saved.
// 2. A search with a typo in the customer's name finds nothing, offers the
//    name the shop knows, and Enter finds her.

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
  driver = await startDriver();
  await open();
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'drafts-driver.log');
});

async function openCase() {
  await s.click('[data-testid=queue-row]', SUBJECT);
  await s.until('the case page', async () => (await s.text('[data-testid=case-subject]')) === SUBJECT);
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
