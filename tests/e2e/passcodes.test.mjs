// End to end on the real app: who is at the desk.
//
// The shop is set up from the command line as an owner would script it: Ana
// (owner) and Ben (staff) with passcodes, Cy who has left, and passcodes asked
// for the owner's tools. In the window: an owner's tool asks Ana's passcode (a
// wrong one is refused and says how many tries are left); Ben, at the desk,
// lets Ana approve one action, recorded as hers, and the next asks again; Ana
// has the desk ask always with an idle lock; the lock screen offers only who
// still works here, five wrong tries make the field wait, and the desk locks
// by itself after a minute without a key or a click.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { KEY, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const CLI = process.env.CASEBOOK_CLI ?? join(ROOT, 'target/debug/casebook');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

let driver;
let s;
let db;

function cli(env, ...args) {
  return execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

before(async () => {
  db = join(scratchDir('casebook-passcodes-'), 'casebook.db');
  cli({}, 'staff', 'add', 'Ana Costa', '--role', 'owner');
  cli({}, 'staff', 'pick', 'Ana');
  cli({}, '--as', 'Ana', 'staff', 'add', 'Ben Okafor', '--role', 'staff');
  cli({}, '--as', 'Ana', 'staff', 'add', 'Cy Left', '--role', 'staff');
  cli({ CASEBOOK_NEW_PASSCODE: '4071' }, '--as', 'Ana', 'staff', 'passcode', 'Ana');
  cli({ CASEBOOK_NEW_PASSCODE: '8264' }, '--as', 'Ana', 'staff', 'passcode', 'Ben');
  cli({}, '--as', 'Ana', 'staff', 'deactivate', 'Cy');
  assert.throws(
    () => cli({}, '--as', 'Cy', 'customer', 'add', '--name', 'Walk In'),
    (err) => /Nobody active on the staff list is called 'Cy'/.test(err.stderr),
    'someone who left can no longer act at the desk, even from the command line',
  );
  const said = cli({}, '--as', 'Ana', 'settings', 'passcodes', '--ask', 'owner_tools');
  assert.match(said, /Recovery code: [A-Z0-9-]{24}/, 'the recovery code is printed once');
  driver = await startDriver();
  s = await Session.start(driver.base, APP, ['--db', db]);
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'passcodes-driver.log');
});

async function addStaff(name) {
  await s.shop('nav-staff');
  await s.type('#staff-name', name);
  await s.keys(KEY.Enter);
}

async function staffListed(name) {
  return s.script(`return [...document.querySelectorAll('table td, table th')].some((c) => c.textContent.includes(arguments[0]))`, [name]);
}

test("an owner's tool asks the owner's passcode, and a wrong one says so", async () => {
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await addStaff('Dana New');
  await s.el('[data-testid=passcode-dialog][data-step=own]');
  await s.type('[data-testid=passcode]', '9999');
  await s.keys(KEY.Enter);
  const wrong = await s.text('[data-testid=passcode-error]');
  assert.match(wrong, /not right/, `a wrong passcode is refused: ${wrong}`);
  await s.type('[data-testid=passcode]', '4071');
  await s.keys(KEY.Enter);
  await s.until('Dana on the staff list', () => staffListed('Dana New'));
  assert.equal(await s.script("return document.querySelector('[data-testid=passcode-dialog]') === null"), true, 'the dialog closed');
});

test('a staff member lets the owner approve one action, and the next asks again', async () => {
  await s.click('[data-testid=switch-staff]');
  await s.click('[data-testid=pick-staff]', 'Ben Okafor');
  await s.el('[data-testid=current-staff]', 'Ben Okafor');
  await addStaff('Eve New');
  await s.el('[data-testid=passcode-dialog][data-step=approve]');
  await s.type('[data-testid=approve-code]', '4071');
  await s.click('[data-testid=approve-submit]');
  await s.until('Eve on the staff list', () => staffListed('Eve New'));
  const author = cli({}, '--json', 'staff', 'list');
  assert.ok(author.includes('Eve New'), 'the new colleague is in the history');

  await addStaff('Fay Again');
  await s.el('[data-testid=passcode-dialog][data-step=approve]');
  await s.keys(KEY.Escape);
  await sleep(300);
  assert.equal(await staffListed('Fay Again'), false, 'the approval was for one action only');
});

test('a desk that asks always: only who works here, wrong tries wait, and it locks when idle', async () => {
  // Ana takes the desk back and has it ask always, locking after a minute.
  await s.click('[data-testid=switch-staff]');
  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await s.shop('nav-staff');
  await s.click('[data-testid=rule-ask-always]');
  const lock = await s.el('[data-testid=rule-lock]');
  await s.script('arguments[0].value = ""; arguments[0].dispatchEvent(new Event("input", { bubbles: true }))', [{ 'element-6066-11e4-a52e-4f735466cecf': lock }]);
  await s.type('[data-testid=rule-lock]', '1');
  await s.click('[data-testid=rule-save]');
  await s.el('[data-testid=passcode-dialog][data-step=own]');
  await s.type('[data-testid=passcode]', '4071');
  await s.keys(KEY.Enter);
  await s.until('the rule saved', async () => cli({}, 'settings', 'passcodes').includes('always'));

  // Locked at once with Ctrl+Shift+L: the lock screen says who was here.
  await s.keys([KEY.Control, KEY.Shift, 'l']);
  await s.el('[data-testid=lock-screen]', 'Ana Costa');
  await s.click('[data-testid=lock-someone-else]');
  await s.el('[data-testid=lock-person]', 'Ben Okafor');
  const people = await s.script("return [...document.querySelectorAll('[data-testid=lock-person]')].map((b) => b.textContent)");
  assert.ok(!people.some((p) => p.includes('Cy Left')), `someone who left is not offered: ${people}`);
  await s.click('[data-testid=lock-person]', 'Ben Okafor');
  for (let i = 0; i < 5; i++) {
    await s.type('[data-testid=passcode]', '0000');
    await s.keys(KEY.Enter);
    await s.until(`wrong try ${i + 1} answered`, async () => (await s.text('[data-testid=passcode-error]').catch(() => '')).length > 0);
  }
  const waiting = await s.text('[data-testid=passcode-error]');
  assert.match(waiting, /[Ww]ait 30 s/, `the fifth wrong try makes the field wait: ${waiting}`);
  await s.screenshot(ARTIFACTS, 'lock-screen-wrong-tries.png');

  // Ana signs in; a minute without a key or a click locks the desk again.
  await s.click('[data-testid=lock-someone-else]');
  await s.click('[data-testid=lock-person]', 'Ana Costa');
  await s.type('[data-testid=passcode]', '4071');
  await s.keys(KEY.Enter);
  await s.until('the lock screen gone', async () => s.script("return document.querySelector('[data-testid=lock-screen]') === null"));
  await s.until('the idle lock', async () => s.script("return document.querySelector('[data-testid=lock-screen]') !== null"), 100_000);
  const tries = cli({}, 'staff', 'tries');
  assert.match(tries, /Ben Okafor: 5 wrong/, `the owner sees the wrong tries: ${tries}`);
});
