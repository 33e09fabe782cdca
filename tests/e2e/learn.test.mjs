// End to end on the real app: learn from every case.
//
// Ana (the owner) opens a case from the queue, escalates it with a root cause
// (after being told a root cause is needed), flags a complaint, resolves the
// case and records the customer's score when asked (after a score of nothing
// is refused). She closes the complaint from the register with what changed,
// then opens the reports and reads the fairness table.

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
  const db = join(scratchDir('casebook-learn-'), 'casebook.db');
  s = await Session.start(driver.base, APP, ['--db', db]);
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'learn-driver.log');
});

async function blur() {
  await s.script('document.activeElement?.blur()');
}

async function noDialog() {
  await s.until('the dialog to close', async () => s.script('return document.querySelector("[role=dialog]") === null'));
}

test('escalate with a root cause, flag and close a complaint, record a score, read the fairness report', async () => {
  await s.click('[data-testid=load-demo]');
  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await noDialog();

  // The most urgent case in the queue.
  await s.click('[data-testid=queue-row]');
  await s.el('[data-testid=case-subject]');
  const subject = await s.text('[data-testid=case-subject]');

  // Escalate: without a root cause it is refused, in words; then with one.
  await blur();
  await s.keys('e');
  await s.type('#escalation-note', 'Third visit for the same fault; the customer is losing patience.');
  await s.keys([KEY.Control, KEY.Enter]);
  assert.match(await s.text('[role=dialog] [role=alert]'), /Pick the root cause/, 'no root cause: the dialog says what to do');
  await s.click('[role=dialog] label', 'workload');
  await s.keys([KEY.Control, KEY.Enter]);
  await noDialog();
  assert.match(await s.text('[data-testid=case-escalation]'), /Escalated to .*root cause workload/, 'the case shows its escalation');

  // Flag a complaint about the case as a whole.
  await s.click('button', 'Flag a complaint…');
  await s.type('#complaint-summary', 'Came back three times for the same squeal');
  await s.keys([KEY.Control, KEY.Enter]);
  await noDialog();

  // Resolving the case asks how we did; an empty score is refused.
  await s.click('#case-status option[value=resolved]');
  await s.el('[role=dialog]', 'how did we do?');
  await s.click('button', 'Record score');
  assert.match(await s.text('[role=dialog] [role=alert]'), /1 \(very unhappy\) to 5/, 'no score picked: says the scale');
  await s.click('[role=dialog] label', 'Happy');
  await s.type('#satisfaction-comment', 'Fixed at last, thanks for the loan bike');
  await s.keys([KEY.Control, KEY.Enter]);
  await noDialog();
  assert.match(await s.text('[data-testid=case-score]'), /4 of 5/, 'the case shows the score');

  // The register: the complaint is open; close it with what changed.
  await blur();
  await s.keys('g');
  const complaint = await s.el('[data-testid=complaint-row]', 'Came back three times for the same squeal');
  const complaintText = await s.cmd('GET', `/element/${complaint}/text`);
  assert.ok(complaintText.includes(subject), `the register names the case: ${complaintText}`);
  const row = await s.script(
    `return [...document.querySelectorAll('[data-testid=complaint-row]')].findIndex((r) => r.textContent.includes(arguments[0]))`,
    ['Came back three times'],
  );
  await s.script(`document.querySelectorAll('[data-testid=complaint-row]')[arguments[0]].querySelector('[data-testid=close-complaint]').click()`, [row]);
  await s.type('#close-what-changed', 'A squeal comes back: the lead test-rides it before handing it over.');
  await s.click('#close-customer-told');
  await s.click('[role=dialog] button', 'Close complaint');
  await noDialog();
  await s.until('the complaint to leave the open list', async () =>
    s.script(
      `return ![...document.querySelectorAll('[data-testid=complaint-row]')].some((r) => r.textContent.includes(arguments[0]))`,
      ['Came back three times'],
    ),
  );

  // The reports: fairness for every segment side by side, with what it says.
  await blur();
  await s.keys('t');
  const table = await s.text('[data-testid=report-table-segments]');
  for (const segment of ['walk-in', 'business', 'All customers']) {
    assert.ok(table.includes(segment), `the fairness table has a row for ${segment}:\n${table}`);
  }
  const findings = await s.text('[data-testid=report-findings]');
  assert.ok(findings.length > 20, `the report says what the figures mean, in words: ${findings}`);
  await s.screenshot(ARTIFACTS, 'learn-fairness.png');
});
