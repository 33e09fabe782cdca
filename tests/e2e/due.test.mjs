// End to end on the real app: response targets.
//
// A shop open around the clock (set up with the CLI, as a script would) has one
// case opened two hours ago. At the counter, Ana logs an urgent and a normal
// case; the queue puts the overdue case on top, then the one due soonest, each
// with a countdown in business time, and the case page says what to tell the
// customer. A target changed on the settings screen moves the due time.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const CLI = process.env.CASEBOOK_CLI ?? join(ROOT, 'target/debug/casebook');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

let driver;
let s;

function cli(db, ...args) {
  return execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });
}

/** "HH:MM" in UTC, `minutes` from `t`. */
function hhmm(t, minutes) {
  return new Date(t + minutes * 60_000).toISOString().slice(11, 16);
}

before(async () => {
  const dir = scratchDir('casebook-due-');
  const db = join(dir, 'casebook.db');
  const always = { start: '00:00', end: '24:00' };
  const calendar = {
    time_zone: 'UTC',
    week: Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [d, [always]])),
    holidays: [],
  };
  writeFileSync(join(dir, 'calendar.json'), JSON.stringify(calendar));
  cli(db, 'staff', 'add', 'Ana Costa', '--role', 'owner');
  cli(db, '--as', 'Ana', 'calendar', 'set', join(dir, 'calendar.json'));
  const customer = JSON.parse(cli(db, '--json', '--as', 'Ana', 'customer', 'add', '--name', 'Olu Adeyemi'));
  const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000).toISOString();
  cli(db, '--as', 'Ana', '--at', twoHoursAgo, 'case', 'open', '--customer', customer.id, '--subject', 'Warranty claim: cracked frame', '--message', 'Any news?');

  driver = await startDriver();
  s = await Session.start(driver.base, APP, ['--db', db]);
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'due-driver.log');
});

async function logCase(name, subject, priority) {
  await s.script('document.activeElement?.blur()');
  await s.keys('n');
  await s.type('[data-testid=lookup]', name);
  await s.click('[data-testid=lookup-new]');
  await s.type('[data-testid=subject]', subject);
  await s.type('[data-testid=said]', `${subject}, please.`);
  await s.click(`#priority option[value=${priority}]`);
  await s.click('[data-testid=log-case]');
  // The case page, or the form's own message saying why not (so a failure says why).
  const outcome = await s.until(`the case page for ${subject}`, async () =>
    s.script(
      `const h = document.querySelector('[data-testid=case-subject]');
       if (h && h.textContent === arguments[0]) return 'opened';
       return document.querySelector('[data-testid=form-error]')?.textContent ?? null;`,
      [subject],
    ),
  );
  assert.equal(outcome, 'opened', `logging "${subject}" opens its case page`);
}

test('the queue and the case page keep everyone to the same targets', async () => {
  await s.el('[data-testid=current-staff]', 'Ana Costa');

  await logCase('Zoë Visser', 'Flat tyre before a commute', 'urgent');
  await logCase('Mei Chen', 'Service booking', 'normal');
  const opened = Date.now();

  // The case page: what to tell the customer, and the countdown.
  const sentence = await s.text('[data-testid=promise]');
  const options = [hhmm(opened, 59), hhmm(opened, 60), hhmm(opened, 61)];
  assert.ok(
    options.some((t) => sentence.includes(`We will get back to you by ${t} today.`) || sentence.includes(`by tomorrow ${t}.`)),
    `the case page promises a reply an hour from now (${options.join(' or ')}): ${sentence}`,
  );
  assert.match(await s.text('[data-testid=case-countdown]'), /First response due in (59|60) min/, 'a normal case gets an hour');

  // The queue: overdue on top, then due soonest.
  await s.keys('q');
  const rows = await s.until('three cases in the queue', async () => {
    const r = await s.script('return [...document.querySelectorAll("[data-testid=queue-row]")].map((e) => e.textContent)');
    return r.length === 3 ? r : null;
  });
  assert.match(rows[0], /Warranty claim: cracked frame.*overdue 1 h/, 'the case opened two hours ago is overdue, on top');
  assert.match(rows[1], /Flat tyre before a commute.*due in 1[45] min/, 'then the urgent case, due in 15 minutes');
  assert.match(rows[2], /Service booking.*due in (59|60) min/, 'then the normal case, due in an hour');
  await s.el('[data-testid=overdue-badge]', '1 overdue');
  assert.match(await s.cmd('GET', '/title'), /1 overdue/, 'the page title carries the overdue count');
  const windows = execFileSync('xwininfo', ['-root', '-tree'], { encoding: 'utf8' });
  assert.match(windows, /"Casebook — 1 overdue"/, 'so does the native window title on the desktop');
  await s.screenshot(ARTIFACTS, 'queue-by-due-time.png');

  // A target changed on the settings screen moves the due time at once.
  // Hours & targets is in the Shop menu of the top bar.
  await s.shop('nav-settings');
  const field = await s.el('[data-testid=target-normal-first]');
  await s.cmd('POST', `/element/${field}/clear`, {});
  await s.cmd('POST', `/element/${field}/value`, { text: '30' });
  await s.until('the preview', async () => /\d\d:\d\d/.test(await s.text('[data-testid=preview-first-normal]')));
  await s.click('[data-testid=save-settings]');
  await s.el('.notice', 'Saved');
  await s.script('document.activeElement?.blur()');
  await s.keys('q');
  await s.until('the normal case due in 30 minutes', async () => {
    const r = await s.script('return [...document.querySelectorAll("[data-testid=queue-row]")].map((e) => e.textContent)');
    return r.length === 3 && /Service booking.*due in (29|30) min/.test(r[2]);
  });
});
